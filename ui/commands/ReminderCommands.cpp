#include "ReminderCommands.h"

#include "RecreatedIds.h"
#include "WorkspaceSession.h"
#include "domain/Clock.h"
#include "domain/Errors.h"
#include "models/ReminderTimes.h"
#include "storage/RoundTaskRepository.h"

namespace gonggu {
namespace {

/** Where the manual reminders that undo added back went. */
RecreatedIds &recreatedReminders(WorkspaceSession &session)
{
    return RecreatedIds::of(session, QStringLiteral("reminders"));
}

QString describeSnooze(const PlannedReminder &reminder, const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid())
        return SnoozeReminderCommand::tr("Stop snoozing “%1”").arg(quotedForMenu(reminder.text));
    return SnoozeReminderCommand::tr("Snooze “%1” until %2")
        .arg(quotedForMenu(reminder.text), ReminderTimes::format(until, now));
}

} // namespace

SetReminderDoneCommand::SetReminderDoneCommand(WorkspaceSession &session, PlannedReminder reminder, bool done)
    : EditCommand(session, done ? tr("Mark “%1” done").arg(quotedForMenu(reminder.text))
                                : tr("Mark “%1” not done").arg(quotedForMenu(reminder.text))),
      m_reminder(std::move(reminder)), m_done(done), m_id(m_reminder.reminder.id)
{
    setRound(m_reminder.reminder.roundId);
}

void SetReminderDoneCommand::apply()
{
    if (m_done == m_reminder.isDone())
        throw InputError(m_done ? tr("“%1” is already done.").arg(quotedForMenu(m_reminder.text))
                                : tr("“%1” is not done.").arg(quotedForMenu(m_reminder.text)));
    PlannedReminder target = m_reminder;
    target.reminder.id = recreatedReminders(session()).current(m_id);
    m_id = ReminderPlanner(session().workspace(), session().clock()).setDone(target, m_done);
}

void SetReminderDoneCommand::revert()
{
    RoundTaskRepository(session().workspace())
        .setReminderDone(recreatedReminders(session()).current(m_id), m_reminder.reminder.doneAt);
}

void SetReminderDoneCommand::announce()
{
    emit session().remindersChanged(m_reminder.reminder.roundId);
}

SnoozeReminderCommand::SnoozeReminderCommand(WorkspaceSession &session, PlannedReminder reminder, QDateTime until)
    : EditCommand(session, describeSnooze(reminder, until, session.clock().nowUtc())), m_reminder(std::move(reminder)),
      m_until(until.isValid() ? until.toUTC() : QDateTime()), m_id(m_reminder.reminder.id)
{
    setRound(m_reminder.reminder.roundId);
}

void SnoozeReminderCommand::apply()
{
    const QDateTime now = session().clock().nowUtc();
    if (m_reminder.isDone())
        throw InputError(tr("“%1” is done: there is nothing to snooze.").arg(quotedForMenu(m_reminder.text)));
    if (!m_checked && m_until.isValid() && m_until <= now)
        throw InputError(tr("Choose a time later than now to snooze until."));
    if (!m_until.isValid() && !m_reminder.isSnoozedAt(now))
        throw InputError(tr("“%1” is not snoozed.").arg(quotedForMenu(m_reminder.text)));
    PlannedReminder target = m_reminder;
    target.reminder.id = recreatedReminders(session()).current(m_id);
    m_id = ReminderPlanner(session().workspace(), session().clock()).snooze(target, m_until);
    m_checked = true;
}

void SnoozeReminderCommand::revert()
{
    RoundTaskRepository(session().workspace())
        .snoozeReminder(recreatedReminders(session()).current(m_id), m_reminder.reminder.snoozedUntil);
}

void SnoozeReminderCommand::announce()
{
    emit session().remindersChanged(m_reminder.reminder.roundId);
}

AddReminderCommand::AddReminderCommand(WorkspaceSession &session, Round round, QDateTime dueAt, const QString &note,
                                       std::optional<OrderId> order)
    : EditCommand(session, tr("Add reminder “%1”").arg(quotedForMenu(note))), m_round(std::move(round)),
      m_dueAt(std::move(dueAt)), m_note(note.trimmed()), m_order(order)
{
    setRound(m_round.id);
}

void AddReminderCommand::apply()
{
    if (m_note.isEmpty())
        throw InputError(tr("A reminder needs a text."));
    if (!m_dueAt.isValid())
        throw InputError(tr("A reminder needs a due time."));
    const qint64 id =
        ReminderPlanner(session().workspace(), session().clock()).addManual(m_round.id, m_dueAt, m_note, m_order);
    if (m_id != 0) // a redo
        recreatedReminders(session()).moved(m_id, id);
    m_id = id;
}

void AddReminderCommand::revert()
{
    ReminderPlanner(session().workspace(), session().clock())
        .removeManual(m_round, recreatedReminders(session()).current(m_id));
}

void AddReminderCommand::announce()
{
    emit session().remindersChanged(m_round.id);
}

RemoveReminderCommand::RemoveReminderCommand(WorkspaceSession &session, Round round, PlannedReminder reminder)
    : EditCommand(session, tr("Remove reminder “%1”").arg(quotedForMenu(reminder.text))), m_round(std::move(round)),
      m_reminder(std::move(reminder))
{
    setRound(m_round.id);
}

void RemoveReminderCommand::apply()
{
    if (m_reminder.generated || m_reminder.reminder.id == 0)
        throw InputError(tr("“%1” comes from the round's dates and cannot be removed: mark it done instead.")
                             .arg(quotedForMenu(m_reminder.text)));
    ReminderPlanner(session().workspace(), session().clock())
        .removeManual(m_round, recreatedReminders(session()).current(m_reminder.reminder.id));
}

void RemoveReminderCommand::revert()
{
    RecreatedIds &recreated = recreatedReminders(session());
    Reminder row = m_reminder.reminder;
    row.id = 0;
    const qint64 id = RoundTaskRepository(session().workspace()).addReminder(row);
    recreated.moved(recreated.current(m_reminder.reminder.id), id);
}

void RemoveReminderCommand::announce()
{
    emit session().remindersChanged(m_round.id);
}

} // namespace gonggu
