// Reminders worked out from a round's dates: when they come up, done and snoozed, manual ones.
#include "services/ReminderPlanner.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"
#include "storage/RoundTaskRepository.h"

using namespace gonggu;
using namespace gonggu::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

QStringList kindsOf(const std::vector<PlannedReminder> &reminders)
{
    QStringList kinds;
    for (const PlannedReminder &reminder : reminders)
        kinds << reminder.reminder.kind;
    return kinds;
}

/** The clock says 2026-11-10 12:00 UTC (21:00 in Seoul). The round closes on the 11th, payment is due on
 *  the 13th, the order goes out on the 14th, the books come on the 18th and the meetup is on the 20th at
 *  14:00 in Seoul. "unpaid" owes 10,000 won for one copy; "paid" paid for two. */
class ReminderPlannerTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), u"『실전 리팩터링』 공동구매"_s);
        m_round.closesOn = QDate(2026, 11, 11);
        m_round.paymentDue = QDate(2026, 11, 13);
        m_round.orderedOn = QDate(2026, 11, 14);
        m_round.deliveryOn = QDate(2026, 11, 18);
        m_round.meetupAt = utc(11, 20, 5);
        m_round.meetupPlace = u"판교역"_s;
        m_round.rowVersion = RoundRepository(workspace()).update(m_round);
        const Item book = addItem(workspace(), m_round.id, u"실전 리팩터링"_s, 10000);
        OrderBook orders(workspace(), m_clock);
        m_unpaidPerson = addPerson(workspace(), u"미입금"_s, u"unpaid"_s);
        orders.setQuantity(m_round, m_unpaidPerson, book, 1, {OrderStatus::Confirmed, Delivery::Pickup});
        m_paidPerson = addPerson(workspace(), u"입금완료"_s, u"paid"_s);
        orders.setQuantity(m_round, m_paidPerson, book, 2, {OrderStatus::Confirmed, Delivery::Pickup});
        pay(m_paidPerson, 20000);
    }
    void pay(PersonId person, qint64 won)
    {
        Payment payment;
        payment.personId = person;
        payment.amount = Money::won(won);
        payment.paidOn = QDate(2026, 11, 9);
        PaymentBook(workspace()).record(m_round, payment);
    }
    ReminderPlanner planner(Language language = Language::Korean)
    {
        return ReminderPlanner(workspace(), m_clock, language);
    }
    std::size_t storedRows() { return RoundTaskRepository(workspace()).reminders(m_round.id).size(); }

    Round m_round;
    PersonId m_unpaidPerson = 0;
    PersonId m_paidPerson = 0;
};

TEST_F(ReminderPlannerTest, GeneratedFromTheDatesAtNineInTheMorningInSeoul)
{
    const std::vector<PlannedReminder> all = planner().allReminders(m_round);
    EXPECT_EQ(kindsOf(all), (QStringList{u"closing_d1"_s, u"closing_d0"_s, u"payment_due_d1"_s, u"payment_due_d0"_s,
                                         u"order_placed"_s, u"delivery_day"_s, u"meetup_d1"_s}));
    const std::vector<QDateTime> expected{utc(11, 10, 0), utc(11, 11, 0), utc(11, 12, 0), utc(11, 13, 0),
                                          utc(11, 14, 0), utc(11, 18, 0), utc(11, 19, 0)};
    ASSERT_EQ(all.size(), expected.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].reminder.dueAt, expected[i]) << all[i].reminder.kind.toStdString();
        EXPECT_TRUE(all[i].generated);
        EXPECT_EQ(all[i].reminder.id, 0);
    }
    EXPECT_EQ(all[6].text, u"모임 D-1 (11월 20일 14:00, 판교역): 전달 명단 확인"_s);
}

TEST_F(ReminderPlannerTest, DueAndOverdueOldestFirst)
{
    EXPECT_EQ(kindsOf(planner().dueReminders(m_round)), QStringList{u"closing_d1"_s});

    const QDateTime later = utc(11, 13, 3); // 12:00 on the 13th in Seoul
    const std::vector<PlannedReminder> due = planner().dueReminders(m_round, later);
    EXPECT_EQ(kindsOf(due), (QStringList{u"closing_d1"_s, u"closing_d0"_s, u"payment_due_d1"_s, u"payment_due_d0"_s}));
    ASSERT_EQ(due.size(), 4u);
    EXPECT_TRUE(due[0].isOverdueAt(later));
    EXPECT_TRUE(due[2].isOverdueAt(later));
    EXPECT_FALSE(due[3].isOverdueAt(later)); // due today
}

TEST_F(ReminderPlannerTest, PaymentRemindersCountWhoStillOwes)
{
    const std::vector<PlannedReminder> korean = planner().dueReminders(m_round, utc(11, 13, 3));
    ASSERT_EQ(korean.size(), 4u);
    EXPECT_EQ(korean[2].text, u"입금 마감 D-1 (11월 13일): 미입금 1명, 10,000원"_s);
    EXPECT_EQ(korean[3].text, u"입금 마감 D-day (11월 13일): 미입금 1명, 10,000원"_s);
    const std::vector<PlannedReminder> english = planner(Language::English).dueReminders(m_round, utc(11, 13, 3));
    ASSERT_EQ(english.size(), 4u);
    EXPECT_EQ(english[3].text, u"Payment due D-day (2026-11-13): 1 buyer still owes ₩10,000"_s);

    // Once everyone has paid there is nobody to chase.
    pay(m_unpaidPerson, 10000);
    EXPECT_EQ(kindsOf(planner().dueReminders(m_round, utc(11, 13, 3))),
              (QStringList{u"closing_d1"_s, u"closing_d0"_s}));
}

