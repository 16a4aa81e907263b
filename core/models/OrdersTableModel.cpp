#include "OrdersTableModel.h"

#include "DisplayText.h"
#include "OrderCells.h"
#include "OrderEditor.h"
#include "storage/ItemRepository.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <utility>

namespace gonggu {
namespace {

// Re-reading one order takes about a millisecond, the whole round of 100,000 buyers about a second and a
// half: past this many orders, one read of everything is cheaper.
constexpr qsizetype maxSingleRefreshes = 500;

constexpr int fixedColumns = 9; // every kind of column but Copies, which repeats per item

QDate localDate(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().date() : QDate();
}

bool sameRow(const BuyerBalance &a, const BuyerBalance &b)
{
    const BuyerLedgerRow &x = a.order;
    const BuyerLedgerRow &y = b.order;
    const auto sameLines = [&] {
        return std::equal(
            a.lines.begin(), a.lines.end(), b.lines.begin(), b.lines.end(),
            [](const OrderLine &l, const OrderLine &m) { return l.itemId == m.itemId && l.quantity == m.quantity; });
    };
    return x.orderId == y.orderId && x.displayName == y.displayName && x.nickname == y.nickname &&
           x.realName == y.realName && x.phone == y.phone && x.status == y.status && x.delivery == y.delivery &&
           x.shippedAt == y.shippedAt && x.handedOverAt == y.handedOverAt && a.money.due == b.money.due &&
           a.money.paid == b.money.paid && a.money.hadRefund == b.money.hadRefund && sameLines();
}

} // namespace

OrdersTableModel::OrdersTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

void OrdersTableModel::showRound(const Round &round)
{
    // Query first: if storage fails, the model keeps showing what it showed.
    std::vector<Item> items = ItemRepository(m_workspace).forRound(round.id);
    std::vector<BuyerBalance> rows = RoundLedger(m_workspace).balances(round);
    beginResetModel();
    m_round = round;
    m_today = m_workspace.clock().today();
    m_items = std::move(items);
    setRows(std::move(rows));
    endResetModel();
}

void OrdersTableModel::clear()
{
    beginResetModel();
    m_round.reset();
    m_items.clear();
    setRows({});
    endResetModel();
}

void OrdersTableModel::setRows(std::vector<BuyerBalance> rows)
{
    m_rows = std::move(rows);
    m_searchKeys.clear();
    m_confirmedOn.clear();
}

const QDate &OrdersTableModel::confirmedOnAt(int row) const
{
    if (m_confirmedOn.size() != m_rows.size()) {
        m_confirmedOn.clear();
        m_confirmedOn.reserve(m_rows.size());
        for (const BuyerBalance &balance : m_rows)
            m_confirmedOn.push_back(localDate(balance.order.confirmedAt));
    }
    return m_confirmedOn.at(std::size_t(row));
}

const QString &OrdersTableModel::searchKeyAt(int row) const
{
    if (m_searchKeys.size() != m_rows.size()) {
        m_searchKeys.clear();
        m_searchKeys.reserve(m_rows.size());
        for (const BuyerBalance &balance : m_rows)
            m_searchKeys.push_back(OrderCells::searchKey(balance.order));
    }
    return m_searchKeys.at(std::size_t(row));
}

void OrdersTableModel::reload()
{
    if (!m_round)
        return;
    std::vector<BuyerBalance> rows = RoundLedger(m_workspace).balances(*m_round);
    const bool newDay = std::exchange(m_today, m_workspace.clock().today()) != m_today;
    const bool sameOrders =
        std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                   [](const BuyerBalance &a, const BuyerBalance &b) { return a.order.orderId == b.order.orderId; });
    if (!sameOrders) {
        beginResetModel();
        setRows(std::move(rows));
        endResetModel();
        return;
    }
    // Same orders: announce only the runs of rows that differ, so that views keep selection and scroll
    // position and a sorted proxy re-sorts a handful of rows rather than all of them.
    const int lastColumn = columnCount() - 1;
    std::size_t row = 0;
    while (row < rows.size()) {
        if (sameRow(rows[row], m_rows[row])) {
            ++row;
            continue;
        }
        const std::size_t first = row;
        const bool keys = hasSearchKeys();
        const bool dates = hasConfirmationDates();
        for (; row < rows.size() && !sameRow(rows[row], m_rows[row]); ++row) {
            m_rows[row] = std::move(rows[row]);
            if (keys)
                m_searchKeys[row] = OrderCells::searchKey(m_rows[row].order);
            if (dates)
                m_confirmedOn[row] = localDate(m_rows[row].order.confirmedAt);
        }
        emit dataChanged(index(int(first), 0), index(int(row) - 1, lastColumn));
    }
    // Past midnight every late buyer is a day later, whether or not anything else changed.
    const int overdue = section(Column::DaysOverdue);
    if (newDay && !m_rows.empty())
        emit dataChanged(index(0, overdue), index(rowCount() - 1, overdue));
}

