#pragma once

#include <functional>

class QTableView;

namespace gonggu {

class OrdersTableModel;

/** Column widths of the orders table: fitted to what a column can hold, and kept by what a column shows
 *  (its kind or its item) when another round moves the sections. */
class OrdersColumnWidths
{
public:
    /** Gives every column the width its longest possible text needs. */
    static void fit(QTableView &table, const OrdersTableModel &orders);
    /** Runs `reset` (which loads or clears the model) and gives the columns back their widths and the
     *  sort its column; new item columns get a fitted width. */
    static void keep(QTableView &table, const OrdersTableModel &orders, const std::function<void()> &reset);
    static int preferredWidth(const QTableView &table, const OrdersTableModel &orders, int section);
};

} // namespace gonggu
