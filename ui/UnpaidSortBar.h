#pragma once

#include "domain/Ids.h"
#include "models/OrdersTableModel.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QTableView;

namespace gonggu {

/** The sort the Unpaid view offers over the orders table: the largest debt first, or the longest overdue
 *  first. Clicking a header still sorts by anything else (the choice then shows blank); leaving the view
 *  gives the table back the sort it had. */
class UnpaidSortBar : public QWidget
{
    Q_OBJECT

public:
    enum class Order
    {
        AmountOwed,
        DaysOverdue
    };

    UnpaidSortBar(QTableView &table, const OrdersTableModel &orders, QWidget *parent = nullptr);

    /** Remembers the table's sort and sorts by the choice (the Unpaid view was switched on). */
    void enter();
    /** Gives the table back the sort it had before enter(). */
    void leave();
    /** Chooses the order and sorts by it. */
    void setOrder(Order order);
    QComboBox *choice() const { return m_choice; }

private:
    void apply();
    void followHeader(int section, Qt::SortOrder order);

    QTableView &m_table;
    const OrdersTableModel &m_orders;
    QComboBox *m_choice;
    bool m_applying = false;
    // The sort before the view was entered, by what the column shows (another round moves the sections).
    std::optional<OrdersTableModel::Column> m_savedKind;
    std::optional<ItemId> m_savedItem;
    Qt::SortOrder m_savedOrder = Qt::AscendingOrder;
};

} // namespace gonggu
