#pragma once

#include "EditCommand.h"
#include "domain/Round.h"
#include "services/ReminderPlanner.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace gonggu {

// A reminder generated from the round's dates is stored the first time it is marked done or snoozed; undo
// then clears what was set and leaves the row, which without a done or snooze time means what no row means.
// Undoing the removal of a manual reminder adds it back under a new id; the commands further down the stack
// still name the old id and follow it to the new one.

/** Marks a reminder done, or open again; undo restores its done time as it was. */
class SetReminderDoneCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetReminderDoneCommand)

public:
    SetReminderDoneCommand(WorkspaceSession &session, PlannedReminder reminder, bool done);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    PlannedReminder m_reminder; // as it was before
    bool m_done;
    qint64 m_id; // 0 until a generated reminder is stored
};

/** Hides a reminder until a later time, or (a null time) shows a snoozed one again now; undo restores the
 *  snooze it had. */
class SnoozeReminderCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SnoozeReminderCommand)

public:
    SnoozeReminderCommand(WorkspaceSession &session, PlannedReminder reminder, QDateTime until);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    PlannedReminder m_reminder; // as it was before
    QDateTime m_until;          // UTC; null to end the snooze
    qint64 m_id;
    bool m_checked = false; // the time is checked once: a redo after it has passed is still the same edit
};

/** Adds a reminder the coordinator writes, for the round or about one order; undo deletes it. */
class AddReminderCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddReminderCommand)

public:
    AddReminderCommand(WorkspaceSession &session, Round round, QDateTime dueAt, const QString &note,
                       std::optional<OrderId> order = std::nullopt);

    /** The new reminder's id; valid once the command has been applied. */
    qint64 reminderId() const { return m_id; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    QDateTime m_dueAt;
    QString m_note;
    std::optional<OrderId> m_order;
    qint64 m_id = 0;
};

/** Deletes a manual reminder (one from the round's dates is refused: mark it done instead); undo adds it back
 *  with its time, text, order and done or snoozed state. */
class RemoveReminderCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveReminderCommand)

public:
    RemoveReminderCommand(WorkspaceSession &session, Round round, PlannedReminder reminder);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    PlannedReminder m_reminder;
};

} // namespace gonggu
