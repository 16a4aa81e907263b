#include "ReconciliationCommands.h"

#include "WorkspaceSession.h"
#include "models/DisplayText.h"
#include "storage/Workspace.h"

namespace gonggu {
namespace {

QString assignText(const Payment &deposit, const std::optional<PersonId> &person, const QString &buyer)
{
    const QString amount = DisplayText::money(deposit.amount);
    if (!person)
        return AssignDepositCommand::tr("Unassign %1 from %2").arg(amount, deposit.depositorName);
    if (deposit.personId)
        return AssignDepositCommand::tr("Reassign %1 from %2 to %3").arg(amount, deposit.depositorName, buyer);
    return AssignDepositCommand::tr("Assign %1 from %2 to %3").arg(amount, deposit.depositorName, buyer);
}

} // namespace

AssignDepositCommand::AssignDepositCommand(WorkspaceSession &session, Round round, Payment deposit,
                                           std::optional<PersonId> person, const QString &buyer, bool rememberAlias)
    : EditCommand(session, assignText(deposit, person, buyer)), m_round(std::move(round)),
      m_deposit(std::move(deposit)), m_person(person), m_rememberAlias(rememberAlias)
{
    setRound(m_round.id);
}

void AssignDepositCommand::apply()
{
    m_result = Reconciliation(session().workspace()).assign(m_round, m_deposit.id, m_person, m_rememberAlias);
}

void AssignDepositCommand::revert()
{
    Reconciliation(session().workspace()).undoAssign(m_round, m_deposit.id, m_result);
}

void AssignDepositCommand::announce()
{
    emit session().paymentsChanged(m_round.id);
}

SplitDepositCommand::SplitDepositCommand(WorkspaceSession &session, Round round, Payment deposit,
                                         std::vector<SplitPart> parts, const QStringList &buyers)
    : EditCommand(session, tr("Split %1 from %2 between %3")
                               .arg(DisplayText::money(deposit.amount), deposit.depositorName,
                                    buyers.join(QStringLiteral(", ")))),
      m_round(std::move(round)), m_deposit(std::move(deposit)), m_parts(std::move(parts))
{
    setRound(m_round.id);
}

void SplitDepositCommand::apply()
{
    m_partIds = Reconciliation(session().workspace()).split(m_round, m_deposit.id, m_parts);
}

void SplitDepositCommand::revert()
{
    // A deposit that had a buyer before the split goes back to them.
    Reconciliation(session().workspace()).merge(m_round, m_deposit.id, m_deposit.personId);
    m_partIds.clear();
}

void SplitDepositCommand::announce()
{
    emit session().paymentsChanged(m_round.id);
}

IgnoreDepositCommand::IgnoreDepositCommand(WorkspaceSession &session, Round round, Payment deposit, bool ignore)
    : EditCommand(session, (ignore ? tr("Ignore %1 from %2") : tr("Restore %1 from %2"))
                               .arg(DisplayText::money(deposit.amount), deposit.depositorName)),
      m_round(std::move(round)), m_deposit(std::move(deposit)), m_ignore(ignore)
{
    setRound(m_round.id);
}

void IgnoreDepositCommand::apply()
{
    setIgnored(m_ignore);
}

void IgnoreDepositCommand::revert()
{
    setIgnored(!m_ignore);
}

void IgnoreDepositCommand::setIgnored(bool ignored)
{
    Reconciliation reconciliation(session().workspace());
    if (ignored)
        reconciliation.ignore(m_round, m_deposit.id);
    else
        reconciliation.restore(m_round, m_deposit.id);
}

void IgnoreDepositCommand::announce()
{
    emit session().paymentsChanged(m_round.id);
}

} // namespace gonggu