TEST_F(ReminderPlannerTest, ReadingNeverWrites)
{
    planner().allReminders(m_round);
    planner().dueReminders(m_round, utc(11, 30, 0));
    EXPECT_EQ(storedRows(), 0u);
}

TEST_F(ReminderPlannerTest, DoneIsRememberedUnderTheKey)
{
    ReminderPlanner reminders = planner();
    const qint64 id = reminders.setDone(reminders.find(m_round, u"closing_d1"_s), true);
    EXPECT_GT(id, 0);
    EXPECT_TRUE(reminders.dueReminders(m_round).empty());

    const std::vector<Reminder> stored = RoundTaskRepository(workspace()).reminders(m_round.id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].kind, u"closing_d1"_s);
    EXPECT_EQ(stored[0].dueAt, utc(11, 10, 0));
    EXPECT_EQ(stored[0].doneAt, m_clock.nowUtc());

    // Found again by key or id, done, and not stored twice.
    const PlannedReminder again = reminders.find(m_round, QString::number(id));
    EXPECT_EQ(again.reminder.kind, u"closing_d1"_s);
    EXPECT_TRUE(again.isDone());
    EXPECT_EQ(reminders.setDone(again, false), id);
    EXPECT_EQ(storedRows(), 1u);
    EXPECT_EQ(kindsOf(reminders.dueReminders(m_round)), QStringList{u"closing_d1"_s});
}

TEST_F(ReminderPlannerTest, SnoozedUntilItsTime)
{
    ReminderPlanner reminders = planner();
    reminders.snooze(reminders.find(m_round, u"closing_d1"_s), utc(11, 11, 0));
    EXPECT_TRUE(reminders.dueReminders(m_round).empty());
    EXPECT_TRUE(reminders.dueReminders(m_round, utc(11, 10, 23, 59)).empty());
    EXPECT_EQ(kindsOf(reminders.dueReminders(m_round, utc(11, 11, 0))),
              (QStringList{u"closing_d1"_s, u"closing_d0"_s}));

    const std::vector<PlannedReminder> all = reminders.allReminders(m_round);
    EXPECT_EQ(all[0].reminder.snoozedUntil, utc(11, 11, 0));
    EXPECT_TRUE(all[0].isSnoozedAt(m_clock.nowUtc()));
}

TEST_F(ReminderPlannerTest, MovingTheDateBringsTheReminderBack)
{
    ReminderPlanner reminders = planner();
    reminders.setDone(reminders.find(m_round, u"closing_d1"_s), true);
    m_round.closesOn = QDate(2026, 11, 12); // applications stay open a day longer
    m_round.rowVersion = RoundRepository(workspace()).update(m_round);

    const PlannedReminder moved = reminders.find(m_round, u"closing_d1"_s);
    EXPECT_EQ(moved.reminder.dueAt, utc(11, 11, 0));
    EXPECT_FALSE(moved.isDone());
    EXPECT_EQ(moved.reminder.id, 0);
    EXPECT_EQ(kindsOf(reminders.dueReminders(m_round, utc(11, 11, 1))), QStringList{u"closing_d1"_s});
}

TEST_F(ReminderPlannerTest, StepsThatArePastStopReminding)
{
    m_round.status = RoundStatus::Ordered;
    EXPECT_EQ(kindsOf(planner().allReminders(m_round)),
              (QStringList{u"payment_due_d1"_s, u"payment_due_d0"_s, u"delivery_day"_s, u"meetup_d1"_s}));
    m_round.status = RoundStatus::Cancelled;
    EXPECT_TRUE(planner().allReminders(m_round).empty());
}

TEST_F(ReminderPlannerTest, ManualRemindersTakeTheirPlaceByTime)
{
    ReminderPlanner reminders = planner();
    const qint64 call = reminders.addManual(m_round.id, utc(11, 10, 6), u"  출판사에 전화  "_s);
    const qint64 later = reminders.addManual(m_round.id, utc(11, 25, 0), u"정산 글 올리기"_s);
    const std::vector<PlannedReminder> due = reminders.dueReminders(m_round);
    ASSERT_EQ(due.size(), 2u);
    EXPECT_EQ(due[0].reminder.kind, u"closing_d1"_s);
    EXPECT_EQ(due[1].reminder.id, call);
    EXPECT_FALSE(due[1].generated);
    EXPECT_EQ(due[1].text, u"출판사에 전화"_s);

    reminders.removeManual(m_round, later);
    EXPECT_EQ(storedRows(), 1u);
    EXPECT_THROW(reminders.removeManual(m_round, later), InputError);
    EXPECT_THROW(reminders.addManual(m_round.id, utc(11, 25, 0), u"  "_s), InputError);
}

TEST_F(ReminderPlannerTest, GeneratedOnesAreNotDeletedAndUnknownNamesRefused)
{
    ReminderPlanner reminders = planner();
    const qint64 id = reminders.setDone(reminders.find(m_round, u"closing_d0"_s), true);
    EXPECT_THROW(reminders.removeManual(m_round, id), InputError);
    EXPECT_EQ(storedRows(), 1u);
    EXPECT_THROW(reminders.find(m_round, u"closing_d2"_s), InputError);
    EXPECT_THROW(reminders.find(m_round, u"4242"_s), InputError);
    m_round.deliveryOn = QDate();
    EXPECT_THROW(reminders.find(m_round, u"delivery_day"_s), InputError);
}

} // namespace
