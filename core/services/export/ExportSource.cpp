#include "ExportSource.h"

#include "storage/ItemRepository.h"

namespace gonggu {

namespace {

ExportScope scopeOf(ExportKind kind, bool paidOnly)
{
    switch (kind) {
    case ExportKind::Publisher:
        // Whether an order is paid takes its lines and payments; otherwise SQLite sums the copies.
        return {std::nullopt, !paidOnly, paidOnly};
    case ExportKind::Recipients:
        return {Delivery::Courier, false, paidOnly};
    case ExportKind::Handover:
        return {Delivery::Pickup, false, true}; // the sheet says who still has to pay
    }
    return {};
}

} // namespace

ExportSource::ExportSource(const Workspace &workspace, const Round &round, ExportKind kind, bool paidOnly)
    : m_round(round), m_paidOnly(paidOnly), m_items(ItemRepository(workspace).forRound(round.id))
{
    const ExportScope scope = scopeOf(kind, paidOnly);
    const ExportQueries queries(workspace);
    m_orders = queries.confirmedOrders(round.id, scope);
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_itemIndex.insert(m_items[i].id, i);
    m_copiesByItem.assign(m_items.size(), 0);
    m_counted.reserve(m_orders.orders.size());
    for (const ExportOrderRow &order : m_orders.orders) {
        if (order.lineCount == 0)
            continue; // a confirmed order without copies has nothing to send or hand over
        if (paidOnly) {
            const PaymentState state = money(order).state();
            if (state != PaymentState::Paid && state != PaymentState::Overpaid)
                continue;
        }
        m_counted.push_back(&order);
    }

    if (scope.onlyShippedOrInvoiced) {
        const ConfirmedCopies summed = queries.confirmedCopies(round.id);
        m_orderCount = summed.orders;
        for (const auto &[itemId, copies] : summed.byItem) {
            if (const auto index = m_itemIndex.constFind(itemId); index != m_itemIndex.constEnd())
                m_copiesByItem[*index] += copies;
        }
    } else {
        m_orderCount = int(m_counted.size());
        for (const ExportOrderRow *order : m_counted) {
            for (auto [line, end] = lines(*order); line != end; ++line) {
                if (const auto index = m_itemIndex.constFind(line->itemId); index != m_itemIndex.constEnd())
                    m_copiesByItem[*index] += line->quantity;
            }
        }
    }
    for (const int copies : m_copiesByItem)
        m_copyCount += copies;
}

std::pair<const OrderLine *, const OrderLine *> ExportSource::lines(const ExportOrderRow &order) const
{
    const OrderLine *first = m_orders.lines.data() + order.firstLine;
    return {first, first + order.lineCount};
}

int ExportSource::copies(const ExportOrderRow &order) const
{
    int copies = 0;
    for (auto [line, end] = lines(order); line != end; ++line)
        copies += line->quantity;
    return copies;
}

int ExportSource::copiesOf(const ExportOrderRow &order, ItemId item) const
{
    for (auto [line, end] = lines(order); line != end; ++line) {
        if (line->itemId == item)
            return line->quantity;
    }
    return 0;
}

const Item *ExportSource::item(ItemId id) const
{
    const auto found = m_itemIndex.constFind(id);
    return found == m_itemIndex.constEnd() ? nullptr : &m_items[*found];
}

Money ExportSource::goods(const ExportOrderRow &order) const
{
    Money goods;
    for (auto [line, end] = lines(order); line != end; ++line) {
        if (const Item *lineItem = item(line->itemId))
            goods += lineItem->unitPrice * line->quantity;
    }
    return goods;
}

BuyerMoney ExportSource::money(const ExportOrderRow &order) const
{
    return {amountDue(OrderStatus::Confirmed, order.delivery, goods(order), m_round.shippingFee), order.paid,
            order.hadRefund};
}

QString ExportSource::itemsText(const ExportOrderRow &order, Language language) const
{
    QString text;
    for (auto [line, end] = lines(order); line != end; ++line) {
        const Item *lineItem = item(line->itemId);
        if (!lineItem)
            continue;
        if (!text.isEmpty())
            text += QStringLiteral(", ");
        text += lineItem->name;
        text += language == Language::Korean ? QStringLiteral(" %1권").arg(line->quantity)
                                             : QStringLiteral(" × %1").arg(line->quantity);
    }
    return text;
}

QString recipientName(const ExportOrderRow &order)
{
    return order.realName.trimmed().isEmpty() ? order.displayName : order.realName;
}

} // namespace gonggu
