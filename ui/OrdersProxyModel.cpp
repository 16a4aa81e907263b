#include "OrdersProxyModel.h"

#include "models/OrdersTableModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace gonggu {

OrdersProxyModel::OrdersProxyModel(OrdersTableModel *orders, QObject *parent)
    : QSortFilterProxyModel(parent), m_orders(orders)
{
    setSourceModel(orders);
    setSortRole(OrdersTableModel::SortRole);
    // Hangul names sort by the user's collation, not by UTF-16 code units.
    setSortLocaleAware(true);
}

QVariant OrdersProxyModel::data(const QModelIndex &index, int role) const
{
    using Column = OrdersTableModel::Column;
    if (role != Qt::ForegroundRole || !index.isValid())
        return QSortFilterProxyModel::data(index, role);
    const BuyerBalance &row = m_orders->balanceAt(mapToSource(index).row());
    // Cancelled orders stay listed (money may have to go back) but recede.
    if (!countsAsBuyer(row.order.status))
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    // What the coordinator chases every day: money still owed stands out.
    const auto column = Column(index.column());
    const PaymentState state = row.state();
    if ((column == Column::Balance || column == Column::PaymentState) &&
        (state == PaymentState::Unpaid || state == PaymentState::Partial))
        return QColor(0xc6, 0x28, 0x28); // a red that stays readable on light and dark palettes
    return {};
}

} // namespace gonggu
