#include "OrderCells.h"

#include "DisplayText.h"
#include "SearchFilterModel.h"

#include <QLocale>

namespace gonggu {
namespace {

/** When the goods left the coordinator's hands, by the way this order is delivered. */
QDateTime deliveredAt(const BuyerLedgerRow &order)
{
    return order.delivery == Delivery::Courier ? order.shippedAt : order.handedOverAt;
}

} // namespace

QVariant OrderCells::display(const BuyerBalance &row, Column column)
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
        if (!countsAsBuyer(row.order.status) && row.state() == PaymentState::Paid)
            return QStringLiteral("—");
        return DisplayText::of(row.state());
    case Column::Delivery:
        return delivery(row.order);
    case Column::DaysOverdue:
        return {}; // needs the round and today: OrdersTableModel's own
    }
    return {};
}

QVariant OrderCells::sort(const BuyerBalance &row, Column column)
{
    if (const QString *text = sortText(row, column))
        return *text;
    const qint64 number = sortNumber(row, column);
    const bool money = column == Column::AmountDue || column == Column::Paid || column == Column::Balance;
    return money ? QVariant(number) : QVariant(int(number));
}

const QString *OrderCells::sortText(const BuyerBalance &row, Column column)
{
    if (column == Column::Nickname)
        return &row.order.nickname;
    if (column == Column::Name)
        return &row.order.displayName;
    return nullptr;
}

qint64 OrderCells::sortNumber(const BuyerBalance &row, Column column)
{
    switch (column) {
    case Column::Nickname:
    case Column::Name:
        return 0; // text: see sortText()
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
        // Courier before pickup; within each, the ones still to deliver first.
        return int(row.order.delivery) * 2 + (deliveredAt(row.order).isValid() ? 1 : 0);
    case Column::DaysOverdue:
        return 0; // needs the round and today: OrdersTableModel::daysOverdueAt()
    }
    return 0;
}

QVariant OrderCells::edit(const BuyerBalance &row, Column column)
{
    switch (column) {
    case Column::OrderStatus:
        return int(row.order.status);
    case Column::Delivery:
        return int(row.order.delivery);
    default:
        return display(row, column);
    }
}

QVariant OrderCells::toolTip(const BuyerBalance &row, Column column)
{
    const BuyerLedgerRow &order = row.order;
    switch (column) {
    case Column::Nickname:
    case Column::Name: {
        QStringList lines{order.displayName};
        if (!order.realName.isEmpty() && order.realName != order.displayName)
            lines << order.realName;
        if (!order.phone.isEmpty())
            lines << order.phone;
        return lines.join(u'\n');
    }
    case Column::OrderStatus:
        if (order.status == OrderStatus::Confirmed && order.confirmedAt.isValid())
            return tr("Confirmed on %1").arg(QLocale().toString(order.confirmedAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Column::Delivery:
        if (!deliveredAt(order).isValid())
            return {};
        return (order.delivery == Delivery::Courier ? tr("Shipped on %1") : tr("Handed over on %1"))
            .arg(QLocale().toString(deliveredAt(order).toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QString OrderCells::header(Column column)
{
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
    case Column::DaysOverdue:
        return tr("Overdue");
    }
    return {};
}

QString OrderCells::days(int count)
{
    // Two source strings rather than "%n day(s)": without an English translation file the numerus form
    // would show its "(s)".
    return count == 1 ? tr("1 day") : tr("%1 days").arg(QLocale().toString(count));
}

QString OrderCells::delivery(const BuyerLedgerRow &order)
{
    if (!deliveredAt(order).isValid())
        return DisplayText::of(order.delivery);
    return order.delivery == Delivery::Courier ? tr("Courier · shipped") : tr("Pickup · handed over");
}

QString OrderCells::searchKey(const BuyerLedgerRow &order)
{
    // Built as every searchable table builds it, so the window's search box behaves alike everywhere.
    return SearchFilterModel::searchKey({order.nickname, order.displayName, order.realName, order.phone});
}

} // namespace gonggu
