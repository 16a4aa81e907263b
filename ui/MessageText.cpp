#include "MessageText.h"

#include <QHash>
#include <QLocale>

namespace gonggu {

// The switches have no default so that -Wswitch flags a kind or channel added to the domain but not named here.

QString MessageText::of(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Confirmation:
        return tr("Application confirmed");
    case ContactKind::Progress:
        return tr("Progress post");
    case ContactKind::PaymentRequest:
        return tr("Payment request");
    case ContactKind::UnpaidReminder:
        return tr("Unpaid reminder");
    case ContactKind::ReconfirmInterest:
        return tr("Re-confirm interest");
    case ContactKind::ShippingNotice:
        return tr("Shipping notice");
    case ContactKind::Handover:
        return tr("Meetup hand-over");
    }
    return toKey(kind);
}

QString MessageText::of(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Sms:
        return tr("Text message");
    case ContactChannel::Email:
        return tr("Email");
    case ContactChannel::Chat:
        return tr("Chat");
    case ContactChannel::Phone:
        return tr("Phone call");
    case ContactChannel::InPerson:
        return tr("In person");
    }
    return toKey(channel);
}

QString MessageText::of(Language language)
{
    return language == Language::Korean ? QStringLiteral("한국어") : QStringLiteral("English");
}

QString MessageText::nobodyToAddress(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Confirmation:
        return tr("Nobody has applied yet: a confirmation goes to applied and confirmed orders.");
    case ContactKind::Progress:
        return tr("The progress post goes to the whole community, not to one buyer: copy it and post it in the "
                  "group chat.");
    case ContactKind::PaymentRequest:
        return tr("No confirmed buyer owes money: nobody needs the payment details.");
    case ContactKind::UnpaidReminder:
        return tr("Every confirmed buyer has paid: nobody to remind.");
    case ContactKind::ReconfirmInterest:
        return tr("No order is waiting at “interested”: nobody to ask again.");
    case ContactKind::ShippingNotice:
        return tr("No courier order has a tracking number yet: add one on the Orders page.");
    case ContactKind::Handover:
        return tr("No confirmed pick-up order is waiting to be handed over.");
    }
    return {};
}

QString MessageText::placeholderMeaning(const QString &name)
{
    static const QHash<QString, const char *> meanings{
        {QStringLiteral("nickname"), QT_TR_NOOP("the buyer's nickname (their name when they have none)")},
        {QStringLiteral("name"), QT_TR_NOOP("the buyer's real name")},
        {QStringLiteral("items"), QT_TR_NOOP("the titles the buyer ordered, comma-separated")},
        {QStringLiteral("item_lines"), QT_TR_NOOP("one line per title with its copies")},
        {QStringLiteral("copies"), QT_TR_NOOP("how many copies the buyer ordered")},
        {QStringLiteral("amount"), QT_TR_NOOP("what the buyer still owes")},
        {QStringLiteral("amount_due"), QT_TR_NOOP("the buyer's whole amount due")},
        {QStringLiteral("paid"), QT_TR_NOOP("what the buyer has paid")},
        {QStringLiteral("tracking"), QT_TR_NOOP("the parcel's tracking number")},
        {QStringLiteral("round"), QT_TR_NOOP("the round's title")},
        {QStringLiteral("supplier"), QT_TR_NOOP("the publisher or supplier")},
        {QStringLiteral("account"), QT_TR_NOOP("the bank account to pay into")},
        {QStringLiteral("deadline"), QT_TR_NOOP("the payment due date")},
        {QStringLiteral("closes"), QT_TR_NOOP("the day applications close")},
        {QStringLiteral("delivery_date"), QT_TR_NOOP("the day the books arrive")},
        {QStringLiteral("meetup"), QT_TR_NOOP("the hand-over meetup's date and time")},
        {QStringLiteral("place"), QT_TR_NOOP("the meetup place")},
        {QStringLiteral("buyers"), QT_TR_NOOP("how many people have ordered")},
        {QStringLiteral("total_copies"), QT_TR_NOOP("how many copies the round has in all")},
    };
    const auto meaning = meanings.constFind(name);
    return meaning == meanings.cend() ? QString() : tr(*meaning);
}

QString MessageText::sentTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

Language MessageText::uiLanguage()
{
    return QLocale().language() == QLocale::Korean ? Language::Korean : Language::English;
}

} // namespace gonggu
