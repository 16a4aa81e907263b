#pragma once

#include "OrdersTableModel.h"

#include <QCoreApplication>

namespace gonggu {

/** How one order reads in each kind of column of the orders table: the text shown, the raw value it
 *  sorts by, the value an editor starts from. Item columns are the model's own (they need the item). */
class OrderCells
{
    Q_DECLARE_TR_FUNCTIONS(OrderCells)

public:
    using Column = OrdersTableModel::Column;

    static QVariant display(const BuyerBalance &row, Column column);
    static QVariant sort(const BuyerBalance &row, Column column);
    /** What sort() gives, without a QVariant (a sort makes millions of comparisons): the text of the name
     *  columns (nullptr for the others), the number of the others (won, counts, lifecycle positions). */
    static const QString *sortText(const BuyerBalance &row, Column column);
    static qint64 sortNumber(const BuyerBalance &row, Column column);
    static QVariant edit(const BuyerBalance &row, Column column);
    static QVariant toolTip(const BuyerBalance &row, Column column);
    static QString header(Column column);

    /** "1 day", "12 days". */
    static QString days(int count);
    /** "Courier · shipped", "Pickup · handed over", or just the delivery while the goods are still here. */
    static QString delivery(const BuyerLedgerRow &order);
    /** Nickname, names and phone as SearchFilterModel matches them (case-folded, digits, Hangul initials). */
    static QString searchKey(const BuyerLedgerRow &order);
};

} // namespace gonggu
