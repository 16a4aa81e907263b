#pragma once

#include "domain/Language.h"
#include "domain/Reminder.h"
#include "domain/Round.h"
#include "services/RoundLedger.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** A reminder as the coordinator sees it: stored (manual) or worked out from the round's dates. */
struct PlannedReminder
{
    Reminder reminder;      // id 0 while a generated reminder has never been marked done or snoozed
    bool generated = false; // from the round's dates; reminder.kind is then its key ("payment_due_d1")
    QString text;           // what to do, in the planner's language (a manual reminder's note)

    bool isDone() const { return reminder.doneAt.isValid(); }
    bool isSnoozedAt(const QDateTime &now) const
    {
        return reminder.snoozedUntil.isValid() && reminder.snoozedUntil > now;
    }
    bool isDueAt(const QDateTime &now) const { return reminder.dueAt <= now; }
    /** Due on an earlier day (in Korea) than `now`. */
    bool isOverdueAt(const QDateTime &now) const;
};

/** Works out a round's reminders. Those that follow from its dates (closing and payment D-1 and D-day,
 *  the order day, the delivery day, the day before the meetup) are generated on every call and never
 *  stored up front, so moving a date moves its reminders. Only when the coordinator marks one done or
 *  snoozes it is it written to the reminder table, under its key as kind and its due time: reading
 *  reminders never writes, and a stored row whose date has since moved no longer matches and is ignored.
 *  Manual reminders are ordinary stored rows with any other kind. Times of day are 09:00 in Korea. */
class ReminderPlanner
{
public:
    /** `summaries` gives the round's summary (who still owes) when the caller holds one already. */
    ReminderPlanner(const Workspace &workspace, const Clock &clock, Language language = Language::Korean,
                    RoundSummaryLookup summaries = {})
        : m_workspace(workspace), m_clock(clock), m_language(language), m_summaries(std::move(summaries))
    {
    }

    /** The keys of generated reminders, in the order of the round's life. */
    static QStringList generatedKinds();
    static bool isGeneratedKind(const QString &kind);

    /** Every reminder, done and future ones included, by due time. */
    std::vector<PlannedReminder> allReminders(const Round &round) const;
    /** Due or overdue at `now`, not done, not snoozed past `now`: oldest first. */
    std::vector<PlannedReminder> dueReminders(const Round &round, const QDateTime &now) const;
    std::vector<PlannedReminder> dueReminders(const Round &round) const;

    /** A reminder named by its stored id or by a generated key ("payment_due_d1"); InputError when the round
     *  has no such reminder now. */
    PlannedReminder find(const Round &round, const QString &reference) const;

    /** Marks done (at the clock's time) or open again; stores a generated reminder first. Returns its id. */
    qint64 setDone(const PlannedReminder &reminder, bool done);
    /** Hides the reminder until `until` (UTC), or shows it again for a null time. Returns its id. */
    qint64 snooze(const PlannedReminder &reminder, const QDateTime &until);

    /** A reminder the coordinator writes themself. Returns its id. */
    qint64 addManual(RoundId roundId, const QDateTime &dueAt, const QString &note,
                     std::optional<OrderId> orderId = std::nullopt);
    /** Deletes a manual reminder of the round; a generated one cannot be deleted (mark it done). */
    void removeManual(const Round &round, qint64 id);

private:
    std::vector<PlannedReminder> generated(const Round &round) const;
    QString manualText(const Reminder &reminder) const;
    qint64 store(const PlannedReminder &reminder);

    const Workspace &m_workspace;
    const Clock &m_clock;
    Language m_language;
    RoundSummaryLookup m_summaries;
};

} // namespace gonggu
