#include "RoundLedger.h"

#include "storage/OrderRepository.h"

#include <unordered_map>

namespace gonggu {

namespace {

BuyerBalance balanceOf(BuyerLedgerRow row, const Round &round)
{
    const BuyerMoney money{amountDue(row.status, row.delivery, row.goods, round.shippingFee), row.paid, row.hadRefund};
    return {std::move(row), money, {}};
}

} // namespace

int BuyerBalance::copiesOf(ItemId item) const
{
    for (const OrderLine &line : lines) {
        if (line.itemId == item)
            return line.quantity;
    }
    return 0;
}

std::vector<BuyerBalance> RoundLedger::balances(const Round &round) const
{
    std::vector<BuyerBalance> result;
    std::unordered_map<OrderId, std::size_t> rowOfOrder;
    for (BuyerLedgerRow &row : LedgerQueries(m_workspace).buyerRows(round.id)) {
        rowOfOrder.emplace(row.orderId, result.size());
        result.push_back(balanceOf(std::move(row), round));
    }
    for (const OrderLine &line : OrderRepository(m_workspace).linesForRound(round.id)) {
        if (auto it = rowOfOrder.find(line.orderId); it != rowOfOrder.end())
            result[it->second].lines.push_back(line);
    }
    return result;
}

std::optional<BuyerBalance> RoundLedger::balance(const Round &round, OrderId orderId) const
{
    std::optional<BuyerLedgerRow> row = LedgerQueries(m_workspace).buyerRow(round.id, orderId);
    if (!row)
        return std::nullopt;
    BuyerBalance result = balanceOf(std::move(*row), round);
    result.lines = OrderRepository(m_workspace).lines(orderId);
    return result;
}

RoundSummary RoundLedger::summary(const Round &round) const
{
    RoundSummary summary;
    summary.round = round;
    for (OrderStatus status :
         {OrderStatus::Interested, OrderStatus::Applied, OrderStatus::Confirmed, OrderStatus::Cancelled})
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
