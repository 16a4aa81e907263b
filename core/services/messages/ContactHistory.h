#pragma once

#include "ComposedMessage.h"
#include "domain/ContactLogEntry.h"
#include "domain/Round.h"

#include <map>
#include <vector>

namespace gonggu {

class Workspace;

/** The messages that went to buyers: recording them, and who already got a kind (so that a bulk send can
 *  skip or flag them). */
class ContactHistory
{
public:
    explicit ContactHistory(Workspace &workspace) : m_workspace(workspace) {}

    /** Records messages as sent now over `channel`, all or none; returns the new entries' ids in the order of
     *  `messages`. InputError, nothing recorded, when one is a community post (the log is per order) or has
     *  unknown placeholders (it must not have gone out). */
    std::vector<qint64> logSent(const std::vector<ComposedMessage> &messages, ContactChannel channel);
    /** Takes logged entries out again (a send marked by mistake, an undo), all or none; returns them as they
     *  were, for restore(). InputError, nothing removed, when an id is not in the log. */
    std::vector<ContactLogEntry> unlog(const std::vector<qint64> &ids);
    /** Puts entries that unlog() took out back, ids and times as they were (a redo), all or none. InputError,
     *  nothing restored, when an id is taken or an order is gone. */
    void restore(const std::vector<ContactLogEntry> &entries);
    /** The latest time each order of the round was sent this kind; orders never sent it are absent. */
    std::map<OrderId, QDateTime> lastContactTimes(const Round &round, ContactKind kind) const;
    /** The orders of `selection` already sent this kind, with the latest time. */
    std::map<OrderId, QDateTime> alreadyContacted(const Round &round, ContactKind kind,
                                                  const std::vector<OrderId> &selection) const;
    /** Everything sent to one order, oldest first. */
    std::vector<ContactLogEntry> history(OrderId orderId) const;

private:
    Workspace &m_workspace;
};

} // namespace gonggu
