#pragma once

#include "ReminderBanner.h"
#include "domain/Round.h"
#include "services/ReminderPlanner.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <map>
#include <vector>

class QSystemTrayIcon;

namespace gonggu {

class WorkspaceSession;

/** Tells the coordinator, while the app runs, when a reminder of any round of the workspace comes due: once
 *  per reminder (again only after a snooze ends), never for a done or snoozed one. It looks every minute and
 *  whenever reminders or a round change; it tells through the system tray where there is one, otherwise
 *  through the window's banner. A round's reminders are worked out again only when the session says they may
 *  have changed (working them out means working out who still owes, in rounds of up to 100,000 buyers). */
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes interval{1};

    /** `banner` tells of reminders where no system tray is available; the window owns it. */
    ReminderNotifier(WorkspaceSession &session, ReminderBanner *banner, QObject *parent = nullptr);

    /** Looks for reminders that have come due since the last look and tells of them; returns them. */
    std::vector<ReminderNotice> checkNow();
    /** Whether notices go to the system tray (else to the banner). */
    static bool usesTray();

signals:
    /** The user clicked a notice: open this round's To Do tab. */
    void showRequested(gonggu::RoundId round);

private:
    /** A round as last read, with its reminders as they were worked out then. */
    struct PlannedRound
    {
        Round round;
        std::vector<PlannedReminder> reminders;
    };

    void forget(RoundId round);
    void notify(const std::vector<ReminderNotice> &notices);

    WorkspaceSession &m_session;
    QPointer<ReminderBanner> m_banner; // the window's; gone before the notifier when the window closes
    QTimer m_timer;
    QSet<QString> m_told; // round, reminder key and snooze end of each reminder told of
    std::map<RoundId, PlannedRound> m_planned;
    QSystemTrayIcon *m_tray = nullptr;
    RoundId m_lastRound = 0; // the round of the last tray message, for a click on it
    bool m_errorReported = false;
};

} // namespace gonggu
