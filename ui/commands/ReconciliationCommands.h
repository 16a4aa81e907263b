#pragma once

#include "EditCommand.h"
#include "domain/Payment.h"
#include "domain/Round.h"
#include "services/bank/Reconciliation.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace gonggu {

/** Gives a bank deposit to a buyer of the round, or takes it back; undo puts the deposit back with whoever
 *  had it and forgets a depositor name the assignment taught the matcher. */
class AssignDepositCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignDepositCommand)

public:
    /** `buyer` names the person in the command's text ("tini (김하나)"); nullopt `person` unassigns. */
    AssignDepositCommand(WorkspaceSession &session, Round round, Payment deposit, std::optional<PersonId> person,
                         const QString &buyer, bool rememberAlias);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    Payment m_deposit; // as it was before
    std::optional<PersonId> m_person;
    bool m_rememberAlias;
    AssignResult m_result; // of the last apply()
};

/** Splits one bank deposit between buyers (one transfer paying for two orders); undo merges it back and
 *  gives it to whoever had it before. */
class SplitDepositCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitDepositCommand)

public:
    /** `buyers` names the parts' buyers in the command's text, in the order of `parts`. */
    SplitDepositCommand(WorkspaceSession &session, Round round, Payment deposit, std::vector<SplitPart> parts,
                        const QStringList &buyers);

    /** The parts of the last apply(), the deposit's own row first. */
    const std::vector<PaymentId> &parts() const { return m_partIds; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    Payment m_deposit; // as it was before
    std::vector<SplitPart> m_parts;
    std::vector<PaymentId> m_partIds;
};

/** Sets a deposit aside as not part of the round (a personal transfer into the same account), or brings
 *  one back for review; undo does the opposite. */
class IgnoreDepositCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(IgnoreDepositCommand)

public:
    IgnoreDepositCommand(WorkspaceSession &session, Round round, Payment deposit, bool ignore);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    void setIgnored(bool ignored);

    Round m_round;
    Payment m_deposit;
    bool m_ignore;
};

} // namespace gonggu
