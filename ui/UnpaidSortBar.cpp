#include "UnpaidSortBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>

#include <utility>

namespace gonggu {

using Column = OrdersTableModel::Column;

UnpaidSortBar::UnpaidSortBar(QTableView &table, const OrdersTableModel &orders, QWidget *parent)
    : QWidget(parent), m_table(table), m_orders(orders), m_choice(new QComboBox(this))
{
    m_choice->setObjectName(QStringLiteral("unpaidSortCombo"));
    m_choice->addItem(tr("Amount owed, largest first"), int(Order::AmountOwed));
    m_choice->addItem(tr("Days overdue, longest first"), int(Order::DaysOverdue));
    m_choice->setToolTip(tr("Whom to chase first; a click on a column header sorts by that column"));
    auto *label = new QLabel(tr("&Sort by:"), this);
    label->setBuddy(m_choice);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label);
    layout->addWidget(m_choice);
    layout->addStretch();

    connect(m_choice, &QComboBox::activated, this, &UnpaidSortBar::apply);
    connect(m_table.horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &UnpaidSortBar::followHeader);
}

void UnpaidSortBar::enter()
{
    const QHeaderView *header = m_table.horizontalHeader();
    const int section = header->sortIndicatorSection();
    m_savedKind.reset();
    m_savedItem.reset();
    if (section >= 0 && section < m_orders.columnCount()) {
        if (const Item *item = m_orders.itemAt(section))
            m_savedItem = item->id;
        else
            m_savedKind = m_orders.columnAt(section);
    }
    m_savedOrder = header->sortIndicatorOrder();
    if (m_choice->currentIndex() < 0)
        m_choice->setCurrentIndex(0); // the largest debt first, unless chosen otherwise before
    apply();
}

void UnpaidSortBar::leave()
{
    int section = -1;
    if (m_savedKind) {
        section = m_orders.section(*m_savedKind);
    } else if (m_savedItem) {
        for (int s = 0; s < m_orders.columnCount(); ++s) {
            if (const Item *item = m_orders.itemAt(s); item && item->id == *m_savedItem)
                section = s;
        }
    }
    const QSignalBlocker blocker(m_choice);
    const bool applying = std::exchange(m_applying, true);
    // Section -1 (no sort) gives back the order the buyers came in.
    m_table.horizontalHeader()->setSortIndicator(section, m_savedOrder);
    m_applying = applying;
}

void UnpaidSortBar::setOrder(Order order)
{
    m_choice->setCurrentIndex(m_choice->findData(int(order)));
    apply();
}

void UnpaidSortBar::apply()
{
    if (m_choice->currentIndex() < 0)
        return;
    const auto order = Order(m_choice->currentData().toInt());
    const int section = m_orders.section(order == Order::AmountOwed ? Column::Balance : Column::DaysOverdue);
    const bool applying = std::exchange(m_applying, true);
    m_table.sortByColumn(section, Qt::DescendingOrder);
    m_applying = applying;
}

void UnpaidSortBar::followHeader(int section, Qt::SortOrder order)
{
    if (m_applying || !isVisible())
        return;
    int index = -1;
    if (order == Qt::DescendingOrder && section >= 0 && section < m_orders.columnCount() && !m_orders.itemAt(section)) {
        if (m_orders.columnAt(section) == Column::Balance)
            index = m_choice->findData(int(Order::AmountOwed));
        else if (m_orders.columnAt(section) == Column::DaysOverdue)
            index = m_choice->findData(int(Order::DaysOverdue));
    }
    const QSignalBlocker blocker(m_choice);
    m_choice->setCurrentIndex(index);
}

} // namespace gonggu
