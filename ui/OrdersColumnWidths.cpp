#include "OrdersColumnWidths.h"

#include "models/DisplayText.h"
#include "models/OrderCells.h"
#include "models/OrdersTableModel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <map>

namespace gonggu {

void OrdersColumnWidths::fit(QTableView &table, const OrdersTableModel &orders)
{
    for (int section = 0; section < orders.columnCount(); ++section)
        table.horizontalHeader()->resizeSection(section, preferredWidth(table, orders, section));
}

void OrdersColumnWidths::keep(QTableView &table, const OrdersTableModel &orders, const std::function<void()> &reset)
{
    using Column = OrdersTableModel::Column;
    QHeaderView *header = table.horizontalHeader();
    std::map<Column, int> kindWidths;
    std::map<ItemId, int> itemWidths;
    for (int section = 0; section < orders.columnCount(); ++section) {
        if (const Item *item = orders.itemAt(section))
            itemWidths[item->id] = header->sectionSize(section);
        else
            kindWidths[orders.columnAt(section)] = header->sectionSize(section);
    }
    const int sortSection = header->sortIndicatorSection();
    const bool sorted = sortSection >= 0 && sortSection < orders.columnCount();
    const Column sortKind = sorted ? orders.columnAt(sortSection) : Column::Nickname;
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();

    reset();

    for (int section = 0; section < orders.columnCount(); ++section) {
        const Item *item = orders.itemAt(section);
        const auto known = item ? itemWidths.find(item->id) : itemWidths.end();
        const auto kind = item ? kindWidths.end() : kindWidths.find(orders.columnAt(section));
        const int width = known != itemWidths.end()  ? known->second
                          : kind != kindWidths.end() ? kind->second
                                                     : preferredWidth(table, orders, section);
        header->resizeSection(section, width);
    }
    // Another round's items are other columns: sorting by an item of the old round falls back to none.
    const int newSortSection = sorted && sortKind != Column::Copies ? orders.section(sortKind) : -1;
    header->setSortIndicator(newSortSection, sortOrder);
}

int OrdersColumnWidths::preferredWidth(const QTableView &table, const OrdersTableModel &orders, int section)
{
    // Widths from the longest text a column can hold (in the current language), not from the rows:
    // measuring 100,000 rows would be slow and the columns would jump from round to round.
    using Column = OrdersTableModel::Column;
    const QFontMetrics cellMetrics(table.font());
    const QFontMetrics headerMetrics(table.horizontalHeader()->font());
    const int padding = 2 * table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 10;
    const int sortArrow = 16;

    QStringList samples;
    switch (orders.columnAt(section)) {
    case Column::Nickname:
        samples << QStringLiteral("seungmin_kim");
        break;
    case Column::Name:
        samples << QStringLiteral("남궁서연엄마");
        break;
    case Column::Copies:
        samples << QStringLiteral("9,999");
        break;
    case Column::AmountDue:
    case Column::Paid:
    case Column::Balance:
        // Up to ₩9,999,999 per buyer fits; a larger amount or a refund's minus sign may need a wider column.
        samples << DisplayText::money(Money::won(9'999'999));
        break;
    case Column::OrderStatus:
        for (auto status :
             {OrderStatus::Interested, OrderStatus::Applied, OrderStatus::Confirmed, OrderStatus::Cancelled})
            samples << DisplayText::of(status);
        break;
    case Column::PaymentState:
        for (auto state : {PaymentState::Unpaid, PaymentState::Partial, PaymentState::Paid, PaymentState::Overpaid,
                           PaymentState::Refunded})
            samples << DisplayText::of(state);
        break;
    case Column::DaysOverdue:
        samples << OrderCells::days(999);
        break;
    case Column::Delivery: {
        BuyerLedgerRow delivered;
        delivered.shippedAt = delivered.handedOverAt = QDateTime::currentDateTimeUtc();
        for (auto delivery : {Delivery::Courier, Delivery::Pickup}) {
            delivered.delivery = delivery;
            samples << OrderCells::delivery(delivered);
        }
        break;
    }
    }
    const QString title = orders.headerData(section, Qt::Horizontal).toString();
    // An item's name can be a whole book title: past 16 characters the header elides (the tooltip has it).
    const int titleWidth = std::min(headerMetrics.horizontalAdvance(title), headerMetrics.averageCharWidth() * 16);
    int width = titleWidth + sortArrow;
    for (const QString &sample : samples)
        width = std::max(width, cellMetrics.horizontalAdvance(sample));
    return width + padding;
}

} // namespace gonggu
