#include "ContactHistory.h"

#include "TemplateRenderer.h"
#include "domain/Errors.h"
#include "storage/RoundTaskRepository.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

namespace gonggu {

std::vector<qint64> ContactHistory::logSent(const std::vector<ComposedMessage> &messages, ContactChannel channel)
{
    for (const ComposedMessage &message : messages) {
        if (message.isCommunityPost())
            throw InputError(QStringLiteral("a community post goes to no one buyer, so it is not kept in the "
                                            "contact log"));
        if (message.hasErrors())
            throw InputError(TemplateRenderer::describeUnknown(message.unknownPlaceholders));
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    RoundTaskRepository tasks(m_workspace);
    Transaction transaction(m_workspace);
    std::vector<qint64> ids;
    ids.reserve(messages.size());
    for (const ComposedMessage &message : messages) {
        // An e-mail's subject is part of what the buyer read.
        const QString text = channel == ContactChannel::Email && !message.subject.isEmpty()
                                 ? message.subject + u'\n' + message.text
                                 : message.text;
        ids.push_back(tasks.logContact({0, message.orderId, channel, message.kind, now, text}));
    }
    transaction.commit();
    return ids;
}

std::vector<ContactLogEntry> ContactHistory::unlog(const std::vector<qint64> &ids)
{
    RoundTaskRepository tasks(m_workspace);
    Transaction transaction(m_workspace);
    std::vector<ContactLogEntry> removed;
    removed.reserve(ids.size());
    for (const qint64 id : ids) {
        std::optional<ContactLogEntry> entry = tasks.findContact(id);
        if (!entry)
            throw InputError(QStringLiteral("contact log entry %1 does not exist").arg(id));
        tasks.removeContact(id);
        removed.push_back(std::move(*entry));
    }
    transaction.commit();
    return removed;
}

void ContactHistory::restore(const std::vector<ContactLogEntry> &entries)
{
    RoundTaskRepository tasks(m_workspace);
    Transaction transaction(m_workspace);
    for (const ContactLogEntry &entry : entries)
        tasks.restoreContact(entry);
    transaction.commit();
}

std::map<OrderId, QDateTime> ContactHistory::lastContactTimes(const Round &round, ContactKind kind) const
{
    return RoundTaskRepository(m_workspace).lastContactTimes(round.id, kind);
}

std::map<OrderId, QDateTime> ContactHistory::alreadyContacted(const Round &round, ContactKind kind,
                                                              const std::vector<OrderId> &selection) const
{
    const std::map<OrderId, QDateTime> all = lastContactTimes(round, kind);
    std::map<OrderId, QDateTime> contacted;
    for (OrderId order : selection) {
        if (const auto it = all.find(order); it != all.end())
            contacted.insert(*it);
    }
    return contacted;
}

std::vector<ContactLogEntry> ContactHistory::history(OrderId orderId) const
{
    return RoundTaskRepository(m_workspace).contactLog(orderId);
}

} // namespace gonggu