void OrdersTableModel::refreshOrders(const QList<OrderId> &orderIds)
{
    if (!m_round)
        return;
    if (orderIds.isEmpty() || orderIds.size() > maxSingleRefreshes) {
        reload();
        return;
    }
    for (OrderId orderId : orderIds)
        refreshOrder(orderId);
}

void OrdersTableModel::refreshOrder(OrderId orderId)
{
    std::optional<BuyerBalance> fresh = RoundLedger(m_workspace).balance(*m_round, orderId);
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), orderId,
                                     [](const BuyerBalance &row, OrderId id) { return row.order.orderId < id; });
    const int row = int(at - m_rows.begin());
    const bool present = at != m_rows.end() && at->order.orderId == orderId;
    const bool keys = hasSearchKeys();
    const bool dates = hasConfirmationDates();
    if (fresh && present) {
        if (keys)
            m_searchKeys[std::size_t(row)] = OrderCells::searchKey(fresh->order);
        if (dates)
            m_confirmedOn[std::size_t(row)] = localDate(fresh->order.confirmedAt);
        *at = std::move(*fresh);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    } else if (fresh) {
        if (keys)
            m_searchKeys.insert(m_searchKeys.begin() + row, OrderCells::searchKey(fresh->order));
        if (dates)
            m_confirmedOn.insert(m_confirmedOn.begin() + row, localDate(fresh->order.confirmedAt));
        beginInsertRows({}, row, row);
        m_rows.insert(at, std::move(*fresh));
        endInsertRows();
    } else if (present) {
        beginRemoveRows({}, row, row);
        m_rows.erase(at);
        if (keys)
            m_searchKeys.erase(m_searchKeys.begin() + row);
        if (dates)
            m_confirmedOn.erase(m_confirmedOn.begin() + row);
        endRemoveRows();
    }
}

std::optional<RoundId> OrdersTableModel::roundId() const
{
    return m_round ? std::optional<RoundId>(m_round->id) : std::nullopt;
}

int OrdersTableModel::section(Column column) const
{
    const int items = int(m_items.size());
    if (column == Column::Copies)
        return items > 0 ? int(Column::Copies) : -1;
    return int(column) < int(Column::Copies) ? int(column) : int(column) - 1 + items;
}

OrdersTableModel::Column OrdersTableModel::columnAt(int section) const
{
    const int items = int(m_items.size());
    if (section < int(Column::Copies))
        return Column(section);
    if (section < int(Column::Copies) + items)
        return Column::Copies;
    return Column(section + 1 - items);
}

const Item *OrdersTableModel::itemAt(int section) const
{
    const int item = section - int(Column::Copies);
    return item >= 0 && item < int(m_items.size()) ? &m_items[std::size_t(item)] : nullptr;
}

int OrdersTableModel::rowOf(OrderId orderId) const
{
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), orderId,
                                     [](const BuyerBalance &row, OrderId id) { return row.order.orderId < id; });
    return at != m_rows.end() && at->order.orderId == orderId ? int(at - m_rows.begin()) : -1;
}

std::optional<int> OrdersTableModel::daysOverdueAt(int row) const
{
    const BuyerBalance &balance = balanceAt(row);
    if (!m_round || !countsAsBuyer(balance.order.status) || balance.money.owed().isZero())
        return std::nullopt;
    QDate since = m_round->paymentDue;
    // Someone who confirmed after the due date is expected to pay from then on, not from before they joined.
    if (const QDate &confirmed = confirmedOnAt(row); confirmed.isValid() && (!since.isValid() || confirmed > since))
        since = confirmed;
    if (!since.isValid())
        return std::nullopt;
    const auto days = int(since.daysTo(m_today));
    return days > 0 ? std::optional<int>(days) : std::nullopt;
}

