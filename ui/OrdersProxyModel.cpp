#include "OrdersProxyModel.h"

#include "models/OrderCells.h"
#include "models/OrdersTableModel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <iterator>

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
    // Connected before the proxy connects itself (in setSourceModel), so that the ranks are current when it
    // re-sorts the rows a change touched.
    const auto forgetRanks = [this] { m_nameRanks.clear(); };
    connect(orders, &QAbstractItemModel::modelReset, this, forgetRanks);
    connect(orders, &QAbstractItemModel::layoutChanged, this, forgetRanks);
    connect(orders, &QAbstractItemModel::rowsInserted, this, forgetRanks);
    connect(orders, &QAbstractItemModel::rowsRemoved, this, forgetRanks);
    connect(orders, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                forgetChangedNames(topLeft.row(), bottomRight.row());
            });
    setSourceModel(orders);
}

const std::vector<int> &OrdersProxyModel::nameRanks(OrdersTableModel::Column column) const
{
    auto ranked = m_nameRanks.find(column);
    if (ranked != m_nameRanks.end())
        return ranked->second.ranks;
    NameRanks names;
    std::vector<QCollatorSortKey> keys;
    const int rows = m_orders->rowCount();
    names.texts.reserve(std::size_t(rows));
    keys.reserve(std::size_t(rows));
    for (int row = 0; row < rows; ++row) {
        names.texts.push_back(*OrderCells::sortText(m_orders->balanceAt(row), column));
        keys.push_back(m_collator.sortKey(names.texts.back()));
    }
    std::vector<int> order(static_cast<std::size_t>(rows));
    for (int row = 0; row < rows; ++row)
        order[std::size_t(row)] = row;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int compared = keys[std::size_t(a)].compare(keys[std::size_t(b)]);
        return compared != 0 ? compared < 0 : a < b;
    });
    // Equal names share a rank, so that they keep the order buyers came in.
    names.ranks.assign(std::size_t(rows), 0);
    for (std::size_t i = 1; i < order.size(); ++i) {
        const bool same = keys[std::size_t(order[i - 1])].compare(keys[std::size_t(order[i])]) == 0;
        names.ranks[std::size_t(order[i])] = names.ranks[std::size_t(order[i - 1])] + (same ? 0 : 1);
    }
    return m_nameRanks.emplace(column, std::move(names)).first->second.ranks;
}

void OrdersProxyModel::forgetChangedNames(int firstRow, int lastRow)
{
    // An edit of copies or a status changes no name: the ranks stay. A renamed buyer ranks everyone afresh.
    for (auto ranked = m_nameRanks.begin(); ranked != m_nameRanks.end();) {
        const std::vector<QString> &texts = ranked->second.texts;
        bool renamed = false;
        for (int row = firstRow; row <= lastRow && !renamed; ++row) {
            renamed = row >= int(texts.size()) ||
                      *OrderCells::sortText(m_orders->balanceAt(row), ranked->first) != texts[std::size_t(row)];
        }
        ranked = renamed ? m_nameRanks.erase(ranked) : std::next(ranked);
    }
}

void OrdersProxyModel::setUnpaidOnly(bool unpaidOnly)
{
    if (unpaidOnly == m_unpaidOnly)
        return;
    m_unpaidOnly = unpaidOnly;
    refilter();
}

void OrdersProxyModel::setInterestedOnly(bool interestedOnly)
{
    if (interestedOnly == m_interestedOnly)
        return;
    m_interestedOnly = interestedOnly;
    refilter();
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
    const auto column = m_orders->columnAt(left.column());
    if (column == OrdersTableModel::Column::Nickname || column == OrdersTableModel::Column::Name) {
        const std::vector<int> &ranks = nameRanks(column);
        return ranks[std::size_t(left.row())] < ranks[std::size_t(right.row())];
    }
    const BuyerBalance &a = m_orders->balanceAt(left.row());
    const BuyerBalance &b = m_orders->balanceAt(right.row());
    if (const Item *item = m_orders->itemAt(left.column()))
        return a.copiesOf(item->id) < b.copiesOf(item->id);
    if (column == OrdersTableModel::Column::DaysOverdue) {
        // Equally late buyers: the larger debt counts as later, so that it is chased first.
        const int daysA = m_orders->daysOverdueAt(left.row()).value_or(-1);
        const int daysB = m_orders->daysOverdueAt(right.row()).value_or(-1);
        return daysA != daysB ? daysA < daysB : a.money.owed() < b.money.owed();
    }
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
