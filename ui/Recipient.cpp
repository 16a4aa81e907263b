#include "Recipient.h"

#include "services/messages/ContactHistory.h"
#include "services/messages/MessageAudience.h"
#include "storage/LedgerQueries.h"
#include "storage/PersonRepository.h"

#include <unordered_map>

namespace gonggu {

QString Recipient::label() const
{
    if (nickname.isEmpty() || nickname == name)
        return name;
    return QStringLiteral("%1 (%2)").arg(nickname, name);
}

std::vector<Recipient> addresseesOf(Workspace &workspace, const Clock &clock, const Round &round, ContactKind kind)
{
    if (MessageAudience::addressesCommunity(kind))
        return {};
    const std::vector<OrderId> orders = MessageAudience(workspace, clock).defaultAddressees(round, kind);
    // One read of each table rather than one per buyer: a round may have 100,000.
    std::unordered_map<OrderId, BuyerLedgerRow> buyers;
    for (BuyerLedgerRow &row : LedgerQueries(workspace).buyerRows(round.id))
        buyers.emplace(row.orderId, std::move(row));
    std::unordered_map<PersonId, QString> emails;
    for (const Person &person : PersonRepository(workspace).all())
        emails.emplace(person.id, person.email.trimmed());
    const std::map<OrderId, QDateTime> sent = ContactHistory(workspace).lastContactTimes(round, kind);

    std::vector<Recipient> recipients;
    recipients.reserve(orders.size());
    for (const OrderId order : orders) {
        const auto buyer = buyers.find(order);
        if (buyer == buyers.end())
            continue;
        const BuyerLedgerRow &row = buyer->second;
        Recipient recipient;
        recipient.orderId = order;
        recipient.personId = row.personId;
        recipient.nickname = row.nickname;
        recipient.name = row.displayName;
        recipient.phone = row.phone.trimmed();
        if (const auto email = emails.find(row.personId); email != emails.end())
            recipient.email = email->second;
        if (const auto time = sent.find(order); time != sent.end())
            recipient.lastSentAt = time->second;
        recipients.push_back(std::move(recipient));
    }
    return recipients;
}

} // namespace gonggu
