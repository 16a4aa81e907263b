#include "OrdersTableModel.h"

#include "DisplayText.h"

namespace gonggu {

OrdersTableModel::OrdersTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

void OrdersTableModel::showRound(const Round &round)
{
    // Query first: if storage fails, the model keeps showing what it showed.
    std::vector<BuyerBalance> rows = RoundLedger(m_workspace).balances(round);
    beginResetModel();
    m_rows = std::move(rows);
    m_roundId = round.id;
    endResetModel();
}

void OrdersTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_roundId.reset();
    endResetModel();
}

bool OrdersTableModel::isNumeric(Column column)
{
    return column == Column::Copies || column == Column::AmountDue || column == Column::Paid ||
           column == Column::Balance;
}

int OrdersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant OrdersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuyerBalance &row = balanceAt(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case SortRole:
        return sortValue(row, column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return column == Column::Name && !row.order.phone.isEmpty() ? QVariant(row.order.phone) : QVariant();
    case OrderIdRole:
        return row.order.orderId;
    case PersonIdRole:
        return row.order.personId;
    default:
        return {};
    }
}

QVariant OrdersTableModel::displayValue(const BuyerBalance &row, Column column)
{
    switch (column) {
    case Column::Nickname:
        return row.order.nickname;
    case Column::Name:
        return row.order.displayName;
    case Column::Copies:
        return row.order.copies;
    case Column::AmountDue:
        return DisplayText::money(row.money.due);
    case Column::Paid:
        return DisplayText::money(row.money.paid);
    case Column::Balance:
        return DisplayText::money(row.money.balance());
    case Column::OrderStatus:
        return DisplayText::of(row.order.status);
    case Column::PaymentState:
        // A cancelled order that never moved money has nothing to settle: "Paid" would say it had.
        if (!countsAsBuyer(row.order.status) && row.state() == gonggu::PaymentState::Paid)
            return QStringLiteral("—");
        return DisplayText::of(row.state());
    case Column::Delivery:
        return DisplayText::of(row.order.delivery);
    }
    return {};
}

QVariant OrdersTableModel::sortValue(const BuyerBalance &row, Column column)
{
    switch (column) {
    case Column::Nickname:
        return row.order.nickname;
    case Column::Name:
        return row.order.displayName;
    case Column::Copies:
        return row.order.copies;
    case Column::AmountDue:
        return row.money.due.toWon();
    case Column::Paid:
        return row.money.paid.toWon();
    case Column::Balance:
        return row.money.balance().toWon();
    case Column::OrderStatus:
        return int(row.order.status);
    case Column::PaymentState:
        return int(row.state());
    case Column::Delivery:
        return int(row.order.delivery);
    }
    return {};
}

QVariant OrdersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole)
        return int((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Nickname:
        return tr("Nickname");
    case Column::Name:
        return tr("Name");
    case Column::Copies:
        return tr("Copies");
    case Column::AmountDue:
        return tr("Amount due");
    case Column::Paid:
        return tr("Paid");
    case Column::Balance:
        return tr("Balance");
    case Column::OrderStatus:
        return tr("Status");
    case Column::PaymentState:
        return tr("Payment");
    case Column::Delivery:
        return tr("Delivery");
    }
    return {};
}

} // namespace gonggu
