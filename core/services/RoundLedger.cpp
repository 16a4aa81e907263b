#include "RoundLedger.h"

namespace gonggu {

std::vector<BuyerBalance> RoundLedger::balances(const Round &round) const
{
    std::vector<BuyerBalance> result;
    for (BuyerLedgerRow &row : LedgerQueries(m_workspace).buyerRows(round.id)) {
        BuyerMoney money{amountDue(row.status, row.delivery, row.goods, round.shippingFee), row.paid, row.hadRefund};
        result.push_back({std::move(row), money});
    }
    return result;
}

RoundSummary RoundLedger::summary(const Round &round) const
{
    RoundSummary summary;
    summary.round = round;
    for (OrderStatus status : {OrderStatus::Interested, OrderStatus::Applied, OrderStatus::Confirmed, OrderStatus::Cancelled})
        summary.byOrderStatus[status] = 0;
    for (PaymentState state : {PaymentState::Unpaid, PaymentState::Partial, PaymentState::Paid, PaymentState::Overpaid,
                               PaymentState::Refunded})
        summary.byPaymentState[state] = 0;

    for (const BuyerBalance &balance : balances(round)) {
        ++summary.byOrderStatus[balance.order.status];
        summary.refundDue += balance.money.refundDue();
        if (!countsAsBuyer(balance.order.status))
            continue;
        ++summary.buyers;
        summary.copies += balance.order.copies;
        summary.amountDue += balance.money.due;
        summary.paid += balance.money.paid;
        summary.outstanding += balance.money.owed();
        ++summary.byPaymentState[balance.state()];
    }
    const LedgerQueries queries(m_workspace);
    summary.items = queries.itemCopies(round.id);
    summary.unassigned = queries.unassignedPayments(round.id);
    return summary;
}

} // namespace gonggu
