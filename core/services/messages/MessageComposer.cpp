#include "MessageComposer.h"

#include "ContactHistory.h"
#include "MessageAudience.h"
#include "RoundTemplates.h"
#include "domain/Errors.h"
#include "services/RoundLedger.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"

#include <QLocale>

#include <map>

namespace gonggu {

/** Everything about a round that its messages draw on, read once per batch. */
struct MessageComposer::RoundData
{
    Round round;
    std::vector<Item> items;
    std::map<OrderId, BuyerBalance> balances;
    std::map<OrderId, QString> trackingNumbers;
    std::map<ItemId, int> roundCopies; // non-cancelled orders
    int buyers = 0;
    int copies = 0;
};

namespace {

QLocale localeFor(Language language)
{
    return language == Language::Korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString itemLine(const QString &name, int copies, Language language)
{
    return language == Language::Korean ? QStringLiteral("· %1 %2권").arg(name).arg(copies)
                                        : QStringLiteral("· %1 × %2").arg(name).arg(copies);
}

QString number(int value, Language language)
{
    return localeFor(language).toString(value);
}

} // namespace

QString MessageComposer::formatDate(const QDate &date, Language language)
{
    if (!date.isValid())
        return {};
    return language == Language::Korean ? localeFor(language).toString(date, QStringLiteral("M월 d일(ddd)"))
                                        : localeFor(language).toString(date, QStringLiteral("ddd, MMM d"));
}

QString MessageComposer::formatTime(const QDateTime &utc, Language language)
{
    if (!utc.isValid())
        return {};
    // Buyers read the time of a Korean meetup in Korean time (UTC+9, no daylight saving), whatever zone the
    // coordinator's machine is set to.
    const QDateTime local = utc.toOffsetFromUtc(9 * 3600);
    return language == Language::Korean ? localeFor(language).toString(local, QStringLiteral("M월 d일(ddd) AP h:mm"))
                                        : localeFor(language).toString(local, QStringLiteral("ddd, MMM d, h:mm AP"));
}

MessageComposer::RoundData MessageComposer::load(const Round &round) const
{
    RoundData data;
    data.round = round;
    data.items = ItemRepository(m_workspace).forRound(round.id);
    for (BuyerBalance &balance : RoundLedger(m_workspace).balances(round)) {
        if (countsAsBuyer(balance.order.status)) {
            ++data.buyers;
            data.copies += balance.order.copies;
            for (const OrderLine &line : balance.lines)
                data.roundCopies[line.itemId] += line.quantity;
        }
        const OrderId id = balance.order.orderId;
        data.balances.emplace(id, std::move(balance));
    }
    for (const Order &order : OrderRepository(m_workspace).forRound(round.id)) {
        if (!order.trackingNumber.trimmed().isEmpty())
            data.trackingNumbers.emplace(order.id, order.trackingNumber.trimmed());
    }
    return data;
}

PlaceholderValues MessageComposer::values(const Round &round, OrderId order, Language language) const
{
    const RoundData data = load(round);
    if (order != 0 && !data.balances.contains(order))
        throw InputError(QStringLiteral("order %1 is not in round %2").arg(order).arg(round.id));
    return valuesFor(data, order, language);
}

PlaceholderValues MessageComposer::valuesFor(const RoundData &data, OrderId order, Language language)
{
    const bool korean = language == Language::Korean;
    const Round &round = data.round;
    PlaceholderValues values{
        {QStringLiteral("round"), round.title},
        {QStringLiteral("supplier"), round.supplier},
        {QStringLiteral("account"), round.bankAccount.trimmed()},
        {QStringLiteral("deadline"), formatDate(round.paymentDue, language)},
        {QStringLiteral("closes"), formatDate(round.closesOn, language)},
        {QStringLiteral("delivery_date"), formatDate(round.deliveryOn, language)},
        {QStringLiteral("meetup"), formatTime(round.meetupAt, language)},
        {QStringLiteral("place"), round.meetupPlace.trimmed()},
        {QStringLiteral("buyers"), number(data.buyers, language)},
        {QStringLiteral("total_copies"), number(data.copies, language)},
    };

    QStringList itemNames;
    QStringList itemLines;
    if (order == 0) {
        for (const Item &item : data.items) {
            itemNames << item.name;
            const auto copies = data.roundCopies.find(item.id);
            itemLines << itemLine(item.name, copies == data.roundCopies.end() ? 0 : copies->second, language);
        }
    } else {
        const BuyerBalance &balance = data.balances.at(order);
        const BuyerLedgerRow &row = balance.order;
        for (const Item &item : data.items) {
            const int copies = balance.copiesOf(item.id);
            if (copies > 0) {
                itemNames << item.name;
                itemLines << itemLine(item.name, copies, language);
            }
        }
        values.insert(QStringLiteral("nickname"), row.nickname.isEmpty() ? row.displayName : row.nickname);
        values.insert(QStringLiteral("name"), row.realName.isEmpty() ? row.displayName : row.realName);
        values.insert(QStringLiteral("copies"), number(row.copies, language));
        values.insert(QStringLiteral("amount"), balance.money.owed().format(korean));
        values.insert(QStringLiteral("amount_due"), balance.money.due.format(korean));
        values.insert(QStringLiteral("paid"), balance.money.paid.format(korean));
        if (const auto tracking = data.trackingNumbers.find(order); tracking != data.trackingNumbers.end())
            values.insert(QStringLiteral("tracking"), tracking->second);
    }
    values.insert(QStringLiteral("items"), itemNames.join(QStringLiteral(", ")));
    values.insert(QStringLiteral("item_lines"), itemLines.join(u'\n'));
    return values;
}

ComposedMessage MessageComposer::compose(const RoundData &data, const MessageTemplate &messageTemplate, OrderId order,
                                         Language language)
{
    const PlaceholderValues values = valuesFor(data, order, language);
    ComposedMessage message;
    message.kind = messageTemplate.kind;
    message.language = language;
    if (order != 0) {
        const BuyerLedgerRow &row = data.balances.at(order).order;
        message.orderId = order;
        message.personId = row.personId;
        message.nickname = row.nickname;
        message.name = row.displayName;
    }
    const RenderedText subject = TemplateRenderer::render(messageTemplate.subject, values);
    const RenderedText body = TemplateRenderer::render(messageTemplate.body, values);
    message.subject = subject.text;
    message.text = body.text;
    message.unknownPlaceholders = subject.unknownPlaceholders;
    for (const QString &name : body.unknownPlaceholders) {
        if (!message.unknownPlaceholders.contains(name))
            message.unknownPlaceholders << name;
    }
    // Only the body's gaps are reported: the subject is used by e-mail alone, and names the round.
    message.missingPlaceholders = body.missingPlaceholders;
    message.length = SmsLength::of(message.text);
    return message;
}

std::vector<ComposedMessage> MessageComposer::composeFor(const Round &round, const std::vector<OrderId> &orders,
                                                         ContactKind kind, Language language) const
{
    return composeFor(round, orders, RoundTemplates(m_workspace).effective(round, kind, language));
}

std::vector<ComposedMessage> MessageComposer::composeFor(const Round &round, const std::vector<OrderId> &orders,
                                                         const MessageTemplate &wording) const
{
    const RoundData data = load(round);
    for (OrderId order : orders) {
        if (!data.balances.contains(order))
            throw InputError(QStringLiteral("order %1 is not in round %2").arg(order).arg(round.id));
    }
    const std::map<OrderId, QDateTime> contacted = ContactHistory(m_workspace).lastContactTimes(round, wording.kind);
    std::vector<ComposedMessage> messages;
    messages.reserve(orders.size());
    for (OrderId order : orders) {
        ComposedMessage message = compose(data, wording, order, wording.language);
        if (const auto it = contacted.find(order); it != contacted.end())
            message.lastContactedAt = it->second;
        messages.push_back(std::move(message));
    }
    return messages;
}

std::vector<ComposedMessage> MessageComposer::composeForAddressees(const Round &round, ContactKind kind,
                                                                   Language language) const
{
    if (MessageAudience::addressesCommunity(kind))
        return {composeCommunityPost(round, kind, language)};
    return composeFor(round, MessageAudience(m_workspace, m_clock).defaultAddressees(round, kind), kind, language);
}

ComposedMessage MessageComposer::composeCommunityPost(const Round &round, ContactKind kind, Language language) const
{
    return compose(load(round), RoundTemplates(m_workspace).effective(round, kind, language), 0, language);
}

} // namespace gonggu
