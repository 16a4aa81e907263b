#include "ReminderNotifier.h"
#include "MainWindowFixture.h"
#include "OrdersPage.h"
#include "PageTest.h"
#include "PeoplePage.h"
#include "ReminderBanner.h"
#include "ReminderPanel.h"
#include "RoundPane.h"
#include "SettlementPage.h"
#include "TodoPage.h"
#include "WorkspaceSession.h"
#include "commands/ReminderCommands.h"
#include "models/ReminderListModel.h"
#include "services/ReminderPlanner.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimeZone>
#include <QTreeView>

namespace gonggu::test {
namespace {

QDateTime seoul(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

QStringList texts(const std::vector<ReminderNotice> &notices)
{
    QStringList texts;
    for (const ReminderNotice &notice : notices)
        texts << notice.text;
    return texts;
}

/** The notifier over the demo workspace, its banner standing alone (offscreen there is no system tray). At the
 *  fixture's clock, 2026-11-10 21:00 in Korea, three reminders are due; the coordinator's reminder of the 12th
 *  (18:00) and the delivery day and the day before the meetup (the 13th, 09:00) are still to come. */
class ReminderNotifierTest : public PageTest
{
protected:
    void SetUp() override
    {
        PageTest::SetUp();
        m_round = populateDemo();
        m_notifier = std::make_unique<ReminderNotifier>(session(), &m_banner);
    }
    void TearDown() override
    {
        m_notifier.reset();
        PageTest::TearDown();
    }
    PlannedReminder planned(const QString &kind)
    {
        return ReminderPlanner(sessionWorkspace(), m_clock).find(m_round, kind);
    }

    Round m_round;
    ReminderBanner m_banner;
    std::unique_ptr<ReminderNotifier> m_notifier;
};

TEST_F(ReminderNotifierTest, ShowsTheBannerWithoutATray)
{
    ASSERT_FALSE(ReminderNotifier::usesTray()) << "offscreen has no system tray";
    EXPECT_TRUE(m_banner.isHidden());
    const std::vector<ReminderNotice> first = m_notifier->checkNow();
    EXPECT_EQ(first.size(), 3u) << "what is due when the app starts";
    EXPECT_FALSE(m_banner.isHidden());
    EXPECT_TRUE(m_banner.text().startsWith(QStringLiteral("3 reminders are due: Payment due D-1")))
        << m_banner.text().toStdString();

    m_banner.dismissButton()->click();
    EXPECT_TRUE(m_banner.isHidden());
    EXPECT_TRUE(m_notifier->checkNow().empty()) << "told once";
    EXPECT_TRUE(m_banner.isHidden());
}

TEST_F(ReminderNotifierTest, TellsOnceOfAReminderThatComesDueWhenTheClockPassesIt)
{
    m_notifier->checkNow();
    m_banner.dismiss();

    m_clock.set(seoul(12, 17, 59));
    EXPECT_TRUE(m_notifier->checkNow().empty());
    EXPECT_TRUE(m_banner.isHidden());

    m_clock.set(seoul(12, 18, 1));
    const std::vector<ReminderNotice> due = m_notifier->checkNow();
    EXPECT_EQ(texts(due), QStringList{QStringLiteral("모임 장소 예약 확인 전화")});
    ASSERT_FALSE(m_banner.isHidden());
    EXPECT_EQ(m_banner.text(), QStringLiteral("Reminder: 모임 장소 예약 확인 전화 (『실전 리팩터링』 공동구매)"));

    m_clock.set(seoul(12, 18, 30));
    EXPECT_TRUE(m_notifier->checkNow().empty()) << "not again for the same reminder";
    EXPECT_EQ(m_banner.notices().size(), 1u);
}

TEST_F(ReminderNotifierTest, NeverTellsOfADoneReminderAndTellsOfASnoozedOneWhenItsSnoozeEnds)
{
    m_notifier->checkNow();
    m_banner.dismiss();
    ASSERT_TRUE(session().execute(
        std::make_unique<SetReminderDoneCommand>(session(), planned(QStringLiteral("delivery_day")), true)));
    ASSERT_TRUE(session().execute(
        std::make_unique<SnoozeReminderCommand>(session(), planned(QStringLiteral("meetup_d1")), seoul(13, 12))));

    m_clock.set(seoul(13, 10));
    QStringList told = texts(m_notifier->checkNow());
    EXPECT_EQ(told, QStringList{QStringLiteral("모임 장소 예약 확인 전화")}) << told.join(u'|').toStdString();

    m_clock.set(seoul(13, 12, 1));
    told = texts(m_notifier->checkNow());
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().startsWith(QStringLiteral("Meetup D-1"))) << told.first().toStdString();
    EXPECT_TRUE(m_notifier->checkNow().empty());
}

TEST_F(ReminderNotifierTest, LooksAgainWhenRemindersChange)
{
    m_notifier->checkNow();
    m_banner.dismiss();
    // A reminder added for a time already past is due at once.
    session().execute(
        std::make_unique<AddReminderCommand>(session(), m_round, seoul(10, 20), QStringLiteral("영수증 사진 올리기")));
    ASSERT_FALSE(m_banner.isHidden());
    EXPECT_EQ(texts(m_banner.notices()), QStringList{QStringLiteral("영수증 사진 올리기")});

    // Opened again by undo, a reminder already told of is not told of again.
    m_banner.dismiss();
    session().execute(
        std::make_unique<SetReminderDoneCommand>(session(), planned(QStringLiteral("payment_due_d1")), true));
    session().undoStack()->undo();
    EXPECT_TRUE(m_banner.isHidden()) << "opened again by undo, not newly due";
}

TEST_F(ReminderNotifierTest, ARoundDateMovedIntoThePastIsToldOfAtOnce)
{
    m_notifier->checkNow();
    m_banner.dismiss();
    // The books came early, on the 10th: its 09:00 reminder is due already.
    Round edited = m_round;
    edited.deliveryOn = QDate(2026, 11, 10);
    edited.rowVersion = RoundRepository(sessionWorkspace()).update(edited);
    emit session().roundChanged(m_round.id);
    ASSERT_EQ(m_banner.notices().size(), 1u);
    EXPECT_TRUE(m_banner.notices().front().text.startsWith(QStringLiteral("Books arrive (2026-11-10)")));

    // Changed without a word from the session (another program), the round is read afresh at the next look.
    m_banner.dismiss();
    edited.meetupAt = seoul(11, 14);
    edited.rowVersion = RoundRepository(sessionWorkspace()).update(edited);
    const QStringList told = texts(m_notifier->checkNow());
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().startsWith(QStringLiteral("Meetup D-1 (2026-11-11 14:00"))) << told.first().toStdString();
}

TEST_F(ReminderNotifierTest, ShowAsksForTheRoundOfTheFirstReminder)
{
    QSignalSpy asked(m_notifier.get(), &ReminderNotifier::showRequested);
    m_notifier->checkNow();
    m_banner.showButton()->click();
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(asked.at(0).at(0).value<RoundId>(), m_round.id);
    EXPECT_TRUE(m_banner.isHidden());
}

class ReminderWindowTest : public MainWindowFixture
{
};

TEST_F(ReminderWindowTest, TheWindowShowsTheBannerAndItsShowButtonOpensTheToDoTab)
{
    const auto window = windowOn(makeWorkspace(QStringLiteral("demo.gonggu"), true));
    auto *tabs = child<QTabWidget>(*window, QStringLiteral("roundTabs"));
    TodoPage *todo = window->roundPane()->todoPage();
    const int todoTab = tabs->indexOf(todo);
    EXPECT_EQ(tabs->tabText(todoTab), QStringLiteral("To Do (5)"));
    EXPECT_GT(todoTab, tabs->indexOf(window->roundPane()->settlementPage())) << "after Settlement";
    EXPECT_LT(todoTab, tabs->indexOf(window->roundPane()->pages().people)) << "before People";

    ReminderBanner *banner = window->reminderBanner();
    EXPECT_TRUE(banner->isHidden()) << "the first look waits for the window to show";
    QCoreApplication::processEvents();
    ASSERT_FALSE(banner->isHidden());
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("3 reminders are due"))) << banner->text().toStdString();

    tabs->setCurrentIndex(0);
    banner->showButton()->click();
    EXPECT_EQ(tabs->currentWidget(), todo);
    EXPECT_TRUE(banner->isHidden());

    // A payment reminder's Unpaid Buyers opens the orders with only those who owe.
    QTreeView *view = todo->reminders()->view();
    view->setCurrentIndex(todo->reminders()->model()->index(0, 0));
    todo->reminders()->showUnpaidAction()->trigger();
    EXPECT_EQ(tabs->currentWidget(), window->roundPane()->pages().orders);
    EXPECT_TRUE(window->roundPane()->pages().orders->unpaidOnlyAction()->isChecked());
}

} // namespace
} // namespace gonggu::test
