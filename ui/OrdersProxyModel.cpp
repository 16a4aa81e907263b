#include "OrdersProxyModel.h"

#include "models/OrderCells.h"
#include "models/OrdersTableModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace gonggu {
namespace {

bool owes(const BuyerBalance &row)
{
    return countsAsBuyer(row.order.status) && !row.money.owed().isZero();
}

} // namespace

OrdersProxyModel::OrdersProxyModel(OrdersTableModel *orders, QObject *parent)
    : SearchFilterModel(parent), m_orders(orders)
{
    m_collator.setNumericMode(true); // buyer2 before buyer10
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSourceModel(orders);
}

void OrdersProxyModel::setUnpaidOnly(bool unpaidOnly)
{
    if (unpaidOnly == m_unpaidOnly)
        return;
    m_unpaidOnly = unpaidOnly;
    invalidateRowsFilter();
}

void OrdersProxyModel::setInterestedOnly(bool interestedOnly)
{
    if (interestedOnly == m_interestedOnly)
        return;
    m_interestedOnly = interestedOnly;
    invalidateRowsFilter();
}

bool OrdersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_unpaidOnly && !owes(m_orders->balanceAt(sourceRow)))
        return false;
    if (m_interestedOnly && m_orders->balanceAt(sourceRow).order.status != OrderStatus::Interested)
        return false;
    // The model's precomputed key directly: no QVariant per row on every keystroke over 100,000 rows.
    return !isFiltering() || m_orders->searchKeyAt(sourceRow).contains(searchText());
}

bool OrdersProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Straight from the rows, not through data(): sorting 100,000 buyers makes ~2 million comparisons,
    // and two virtual data() calls with their QVariants each took most of a second.
    const BuyerBalance &a = m_orders->balanceAt(left.row());
    const BuyerBalance &b = m_orders->balanceAt(right.row());
    if (const Item *item = m_orders->itemAt(left.column()))
        return a.copiesOf(item->id) < b.copiesOf(item->id);
    const auto column = m_orders->columnAt(left.column());
    if (column == OrdersTableModel::Column::DaysOverdue) {
        // Equally late buyers: the larger debt counts as later, so that it is chased first.
        const int daysA = m_orders->daysOverdueAt(left.row()).value_or(-1);
        const int daysB = m_orders->daysOverdueAt(right.row()).value_or(-1);
        return daysA != daysB ? daysA < daysB : a.money.owed() < b.money.owed();
    }
    if (const QString *text = OrderCells::sortText(a, column))
        return m_collator.compare(*text, *OrderCells::sortText(b, column)) < 0;
    return OrderCells::sortNumber(a, column) < OrderCells::sortNumber(b, column);
}

QVariant OrdersProxyModel::data(const QModelIndex &index, int role) const
{
    using Column = OrdersTableModel::Column;
    if (role != Qt::ForegroundRole || !index.isValid())
        return SearchFilterModel::data(index, role);
    const BuyerBalance &row = m_orders->balanceAt(mapToSource(index).row());
    // Cancelled orders stay listed (money may have to go back) but recede.
    if (!countsAsBuyer(row.order.status))
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    // What the coordinator chases every day: money still owed stands out.
    const Column column = m_orders->columnAt(index.column());
    if ((column == Column::Balance || column == Column::PaymentState) && owes(row))
        return QColor(0xc6, 0x28, 0x28); // a red that stays readable on light and dark palettes
    return {};
}

} // namespace gonggu
