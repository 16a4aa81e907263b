#include "models/ReminderListModel.h"
#include "DemoModelTest.h"
#include "domain/DateText.h"
#include "models/ReminderTimes.h"
#include "storage/OrderRepository.h"
#include "storage/RoundTaskRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

namespace gonggu::test {
namespace {

using Section = ReminderListModel::Section;
using Column = ReminderListModel::Column;

QDateTime seoul(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

/** The demo round seen at the fixture's clock, 2026-11-10 21:00 in Korea: the payment reminders of the 5th
 *  and 6th (two buyers still owe) and the coordinator's own of the 9th are overdue; the reminder of the 12th,
 *  the delivery day and the day before the meetup (both the 13th) are still to come. */
class ReminderListModelTest : public DemoModelTest
{
protected:
    void SetUp() override
    {
        DemoModelTest::SetUp();
        m_round = populateDemo();
    }

    QString cell(const ReminderListModel &model, int row, Column column) const
    {
        return model.data(model.index(row, int(column))).toString();
    }
    QStringList kinds(const ReminderListModel &model) const
    {
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds << model.reminderAt(row).reminder.kind;
        return kinds;
    }

    Round m_round;
};

TEST_F(ReminderListModelTest, ListsDueOnesFirstOldestFirstThenUpcomingByTime)
{
    ReminderListModel model(workspace(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(m_round, Language::English);

    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(kinds(model),
              (QStringList{QStringLiteral("payment_due_d1"), QStringLiteral("payment_due_d0"), QStringLiteral("manual"),
                           QStringLiteral("manual"), QStringLiteral("delivery_day"), QStringLiteral("meetup_d1")}));
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(model.sectionAt(row), Section::Due) << row;
    for (int row = 3; row < 6; ++row)
        EXPECT_EQ(model.sectionAt(row), Section::Upcoming) << row;
    EXPECT_EQ(model.dueCount(), 3);
    EXPECT_EQ(model.doneCount(), 0);
    EXPECT_EQ(model.reminderAt(2).text, QStringLiteral("출판사에 세금계산서 발행 여부 다시 묻기"));
    EXPECT_EQ(model.reminderAt(3).text, QStringLiteral("모임 장소 예약 확인 전화"));
}

TEST_F(ReminderListModelTest, SaysHowLateOrHowSoonInDaysInKorea)
{
    ReminderListModel model(workspace(), m_clock);
    model.showRound(m_round, Language::English);

    EXPECT_EQ(cell(model, 0, Column::State), QStringLiteral("5 days overdue"));
    EXPECT_EQ(cell(model, 1, Column::State), QStringLiteral("4 days overdue"));
    EXPECT_EQ(cell(model, 2, Column::State), QStringLiteral("1 day overdue"));
    EXPECT_EQ(cell(model, 3, Column::State), QStringLiteral("In 2 days"));
    EXPECT_EQ(cell(model, 4, Column::State), QStringLiteral("In 3 days"));
    EXPECT_TRUE(model.data(model.index(0, 0), ReminderListModel::OverdueRole).toBool());
    EXPECT_FALSE(model.data(model.index(3, 0), ReminderListModel::OverdueRole).toBool());
    EXPECT_EQ(cell(model, 0, Column::Due), QStringLiteral("Thu 5 Nov 09:00"));
    EXPECT_EQ(cell(model, 0, Column::Text), QStringLiteral("Payment due D-1 (2026-11-06): 2 buyers still owe ₩75,600"));

    // 08:00 in Korea on the 5th is 23:00 UTC on the 4th: the reminder of 09:00 is later that day, not tomorrow.
    m_clock.set(seoul(5, 8));
    model.reload();
    EXPECT_EQ(model.dueCount(), 0);
    EXPECT_EQ(model.rowOf(QStringLiteral("payment_due_d1@") + toIsoUtc(seoul(5, 9))), 0);
    EXPECT_EQ(cell(model, 0, Column::State), QStringLiteral("Later today"));
    EXPECT_EQ(cell(model, 1, Column::State), QStringLiteral("Tomorrow"));
    m_clock.set(seoul(5, 10));
    model.reload();
    EXPECT_EQ(model.sectionAt(0), Section::Due);
    EXPECT_EQ(cell(model, 0, Column::State), QStringLiteral("Due today"));
    EXPECT_FALSE(model.data(model.index(0, 0), ReminderListModel::OverdueRole).toBool());
}

TEST_F(ReminderListModelTest, WritesTimesInKoreanWhenTheUserReadsKorean)
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    ReminderListModel model(workspace(), m_clock);
    model.showRound(m_round, Language::Korean);

    EXPECT_EQ(cell(model, 0, Column::Due), QStringLiteral("11월 5일 (목) 09:00"));
    EXPECT_EQ(cell(model, 0, Column::Text), QStringLiteral("입금 마감 D-1 (11월 6일): 미입금 2명, 75,600원"));
    EXPECT_EQ(ReminderTimes::format(seoul(5, 9), seoul(5, 9).addYears(1)),
              QStringLiteral("2026년 11월 5일 (목) 09:00"));
}

TEST_F(ReminderListModelTest, DoneOnesGoLastAndCanBeHidden)
{
    ReminderPlanner planner(workspace(), m_clock);
    planner.setDone(planner.find(m_round, QStringLiteral("payment_due_d1")), true);
    ReminderListModel model(workspace(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(m_round, Language::English);

    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.reminderAt(5).reminder.kind, QStringLiteral("payment_due_d1"));
    EXPECT_EQ(model.sectionAt(5), Section::Done);
    EXPECT_EQ(cell(model, 5, Column::State), QStringLiteral("Done"));
    EXPECT_EQ(model.dueCount(), 2);
    EXPECT_EQ(model.doneCount(), 1);

    model.setShowDone(false);
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.rowOf(ReminderListModel::keyOf(planner.find(m_round, QStringLiteral("payment_due_d1")))), -1);
    EXPECT_EQ(model.doneCount(), 1);
    model.setShowDone(true);
    EXPECT_EQ(model.rowCount(), 6);
}

TEST_F(ReminderListModelTest, ListsASnoozedOneWhenItsSnoozeEnds)
{
    ReminderPlanner planner(workspace(), m_clock);
    const PlannedReminder manual = planner.allReminders(m_round).at(2); // the 9th
    ASSERT_EQ(manual.reminder.kind, QStringLiteral("manual"));
    planner.snooze(manual, seoul(13, 12));
    ReminderListModel model(workspace(), m_clock);
    model.showRound(m_round, Language::English);

    EXPECT_EQ(model.dueCount(), 2);
    const int row = model.rowOf(QString::number(manual.reminder.id));
    EXPECT_EQ(row, 5); // after the reminders of 09:00 on the 13th
    EXPECT_EQ(model.sectionAt(row), Section::Upcoming);
    EXPECT_EQ(cell(model, row, Column::State), QStringLiteral("Snoozed until Fri 13 Nov 12:00"));
}

TEST_F(ReminderListModelTest, RefreshTimesMovesRemindersByTheClockWithoutReadingThemAgain)
{
    ReminderListModel model(workspace(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(m_round, Language::English);
    ReminderPlanner planner(workspace(), m_clock);
    planner.setDone(planner.find(m_round, QStringLiteral("payment_due_d1")), true);

    m_clock.set(seoul(13, 10));
    model.refreshTimes();
    EXPECT_EQ(model.dueCount(), 6) << "every reminder is due by now; the one marked done meanwhile is not read yet";
    EXPECT_EQ(model.data(model.index(5, int(Column::State))).toString(), QStringLiteral("Due today"));
    model.reload();
    EXPECT_EQ(model.dueCount(), 5);
    EXPECT_EQ(model.sectionAt(5), Section::Done);
}

TEST_F(ReminderListModelTest, NamesTheBuyerOfAReminderAboutOneOrder)
{
    const OrderId order = OrderRepository(workspace()).findFor(m_round.id, 1)->id; // tini (김민준)
    ReminderPlanner(workspace(), m_clock).addManual(m_round.id, seoul(10, 9), QStringLiteral("책 전달 확인"), order);
    ReminderListModel model(workspace(), m_clock);
    model.showRound(m_round, Language::English);

    const QStringList texts = [&] {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts << cell(model, row, Column::Text);
        return texts;
    }();
    EXPECT_TRUE(texts.contains(QStringLiteral("tini (김민준): 책 전달 확인"))) << texts.join(u'|').toStdString();
}

TEST_F(ReminderListModelTest, ClearShowsNothingAndReloadWithoutARoundReadsNothing)
{
    ReminderListModel model(workspace(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.showRound(m_round, Language::English);
    model.clear();
    model.reload();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.dueCount(), 0);
    EXPECT_FALSE(model.round().has_value());
}

} // namespace
} // namespace gonggu::test
