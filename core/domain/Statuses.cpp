#include "Statuses.h"

#include <array>
#include <utility>

namespace gonggu {
namespace {

template <typename Enum, std::size_t N> using KeyTable = std::array<std::pair<Enum, const char16_t *>, N>;

constexpr KeyTable<RoundStatus, 7> roundStatusTable{{
    {RoundStatus::Planning, u"planning"},
    {RoundStatus::Open, u"open"},
    {RoundStatus::Closed, u"closed"},
    {RoundStatus::Ordered, u"ordered"},
    {RoundStatus::Delivered, u"delivered"},
    {RoundStatus::Settled, u"settled"},
    {RoundStatus::Cancelled, u"cancelled"},
}};

constexpr KeyTable<OrderStatus, 4> orderStatusTable{{
    {OrderStatus::Interested, u"interested"},
    {OrderStatus::Applied, u"applied"},
    {OrderStatus::Confirmed, u"confirmed"},
    {OrderStatus::Cancelled, u"cancelled"},
}};

constexpr KeyTable<Delivery, 2> deliveryTable{{
    {Delivery::Courier, u"courier"},
    {Delivery::Pickup, u"pickup"},
}};

constexpr KeyTable<PaymentState, 5> paymentStateTable{{
    {PaymentState::Unpaid, u"unpaid"},
    {PaymentState::Partial, u"partial"},
    {PaymentState::Paid, u"paid"},
    {PaymentState::Overpaid, u"overpaid"},
    {PaymentState::Refunded, u"refunded"},
}};

constexpr KeyTable<ContactChannel, 5> contactChannelTable{{
    {ContactChannel::Sms, u"sms"},
    {ContactChannel::Email, u"email"},
    {ContactChannel::Chat, u"chat"},
    {ContactChannel::Phone, u"phone"},
    {ContactChannel::InPerson, u"in_person"},
}};

constexpr KeyTable<ContactKind, 7> contactKindTable{{
    {ContactKind::Confirmation, u"confirmation"},
    {ContactKind::Progress, u"progress"},
    {ContactKind::PaymentRequest, u"payment_request"},
    {ContactKind::UnpaidReminder, u"unpaid_reminder"},
    {ContactKind::ReconfirmInterest, u"reconfirm_interest"},
    {ContactKind::ShippingNotice, u"shipping_notice"},
    {ContactKind::Handover, u"handover"},
}};

constexpr KeyTable<PaymentSource, 2> paymentSourceTable{{
    {PaymentSource::Manual, u"manual"},
    {PaymentSource::BankImport, u"bank_import"},
}};

constexpr KeyTable<ExpenseKind, 3> expenseKindTable{{
    {ExpenseKind::Supplier, u"supplier"},
    {ExpenseKind::Shipping, u"shipping"},
    {ExpenseKind::Other, u"other"},
}};

constexpr KeyTable<PaymentEventAction, 10> paymentEventActionTable{{
    {PaymentEventAction::Imported, u"imported"},
    {PaymentEventAction::Matched, u"matched"},
    {PaymentEventAction::Assigned, u"assigned"},
    {PaymentEventAction::Unassigned, u"unassigned"},
    {PaymentEventAction::Split, u"split"},
    {PaymentEventAction::Merged, u"merged"},
    {PaymentEventAction::Ignored, u"ignored"},
    {PaymentEventAction::Restored, u"restored"},
    {PaymentEventAction::AliasLearned, u"alias_learned"},
    {PaymentEventAction::AliasForgotten, u"alias_forgotten"},
}};

template <typename Enum, std::size_t N> QString keyOf(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromUtf16(key);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum, std::size_t N> std::optional<Enum> valueOf(const KeyTable<Enum, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QStringView(k))
            return e;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QStringList keysOf(const KeyTable<Enum, N> &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys << QString::fromUtf16(entry.second);
    return keys;
}

} // namespace

QString toKey(RoundStatus status)
{
    return keyOf(roundStatusTable, status);
}
QString toKey(OrderStatus status)
{
    return keyOf(orderStatusTable, status);
}
QString toKey(Delivery delivery)
{
    return keyOf(deliveryTable, delivery);
}
QString toKey(PaymentState state)
{
    return keyOf(paymentStateTable, state);
}
QString toKey(ContactChannel channel)
{
    return keyOf(contactChannelTable, channel);
}
QString toKey(ContactKind kind)
{
    return keyOf(contactKindTable, kind);
}
QString toKey(PaymentSource source)
{
    return keyOf(paymentSourceTable, source);
}
QString toKey(ExpenseKind kind)
{
    return keyOf(expenseKindTable, kind);
}
QString toKey(PaymentEventAction action)
{
    return keyOf(paymentEventActionTable, action);
}

std::optional<RoundStatus> roundStatusFromKey(const QString &key)
{
    return valueOf(roundStatusTable, key);
}
std::optional<OrderStatus> orderStatusFromKey(const QString &key)
{
    return valueOf(orderStatusTable, key);
}
std::optional<Delivery> deliveryFromKey(const QString &key)
{
    return valueOf(deliveryTable, key);
}
std::optional<PaymentState> paymentStateFromKey(const QString &key)
{
    return valueOf(paymentStateTable, key);
}
std::optional<ContactChannel> contactChannelFromKey(const QString &key)
{
    return valueOf(contactChannelTable, key);
}
std::optional<ContactKind> contactKindFromKey(const QString &key)
{
    return valueOf(contactKindTable, key);
}
std::optional<PaymentSource> paymentSourceFromKey(const QString &key)
{
    return valueOf(paymentSourceTable, key);
}
std::optional<ExpenseKind> expenseKindFromKey(const QString &key)
{
    return valueOf(expenseKindTable, key);
}
std::optional<PaymentEventAction> paymentEventActionFromKey(const QString &key)
{
    return valueOf(paymentEventActionTable, key);
}

QStringList roundStatusKeys()
{
    return keysOf(roundStatusTable);
}
QStringList orderStatusKeys()
{
    return keysOf(orderStatusTable);
}
QStringList deliveryKeys()
{
    return keysOf(deliveryTable);
}
QStringList paymentStateKeys()
{
    return keysOf(paymentStateTable);
}
QStringList contactChannelKeys()
{
    return keysOf(contactChannelTable);
}
QStringList contactKindKeys()
{
    return keysOf(contactKindTable);
}
QStringList paymentSourceKeys()
{
    return keysOf(paymentSourceTable);
}
QStringList expenseKindKeys()
{
    return keysOf(expenseKindTable);
}
QStringList paymentEventActionKeys()
{
    return keysOf(paymentEventActionTable);
}

} // namespace gonggu
