#pragma once

#include "domain/Language.h"
#include "domain/Round.h"
#include "services/ReminderPlanner.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QMenu;
class QPushButton;
class QTreeView;

namespace gonggu {

class EditCommand;
class EmptyTableHint;
class ReminderListModel;
class WorkspaceSession;

/** The round's reminders on the To Do page: due and overdue first, then upcoming, then done (which may be
 *  hidden), with Done / Not Done, Snooze, Add and Remove, each one undoable. */
class ReminderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReminderPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    /** Lists the round's reminders, texts in `language`; throws gonggu::Error when the workspace cannot be read. */
    void showRound(const Round &round, Language language);
    void clear();
    /** Reads the reminders again at the clock's time, keeping the selected one selected. */
    void reload();
    /** Sorts the listed reminders again at the clock's time (time passed), keeping the selected one selected. */
    void refreshTimes();

    ReminderListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QCheckBox *showDoneBox() const { return m_showDone; }
    QMenu *snoozeMenu() const { return m_snoozeMenu; }

    QAction *markDoneAction() const { return m_markDone; }       // Ctrl+D
    QAction *markNotDoneAction() const { return m_markNotDone; } // Ctrl+D on a done reminder
    QAction *snoozeHourAction() const { return m_snoozeHour; }
    QAction *snoozeTomorrowAction() const { return m_snoozeTomorrow; }
    QAction *snoozeThreeDaysAction() const { return m_snoozeThreeDays; }
    QAction *snoozeChosenAction() const { return m_snoozeChosen; }
    QAction *stopSnoozingAction() const { return m_stopSnoozing; }
    QAction *addReminderAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; } // Delete
    QAction *showUnpaidAction() const { return m_showUnpaid; }

    /** The selected reminder; nullopt when none. */
    std::optional<PlannedReminder> currentReminder() const;
    /** Selects the reminder with this key (ReminderListModel::keyOf) when it is listed. */
    bool selectReminder(const QString &key);

    void markCurrentDone(bool done);
    /** Snoozes the selected reminder until `until` (UTC). */
    void snoozeCurrent(const QDateTime &until);
    /** Asks until when, then snoozes the selected reminder. */
    void snoozeCurrentUntilChosen();
    void addReminder();
    void removeCurrent();

signals:
    /** The reminders were read again (the count of due ones may have changed). */
    void reloaded();
    /** The user asked to see who has not paid (from a payment reminder). */
    void unpaidListRequested();

private:
    void createActions();
    void updateActions();
    /** Runs the command, then selects the reminder now at the same place in the list, so that Done after Done
     *  works down the list. */
    void run(std::unique_ptr<EditCommand> command);
    void selectRow(int row);
    /** The key of the selected reminder, to select it again after the model changed; empty when none. */
    QString selectedKey() const;

    WorkspaceSession &m_session;
    std::optional<Round> m_round;
    ReminderListModel *m_model;
    QTreeView *m_view;
    EmptyTableHint *m_emptyHint = nullptr;
    QCheckBox *m_showDone = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QPushButton *m_snoozeButton = nullptr;

    QAction *m_markDone = nullptr;
    QAction *m_markNotDone = nullptr;
    QAction *m_snoozeHour = nullptr;
    QAction *m_snoozeTomorrow = nullptr;
    QAction *m_snoozeThreeDays = nullptr;
    QAction *m_snoozeChosen = nullptr;
    QAction *m_stopSnoozing = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_showUnpaid = nullptr;
};

} // namespace gonggu
