#pragma once

#include "DepositMatcher.h"
#include "domain/Payment.h"
#include "domain/Round.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** A deposit waiting for the coordinator, with what the matcher suggests now. */
struct ReviewItem
{
    Payment deposit;
    DepositMatch match;
};

/** One part of a split deposit. */
struct SplitPart
{
    PersonId personId = 0;
    Money amount;
};

/** What assign() changed, so that it can be undone exactly. */
struct AssignResult
{
    std::optional<PersonId> previousPerson;
    std::optional<PersonAliasId> learnedAlias;
};

/** The coordinator's decisions on bank deposits: accept or reassign a buyer, split one deposit between
 *  buyers, set one aside. Every decision is logged in the payment history, and a manual match teaches the
 *  matcher the depositor name as the person's alias for the next statement. */
class Reconciliation
{
public:
    explicit Reconciliation(Workspace &workspace) : m_workspace(workspace) {}

    /** Unassigned, not ignored deposits of the round, oldest first, each with current suggestions. */
    std::vector<ReviewItem> pending(const Round &round) const;
    /** What the matcher suggests for one deposit against the balances as they are now. */
    DepositMatch suggest(const Round &round, const Payment &deposit) const;

    /** Gives a deposit to a buyer of the round (or takes it back with nullopt). Remembers the depositor
     *  name as the person's alias when `rememberAlias` and their names do not already match it. */
    AssignResult assign(const Round &round, PaymentId deposit, std::optional<PersonId> person,
                        bool rememberAlias = true);
    /** Reverses assign() with what it returned. */
    void undoAssign(const Round &round, PaymentId deposit, const AssignResult &result);

    /** Splits a deposit between buyers; the amounts must add up to the deposit. The first part stays on
     *  the deposit's own row; returns the ids of all parts, the deposit's first. */
    std::vector<PaymentId> split(const Round &round, PaymentId deposit, const std::vector<SplitPart> &parts);
    /** Undoes split(): removes the other parts and gives the deposit its whole amount back, unassigned or
     *  to `giveBackTo` (the buyer it had before the split). */
    void merge(const Round &round, PaymentId deposit, std::optional<PersonId> giveBackTo = std::nullopt);

    /** Sets a deposit aside as not part of the round (it stays, so that it is not imported again). */
    void ignore(const Round &round, PaymentId deposit, const QString &reason = {});
    void restore(const Round &round, PaymentId deposit);

private:
    Workspace &m_workspace;
};

} // namespace gonggu
