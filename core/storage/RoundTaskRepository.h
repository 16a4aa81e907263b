#pragma once

#include "domain/ChecklistItem.h"
#include "domain/ContactLogEntry.h"
#include "domain/Reminder.h"

#include <map>
#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** The round's follow-up records: checklist items, reminders and the contact log. */
class RoundTaskRepository
{
public:
    explicit RoundTaskRepository(const Workspace &workspace) : m_workspace(workspace) {}

    qint64 addChecklistItem(const ChecklistItem &item);
    void setChecklistItemDone(qint64 id, bool done);
    void setChecklistItemText(qint64 id, const QString &text);
    void removeChecklistItem(qint64 id);
    std::vector<ChecklistItem> checklist(RoundId roundId) const;

    qint64 addReminder(const Reminder &reminder);
    std::vector<Reminder> reminders(RoundId roundId) const; // by due time
    /** Marks a reminder done at `doneAt`, or open again when `doneAt` is null. InputError for an unknown id. */
    void setReminderDone(qint64 id, const QDateTime &doneAt);
    /** Hides a reminder until `until` (UTC); a null time ends the snooze. InputError for an unknown id. */
    void snoozeReminder(qint64 id, const QDateTime &until);
    void removeReminder(qint64 id);

    qint64 logContact(const ContactLogEntry &entry);
    std::optional<ContactLogEntry> findContact(qint64 id) const;
    /** Takes an entry out of the log (a message marked sent by mistake). InputError for an unknown id. */
    void removeContact(qint64 id);
    /** Puts an entry taken out by removeContact() back under its id and time. InputError when the id is taken
     *  or its order is gone. */
    void restoreContact(const ContactLogEntry &entry);
    std::vector<ContactLogEntry> contactLog(OrderId orderId) const; // oldest first
    /** The latest time each order of the round was contacted for this kind; orders never contacted are absent. */
    std::map<OrderId, QDateTime> lastContactTimes(RoundId roundId, ContactKind kind) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
