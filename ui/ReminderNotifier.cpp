#include "ReminderNotifier.h"

#include "RoundSummaries.h"
#include "TodoPage.h"
#include "WorkspaceSession.h"
#include "domain/Clock.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "models/ReminderListModel.h"
#include "services/ReminderPlanner.h"
#include "storage/RoundRepository.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace gonggu {

ReminderNotifier::ReminderNotifier(WorkspaceSession &session, ReminderBanner *banner, QObject *parent)
    : QObject(parent), m_session(session), m_banner(banner)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ReminderNotifier::checkNow);
    m_timer.start();
    // A reminder added for now, a snooze ended, a date moved to today: each may be due at once.
    const auto replanNow = [this](RoundId round) {
        forget(round);
        checkNow();
    };
    connect(&m_session, &WorkspaceSession::remindersChanged, this, replanNow);
    connect(&m_session, &WorkspaceSession::roundChanged, this, replanNow);
    connect(&m_session, &WorkspaceSession::roundsChanged, this, [this] {
        m_planned.clear();
        checkNow();
    });
    // Who still owes makes the payment reminders and their texts; that makes nothing due before the next look.
    connect(&m_session, &WorkspaceSession::paymentsChanged, this, &ReminderNotifier::forget);
    connect(&m_session, &WorkspaceSession::ordersChanged, this, &ReminderNotifier::forget);
    if (m_banner)
        connect(m_banner, &ReminderBanner::showRequested, this, &ReminderNotifier::showRequested);
}

bool ReminderNotifier::usesTray()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

std::vector<ReminderNotice> ReminderNotifier::checkNow()
{
    std::vector<ReminderNotice> fresh;
    try {
        const QDateTime now = m_session.clock().nowUtc();
        const ReminderPlanner planner(m_session.workspace(), m_session.clock(), TodoPage::textLanguage(),
                                      m_session.summaries().lookup());
        std::map<RoundId, PlannedRound> planned;
        for (Round &round : RoundRepository(m_session.workspace()).all()) {
            // Rounds are few and quick to read: one whose details changed unannounced is planned again too.
            auto known = m_planned.find(round.id);
            if (known == m_planned.end() || !(known->second.round == round))
                known = m_planned.insert_or_assign(round.id, PlannedRound{round, planner.allReminders(round)}).first;
            planned.insert(std::move(*known));
        }
        m_planned = std::move(planned); // rounds deleted meanwhile are forgotten
        for (const auto &[id, round] : m_planned) {
            for (const PlannedReminder &reminder : round.reminders) {
                if (!reminder.isDueAt(now) || reminder.isDone() || reminder.isSnoozedAt(now))
                    continue;
                // After a snooze the reminder is due anew, and told of again.
                const QString key = QStringLiteral("%1/%2/%3")
                                        .arg(QString::number(id), ReminderListModel::keyOf(reminder),
                                             toIsoUtc(reminder.reminder.snoozedUntil));
                if (m_told.contains(key))
                    continue;
                m_told.insert(key);
                fresh.push_back({id, round.round.title, reminder.text});
            }
        }
    } catch (const Error &error) {
        // Looked for every minute: say it once rather than every minute.
        if (!m_errorReported)
            m_session.reportError(error.message());
        m_errorReported = true;
        return {};
    }
    m_errorReported = false;
    notify(fresh);
    return fresh;
}

void ReminderNotifier::forget(RoundId round)
{
    m_planned.erase(round);
}

void ReminderNotifier::notify(const std::vector<ReminderNotice> &notices)
{
    if (notices.empty())
        return;
    if (!usesTray()) {
        if (m_banner)
            m_banner->addNotices(notices);
        return;
    }
    if (!m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QIcon(QStringLiteral(":/icons/gonggu.svg"));
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QCoreApplication::applicationName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastRound != 0)
                emit showRequested(m_lastRound);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (m_lastRound != 0)
                emit showRequested(m_lastRound);
        });
    }
    m_tray->show();
    m_lastRound = notices.front().round;
    const QString title = notices.size() == 1 ? notices.front().roundTitle : tr("Gonggu reminders");
    m_tray->showMessage(title, ReminderBanner::summary(notices), QSystemTrayIcon::Information);
}

} // namespace gonggu
