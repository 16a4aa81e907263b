#pragma once

#include "domain/Order.h"
#include "domain/PaymentRules.h"
#include "domain/Round.h"
#include "storage/LedgerQueries.h"

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** One order of a round with what it owes, what was paid and the resulting state. */
struct BuyerBalance
{
    BuyerLedgerRow order;
    BuyerMoney money;
    std::vector<OrderLine> lines; // copies per item
    int copiesOf(ItemId item) const;
    PaymentState state() const { return money.state(); }
};

/** The round at a glance. Buyers, copies and money count non-cancelled orders only. */
struct RoundSummary
{
    Round round;
    int buyers = 0;
    int copies = 0;
    Money amountDue;
    Money paid;        // payments assigned to the counted buyers
    Money outstanding; // what the counted buyers still owe (overpayments do not offset it)
    Money refundDue;   // what the coordinator owes back, cancelled orders included
    Money unassigned;  // deposits not yet matched to anyone
    std::vector<ItemCopies> items;
    std::map<OrderStatus, int> byOrderStatus;   // every status, cancelled included
    std::map<PaymentState, int> byPaymentState; // counted buyers only
};

/** Gives a round's summary from somewhere that may already hold it (the window shares one per change); a service
 *  that needs a summary works it out afresh when given none. */
using RoundSummaryLookup = std::function<RoundSummary(const Round &round)>;

/** Works out who owes what in a round. */
class RoundLedger
{
public:
    explicit RoundLedger(const Workspace &workspace) : m_workspace(workspace) {}

    /** Every order of the round (cancelled ones owe nothing), in the order they came in. */
    std::vector<BuyerBalance> balances(const Round &round) const;
    /** One order's balance, as balances() gives it; nullopt when the order is not in the round. */
    std::optional<BuyerBalance> balance(const Round &round, OrderId orderId) const;
    RoundSummary summary(const Round &round) const;
    /** The summary from `summaries` when given, else worked out as summary(round) does. */
    RoundSummary summary(const Round &round, const RoundSummaryLookup &summaries) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
