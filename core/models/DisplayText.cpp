#include "DisplayText.h"

#include <QLocale>

namespace gonggu {

// The switches have no default so that -Wswitch flags a status added to the domain but not named here.

QString DisplayText::of(RoundStatus status)
{
    switch (status) {
    case RoundStatus::Planning:
        return tr("Planning");
    case RoundStatus::Open:
        return tr("Open");
    case RoundStatus::Closed:
        return tr("Closed");
    case RoundStatus::Ordered:
        return tr("Ordered");
    case RoundStatus::Delivered:
        return tr("Delivered");
    case RoundStatus::Settled:
        return tr("Settled");
    case RoundStatus::Cancelled:
        return tr("Cancelled", "round status");
    }
    return toKey(status);
}

QString DisplayText::of(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Interested:
        return tr("Interested");
    case OrderStatus::Applied:
        return tr("Applied");
    case OrderStatus::Confirmed:
        return tr("Confirmed");
    case OrderStatus::Cancelled:
        return tr("Cancelled", "order status");
    }
    return toKey(status);
}

QString DisplayText::of(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Courier:
        return tr("Courier");
    case Delivery::Pickup:
        return tr("Pickup");
    }
    return toKey(delivery);
}

QString DisplayText::of(PaymentState state)
{
    switch (state) {
    case PaymentState::Unpaid:
        return tr("Unpaid");
    case PaymentState::Partial:
        return tr("Partly paid");
    case PaymentState::Paid:
        return tr("Paid");
    case PaymentState::Overpaid:
        return tr("Overpaid");
    case PaymentState::Refunded:
        return tr("Refunded");
    }
    return toKey(state);
}

QString DisplayText::money(Money amount)
{
    return amount.format(QLocale().language() == QLocale::Korean);
}

// Singular and plural as two source strings rather than "%n buyer(s)": without an English
// translation file the numerus form would show its "(s)" on screen.
QString DisplayText::buyers(int count)
{
    return count == 1 ? tr("1 buyer") : tr("%1 buyers").arg(QLocale().toString(count));
}

QString DisplayText::copies(int count)
{
    return count == 1 ? tr("1 copy") : tr("%1 copies").arg(QLocale().toString(count));
}

QString DisplayText::of(PaymentSource source)
{
    switch (source) {
    case PaymentSource::Manual:
        return tr("By hand");
    case PaymentSource::BankImport:
        return tr("Bank statement");
    }
    return toKey(source);
}

QString DisplayText::of(ExpenseKind kind)
{
    switch (kind) {
    case ExpenseKind::Supplier:
        return tr("Supplier", "expense kind");
    case ExpenseKind::Shipping:
        return tr("Shipping");
    case ExpenseKind::Other:
        return tr("Other", "expense kind");
    }
    return toKey(kind);
}

QString DisplayText::paymentMethod(const QString &key)
{
    if (key == u"transfer")
        return tr("Bank transfer");
    if (key == u"cash")
        return tr("Cash");
    if (key == u"card")
        return tr("Card");
    if (key == u"other")
        return tr("Other", "payment method");
    return key;
}

QString DisplayText::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace gonggu
