#pragma once

#include "domain/ChecklistItem.h"
#include "domain/ContactLogEntry.h"
#include "domain/Reminder.h"

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
    std::vector<ChecklistItem> checklist(RoundId roundId) const;

    qint64 addReminder(const Reminder &reminder);
    std::vector<Reminder> reminders(RoundId roundId) const; // by due time

    qint64 logContact(const ContactLogEntry &entry);
    std::vector<ContactLogEntry> contactLog(OrderId orderId) const; // oldest first

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
