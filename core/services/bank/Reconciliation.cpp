#include "Reconciliation.h"

#include "domain/Errors.h"
#include "domain/PaymentEvent.h"
#include "domain/TextNormalization.h"
#include "storage/OrderRepository.h"
#include "storage/PaymentEventRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonAliasRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

namespace gonggu {
namespace {

Payment depositOf(const Workspace &workspace, const Round &round, PaymentId id)
{
    const std::optional<Payment> payment = PaymentRepository(workspace).find(id);
    if (!payment || payment->roundId != round.id)
        throw InputError(QStringLiteral("payment %1 is not in round %2").arg(id).arg(round.id));
    return *payment;
}

void requireBuyer(const Workspace &workspace, const Round &round, PersonId person)
{
    if (!OrderRepository(workspace).findFor(round.id, person))
        throw InputError(QStringLiteral("person %1 has no order in round '%2'").arg(person).arg(round.title));
}

/** Whether the deposit's name is already one the matcher knows for the person. */
bool nameAlreadyKnown(const Workspace &workspace, PersonId personId, const QString &depositor)
{
    const QString key = foldForMatching(depositor);
    const std::optional<Person> person = PersonRepository(workspace).find(personId);
    if (person) {
        for (const QString &name : {person->depositorName, person->realName, person->nickname, person->displayName}) {
            if (!name.isEmpty() && foldForMatching(name) == key)
                return true;
        }
    }
    for (const PersonAlias &alias : PersonAliasRepository(workspace).forPerson(personId)) {
        if (alias.aliasKey == key)
            return true;
    }
    return false;
}

void log(const Workspace &workspace, const Round &round, std::optional<PaymentId> payment,
         std::optional<PersonId> person, PaymentEventAction action, const QString &detail = {})
{
    PaymentEventRepository(workspace).add({0, round.id, payment, person, action, detail, {}});
}

} // namespace

std::vector<ReviewItem> Reconciliation::pending(const Round &round) const
{
    const DepositMatcher matcher = DepositMatcher::forRound(m_workspace, round);
    std::vector<ReviewItem> items;
    for (Payment &deposit :
         PaymentRepository(m_workspace).deposits(round.id, PaymentRepository::DepositFilter::Unassigned)) {
        DepositMatch match = matcher.match(deposit.depositorName, deposit.amount, deposit.note);
        items.push_back({std::move(deposit), std::move(match)});
    }
    return items;
}

DepositMatch Reconciliation::suggest(const Round &round, const Payment &deposit) const
{
    return DepositMatcher::forRound(m_workspace, round).match(deposit.depositorName, deposit.amount, deposit.note);
}

AssignResult Reconciliation::assign(const Round &round, PaymentId id, std::optional<PersonId> person,
                                    bool rememberAlias)
{
    const Payment deposit = depositOf(m_workspace, round, id);
    if (deposit.ignored)
        throw InputError(QStringLiteral("payment %1 is set aside as not part of the round; restore it first").arg(id));
    if (person)
        requireBuyer(m_workspace, round, *person);

    Transaction transaction(m_workspace);
    AssignResult result{deposit.personId, std::nullopt};
    PaymentRepository(m_workspace).assign(id, person);
    log(m_workspace, round, id, person ? person : deposit.personId,
        person ? PaymentEventAction::Assigned : PaymentEventAction::Unassigned);
    if (person && rememberAlias && deposit.source == PaymentSource::BankImport &&
        !foldForMatching(deposit.depositorName).isEmpty() &&
        !nameAlreadyKnown(m_workspace, *person, deposit.depositorName)) {
        result.learnedAlias = PersonAliasRepository(m_workspace).add(*person, deposit.depositorName);
        if (result.learnedAlias)
            log(m_workspace, round, id, person, PaymentEventAction::AliasLearned, deposit.depositorName.trimmed());
    }
    transaction.commit();
    return result;
}

void Reconciliation::undoAssign(const Round &round, PaymentId id, const AssignResult &result)
{
    Transaction transaction(m_workspace);
    const Payment deposit = depositOf(m_workspace, round, id);
    PaymentRepository(m_workspace).assign(id, result.previousPerson);
    log(m_workspace, round, id, result.previousPerson ? result.previousPerson : deposit.personId,
        result.previousPerson ? PaymentEventAction::Assigned : PaymentEventAction::Unassigned);
    if (result.learnedAlias) {
        PersonAliasRepository(m_workspace).remove(*result.learnedAlias);
        log(m_workspace, round, id, deposit.personId, PaymentEventAction::AliasForgotten,
            deposit.depositorName.trimmed());
    }
    transaction.commit();
}

std::vector<PaymentId> Reconciliation::split(const Round &round, PaymentId id, const std::vector<SplitPart> &parts)
{
    const Payment deposit = depositOf(m_workspace, round, id);
    if (deposit.ignored)
        throw InputError(QStringLiteral("payment %1 is set aside; restore it before splitting").arg(id));
    if (deposit.splitOf)
        throw InputError(QStringLiteral("payment %1 is already a part of payment %2; merge that first")
                             .arg(id)
                             .arg(*deposit.splitOf));
    PaymentRepository payments(m_workspace);
    if (!payments.splitParts(id).empty())
        throw InputError(QStringLiteral("payment %1 is already split; merge it first").arg(id));
    if (parts.size() < 2)
        throw InputError(QStringLiteral("a split needs at least two parts"));
    Money sum;
    for (const SplitPart &part : parts) {
        if (part.amount.isZero() || part.amount.isNegative() != deposit.amount.isNegative())
            throw InputError(
                QStringLiteral("every part of a split must be a %1 amount")
                    .arg(deposit.amount.isNegative() ? QStringLiteral("negative") : QStringLiteral("positive")));
        requireBuyer(m_workspace, round, part.personId);
        sum += part.amount;
    }
    if (sum != deposit.amount)
        throw InputError(QStringLiteral("the parts add up to %1, not the deposit's %2")
                             .arg(sum.toPlainString(), deposit.amount.toPlainString()));

    Transaction transaction(m_workspace);
    std::vector<PaymentId> ids{id};
    payments.setAmount(id, parts.front().amount);
    payments.assign(id, parts.front().personId);
    log(m_workspace, round, id, parts.front().personId, PaymentEventAction::Split,
        QStringLiteral("%1 of %2").arg(parts.front().amount.toPlainString(), deposit.amount.toPlainString()));
    for (std::size_t i = 1; i < parts.size(); ++i) {
        Payment part = deposit;
        part.id = 0;
        part.personId = parts[i].personId;
        part.amount = parts[i].amount;
        part.sourceRef.clear(); // the statement row stays with the first part
        part.splitOf = id;
        const PaymentId partId = payments.add(part);
        ids.push_back(partId);
        log(m_workspace, round, partId, parts[i].personId, PaymentEventAction::Split,
            QStringLiteral("%1 of %2").arg(parts[i].amount.toPlainString(), deposit.amount.toPlainString()));
    }
    transaction.commit();
    return ids;
}

void Reconciliation::merge(const Round &round, PaymentId id, std::optional<PersonId> giveBackTo)
{
    const Payment deposit = depositOf(m_workspace, round, id);
    PaymentRepository payments(m_workspace);
    const std::vector<Payment> parts = payments.splitParts(id);
    if (parts.empty())
        throw InputError(QStringLiteral("payment %1 is not split").arg(id));
    Transaction transaction(m_workspace);
    Money whole = deposit.amount;
    for (const Payment &part : parts) {
        whole += part.amount;
        payments.remove(part.id);
    }
    payments.setAmount(id, whole);
    payments.assign(id, giveBackTo);
    log(m_workspace, round, id, giveBackTo, PaymentEventAction::Merged, whole.toPlainString());
    transaction.commit();
}

void Reconciliation::ignore(const Round &round, PaymentId id, const QString &reason)
{
    const Payment deposit = depositOf(m_workspace, round, id);
    if (deposit.personId)
        throw InputError(QStringLiteral("payment %1 belongs to a buyer; unassign it before setting it aside").arg(id));
    if (deposit.ignored)
        return;
    Transaction transaction(m_workspace);
    PaymentRepository(m_workspace).setIgnored(id, true);
    log(m_workspace, round, id, std::nullopt, PaymentEventAction::Ignored, reason);
    transaction.commit();
}

void Reconciliation::restore(const Round &round, PaymentId id)
{
    const Payment deposit = depositOf(m_workspace, round, id);
    if (!deposit.ignored)
        return;
    Transaction transaction(m_workspace);
    PaymentRepository(m_workspace).setIgnored(id, false);
    log(m_workspace, round, id, std::nullopt, PaymentEventAction::Restored);
    transaction.commit();
}

} // namespace gonggu