bool OrdersTableModel::isNumeric(Column column)
{
    return column == Column::Copies || column == Column::AmountDue || column == Column::Paid ||
           column == Column::Balance || column == Column::DaysOverdue;
}

bool OrdersTableModel::isEditable(Column column)
{
    return column == Column::Copies || column == Column::OrderStatus || column == Column::Delivery;
}

int OrdersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fixedColumns + int(m_items.size());
}

Qt::ItemFlags OrdersTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editor && index.isValid() && isEditable(columnAt(index.column())))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool OrdersTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editor || role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (!isNumber)
        return false;
    // A copy: the editor's command refreshes this very row while it runs.
    const BuyerBalance row = balanceAt(index.row());
    switch (columnAt(index.column())) {
    case Column::Copies: {
        const Item item = *itemAt(index.column());
        if (number < 0)
            return false;
        return number == row.copiesOf(item.id) || m_editor->setCopies(row, item, number);
    }
    case Column::OrderStatus: {
        if (number < int(OrderStatus::Interested) || number > int(OrderStatus::Cancelled))
            return false;
        const auto status = OrderStatus(number);
        return status == row.order.status || m_editor->setStatus(row, status);
    }
    case Column::Delivery: {
        if (number < int(Delivery::Courier) || number > int(Delivery::Pickup))
            return false;
        const auto delivery = Delivery(number);
        return delivery == row.order.delivery || m_editor->setDelivery(row, delivery);
    }
    default:
        return false;
    }
}

QVariant OrdersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuyerBalance &row = balanceAt(index.row());
    if (const Item *item = itemAt(index.column()))
        return copiesOfItem(row, *item, role);
    const Column column = columnAt(index.column());
    // The one column that needs the round and today: the model's own, as the item columns are.
    if (column == Column::DaysOverdue && role != OrderIdRole && role != PersonIdRole && role != SearchKeyRole)
        return overdueData(index.row(), role);
    switch (role) {
    case Qt::DisplayRole:
        return OrderCells::display(row, column);
    case Qt::EditRole:
        return OrderCells::edit(row, column);
    case SortRole:
        return OrderCells::sort(row, column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return OrderCells::toolTip(row, column);
    case OrderIdRole:
        return row.order.orderId;
    case PersonIdRole:
        return row.order.personId;
    case SearchKeyRole:
        return searchKeyAt(index.row());
    default:
        return {};
    }
}

QVariant OrdersTableModel::overdueData(int row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (const std::optional<int> days = daysOverdueAt(row))
            return OrderCells::days(*days);
        return {};
    case SortRole:
        return daysOverdueAt(row).value_or(-1);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!daysOverdueAt(row))
            return {};
        return m_round->paymentDue.isValid()
                   ? tr("Payment was due on %1").arg(DisplayText::date(m_round->paymentDue))
                   : tr("Days since the order was confirmed; the round has no payment due date");
    default:
        return {};
    }
}

QVariant OrdersTableModel::copiesOfItem(const BuyerBalance &row, const Item &item, int role) const
{
    const int copies = row.copiesOf(item.id);
    switch (role) {
    case Qt::DisplayRole:
        // Blank rather than 0: in a round of several items, the copies someone did order stand out.
        return copies > 0 ? QVariant(copies) : QVariant();
    case Qt::EditRole:
    case SortRole:
        return copies;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case OrderIdRole:
        return row.order.orderId;
    case PersonIdRole:
        return row.order.personId;
    case ItemIdRole:
        return item.id;
    default:
        return {};
    }
}

QVariant OrdersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Item *item = itemAt(section);
    const Column column = columnAt(section);
    switch (role) {
    case Qt::TextAlignmentRole:
        return int((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::DisplayRole:
        return item ? item->name : OrderCells::header(column);
    case Qt::ToolTipRole:
        if (column == Column::DaysOverdue)
            return tr("Days a buyer who still owes is late: since the payment due date, or since confirming "
                      "when the round has none");
        if (!item)
            return {};
        return item->maxQuantity ? tr("Copies of %1 (%2 each, at most %3 in this round)")
                                       .arg(item->name, DisplayText::money(item->unitPrice))
                                       .arg(*item->maxQuantity)
                                 : tr("Copies of %1 (%2 each)").arg(item->name, DisplayText::money(item->unitPrice));
    case ItemIdRole:
        return item ? QVariant(item->id) : QVariant();
    default:
        return {};
    }
}

} // namespace gonggu
