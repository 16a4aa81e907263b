#include "RoundLedger.h"

#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"

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
    std::vector<OrderLine> lines; // by order, as the rows are
    std::vector<BuyerLedgerRow> rows = LedgerQueries(m_workspace).buyerRows(round.id, &lines);
    std::vector<BuyerBalance> result;
    result.reserve(rows.size());
    auto line = lines.cbegin();
    for (BuyerLedgerRow &row : rows) {
        result.push_back(balanceOf(std::move(row), round));
        BuyerBalance &balance = result.back();
        while (line != lines.cend() && line->orderId < balance.order.orderId)
            ++line;
        for (; line != lines.cend() && line->orderId == balance.order.orderId; ++line)
            balance.lines.push_back(*line);
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

RoundSummary RoundLedger::summary(const Round &round, const RoundSummaryLookup &summaries) const
{
    return summaries ? summaries(round) : summary(round);
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

    // Only the money: names and times are not needed to sum a round up, and cost most of reading it.
    std::vector<OrderLine> lines; // by order, as the rows are
    const LedgerQueries queries(m_workspace);
    std::vector<BuyerLedgerRow> rows = queries.moneyRows(round.id, &lines);
    for (const Item &item : ItemRepository(m_workspace).forRound(round.id))
        summary.items.push_back({item.id, item.name, item.unitPrice, 0});
    auto line = lines.cbegin();
    for (BuyerLedgerRow &row : rows) {
        // The order's lines count towards their items' copies unless it was cancelled.
        while (line != lines.cend() && line->orderId < row.orderId)
            ++line;
        for (; line != lines.cend() && line->orderId == row.orderId; ++line) {
            if (!countsAsBuyer(row.status))
                continue;
            for (ItemCopies &item : summary.items) {
                if (item.itemId == line->itemId)
                    item.copies += line->quantity;
            }
        }
        const BuyerBalance balance = balanceOf(std::move(row), round);
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
    summary.unassigned = queries.unassignedPayments(round.id);
    return summary;
}

} // namespace gonggu
