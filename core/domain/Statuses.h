#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace gonggu {

// The text keys below are stored in the workspace and printed by the CLI: they are a public
// interface and never change. Display names are translated in the UI layer.

/** Where a buying round stands: planning → open → closed → ordered → delivered → settled, or cancelled. */
enum class RoundStatus
{
    Planning,
    Open,
    Closed,
    Ordered,
    Delivered,
    Settled,
    Cancelled
};

/** A buyer's commitment: interested → applied → confirmed, or cancelled. */
enum class OrderStatus
{
    Interested,
    Applied,
    Confirmed,
    Cancelled
};

/** How a buyer receives the goods. */
enum class Delivery
{
    Courier,
    Pickup
};

/** Derived from amount due and payments; never stored. */
enum class PaymentState
{
    Unpaid,
    Partial,
    Paid,
    Overpaid,
    Refunded
};

enum class ContactChannel
{
    Sms,
    Email,
    Chat,
    Phone,
    InPerson
};

enum class ContactKind
{
    Confirmation,
    Progress,
    PaymentRequest,
    UnpaidReminder,
    ReconfirmInterest,
    ShippingNotice,
    Handover
};

enum class PaymentSource
{
    Manual,
    BankImport
};

/** Money the round spends: paid to the supplier, courier shipping, anything else. */
enum class ExpenseKind
{
    Supplier,
    Shipping,
    Other
};

/** What happened to a payment during reconciliation (the payment history). */
enum class PaymentEventAction
{
    Imported,
    Matched,
    Assigned,
    Unassigned,
    Split,
    Merged,
    Ignored,
    Restored,
    AliasLearned,
    AliasForgotten
};

QString toKey(RoundStatus status);
QString toKey(OrderStatus status);
QString toKey(Delivery delivery);
QString toKey(PaymentState state);
QString toKey(ContactChannel channel);
QString toKey(ContactKind kind);
QString toKey(PaymentSource source);
QString toKey(ExpenseKind kind);
QString toKey(PaymentEventAction action);

std::optional<RoundStatus> roundStatusFromKey(const QString &key);
std::optional<OrderStatus> orderStatusFromKey(const QString &key);
std::optional<Delivery> deliveryFromKey(const QString &key);
std::optional<PaymentState> paymentStateFromKey(const QString &key);
std::optional<ContactChannel> contactChannelFromKey(const QString &key);
std::optional<ContactKind> contactKindFromKey(const QString &key);
std::optional<PaymentSource> paymentSourceFromKey(const QString &key);
std::optional<ExpenseKind> expenseKindFromKey(const QString &key);
std::optional<PaymentEventAction> paymentEventActionFromKey(const QString &key);

/** All keys of a kind, in lifecycle order: for CHECK constraints, help texts and summaries. */
QStringList roundStatusKeys();
QStringList orderStatusKeys();
QStringList deliveryKeys();
QStringList paymentStateKeys();
QStringList contactChannelKeys();
QStringList contactKindKeys();
QStringList paymentSourceKeys();
QStringList expenseKindKeys();
QStringList paymentEventActionKeys();

/** A cancelled order is out of the round: it owes nothing and is not counted as a buyer. */
constexpr bool countsAsBuyer(OrderStatus status)
{
    return status != OrderStatus::Cancelled;
}

} // namespace gonggu
