#include "storage/RoundTaskRepository.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/OrderRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** RoundTaskRepository: checklist in the order written, reminders by due time, contact log by time sent. */
class RoundTaskRepositoryTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구")).id;
        Order order;
        order.roundId = m_round;
        order.personId = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
        m_order = OrderRepository(workspace()).create(order);
    }
    RoundTaskRepository tasks() { return RoundTaskRepository(workspace()); }

    RoundId m_round = 0;
    OrderId m_order = 0;
};

TEST_F(RoundTaskRepositoryTest, ChecklistKeepsTheOrderWritten)
{
    tasks().addChecklistItem({0, m_round, QStringLiteral("출판사에 공구가 확인"), true});
    const qint64 invoice = tasks().addChecklistItem({0, m_round, QStringLiteral("  세금계산서 문의  "), false});
    tasks().addChecklistItem({0, m_round, QStringLiteral("모임 장소 예약"), false});
    tasks().setChecklistItemDone(invoice, true);

    const std::vector<ChecklistItem> items = tasks().checklist(m_round);
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0].text, QStringLiteral("출판사에 공구가 확인"));
    EXPECT_TRUE(items[0].done);
    EXPECT_EQ(items[1].text, QStringLiteral("세금계산서 문의"));
    EXPECT_TRUE(items[1].done);
    EXPECT_FALSE(items[2].done);
}

TEST_F(RoundTaskRepositoryTest, ChecklistRefusesBlankTextAndUnknownItems)
{
    EXPECT_THROW(tasks().addChecklistItem({0, m_round, QStringLiteral("   "), false}), InputError);
    EXPECT_THROW(tasks().setChecklistItemDone(4242, true), InputError);
    EXPECT_TRUE(tasks().checklist(m_round).empty());
}

TEST_F(RoundTaskRepositoryTest, RemindersComeByDueTime)
{
    const QDateTime early(QDate(2026, 11, 3), QTime(12, 0), Qt::UTC);
    Reminder later;
    later.roundId = m_round;
    later.orderId = m_order;
    later.kind = QStringLiteral("payment_due");
    later.dueAt = early.addDays(3);
    tasks().addReminder(later);
    Reminder first = later;
    first.orderId.reset();
    first.kind = QStringLiteral("closing");
    first.dueAt = early;
    first.doneAt = early.addSecs(60);
    tasks().addReminder(first);

    const std::vector<Reminder> reminders = tasks().reminders(m_round);
    ASSERT_EQ(reminders.size(), 2u);
    EXPECT_EQ(reminders[0].kind, QStringLiteral("closing"));
    EXPECT_EQ(reminders[0].dueAt, early);
    EXPECT_EQ(reminders[0].doneAt, early.addSecs(60));
    EXPECT_FALSE(reminders[0].orderId.has_value());
    EXPECT_EQ(reminders[1].orderId, m_order);
    EXPECT_FALSE(reminders[1].doneAt.isValid());
}

TEST_F(RoundTaskRepositoryTest, ReminderNeedsADueTime)
{
    Reminder reminder;
    reminder.roundId = m_round;
    reminder.kind = QStringLiteral("manual");
    EXPECT_THROW(tasks().addReminder(reminder), InputError);
}

TEST_F(RoundTaskRepositoryTest, ContactLogIsOldestFirstAndStampedByTheClock)
{
    const QDateTime sent(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    tasks().logContact({0, m_order, ContactChannel::Sms, ContactKind::UnpaidReminder, QDateTime(),
                        QStringLiteral("입금 부탁드립니다")});
    tasks().logContact(
        {0, m_order, ContactChannel::Chat, ContactKind::Confirmation, sent, QStringLiteral("신청 확인")});

    const std::vector<ContactLogEntry> log = tasks().contactLog(m_order);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].kind, ContactKind::Confirmation);
    EXPECT_EQ(log[0].channel, ContactChannel::Chat);
    EXPECT_EQ(log[0].sentAt, sent);
    EXPECT_EQ(log[1].kind, ContactKind::UnpaidReminder);
    EXPECT_EQ(log[1].sentAt, m_clock.nowUtc()) << "no time given: the workspace clock's";
    EXPECT_EQ(log[1].message, QStringLiteral("입금 부탁드립니다"));
}

} // namespace

namespace {

TEST_F(RoundTaskRepositoryTest, ReminderDoneAndSnoozeAreStoredAndCleared)
{
    Reminder reminder;
    reminder.roundId = m_round;
    reminder.kind = QStringLiteral("manual");
    reminder.dueAt = QDateTime(QDate(2026, 11, 9), QTime(1, 0), Qt::UTC);
    reminder.snoozedUntil = QDateTime(QDate(2026, 11, 11), QTime(0, 0), Qt::UTC);
    const qint64 id = tasks().addReminder(reminder);
    ASSERT_EQ(tasks().reminders(m_round).size(), 1u);
    EXPECT_EQ(tasks().reminders(m_round)[0].snoozedUntil, reminder.snoozedUntil);

    const QDateTime later(QDate(2026, 11, 12), QTime(3, 4, 5), Qt::UTC);
    tasks().snoozeReminder(id, later);
    tasks().setReminderDone(id, m_clock.nowUtc());
    reopen();
    Reminder stored = tasks().reminders(m_round)[0];
    EXPECT_EQ(stored.snoozedUntil, later);
    EXPECT_EQ(stored.doneAt, m_clock.nowUtc());

    tasks().snoozeReminder(id, {});
    tasks().setReminderDone(id, {});
    stored = tasks().reminders(m_round)[0];
    EXPECT_FALSE(stored.snoozedUntil.isValid());
    EXPECT_FALSE(stored.doneAt.isValid());

    EXPECT_THROW(tasks().setReminderDone(4242, m_clock.nowUtc()), InputError);
    EXPECT_THROW(tasks().snoozeReminder(4242, later), InputError);
    tasks().removeReminder(id);
    EXPECT_TRUE(tasks().reminders(m_round).empty());
    EXPECT_THROW(tasks().removeReminder(id), InputError);
}

TEST_F(RoundTaskRepositoryTest, ContactEntryIsRemovedAndRestoredUnderItsIdAndTime)
{
    const QDateTime sent(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    const qint64 kept = tasks().logContact(
        {0, m_order, ContactChannel::Chat, ContactKind::Confirmation, sent, QStringLiteral("신청 확인")});
    const qint64 id = tasks().logContact(
        {0, m_order, ContactChannel::Sms, ContactKind::UnpaidReminder, sent.addDays(3), QStringLiteral("입금 부탁")});
    const ContactLogEntry entry = *tasks().findContact(id);
    EXPECT_EQ(entry.message, QStringLiteral("입금 부탁"));

    tasks().removeContact(id);
    EXPECT_FALSE(tasks().findContact(id));
    ASSERT_EQ(tasks().contactLog(m_order).size(), 1u);
    EXPECT_EQ(tasks().contactLog(m_order)[0].id, kept);
    EXPECT_THROW(tasks().removeContact(id), InputError) << "gone already";
    EXPECT_TRUE(tasks().lastContactTimes(m_round, ContactKind::UnpaidReminder).empty());

    tasks().restoreContact(entry);
    reopen();
    const std::vector<ContactLogEntry> log = tasks().contactLog(m_order);
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[1].id, id);
    EXPECT_EQ(log[1].sentAt, sent.addDays(3));
    EXPECT_EQ(log[1].channel, ContactChannel::Sms);
    EXPECT_EQ(log[1].kind, ContactKind::UnpaidReminder);
    EXPECT_EQ(log[1].message, QStringLiteral("입금 부탁"));
}

TEST_F(RoundTaskRepositoryTest, ContactRestoreRefusesATakenIdAMissingIdAndAGoneOrder)
{
    const qint64 id = tasks().logContact(
        {0, m_order, ContactChannel::Chat, ContactKind::Confirmation, QDateTime(), QStringLiteral("신청 확인")});
    ContactLogEntry entry = *tasks().findContact(id);
    EXPECT_THROW(tasks().restoreContact(entry), InputError) << "the id is taken";
    entry.id = 0;
    EXPECT_THROW(tasks().restoreContact(entry), InputError) << "no id";
    entry.id = id + 100;
    entry.orderId = m_order + 100;
    EXPECT_THROW(tasks().restoreContact(entry), InputError) << "no such order";
    EXPECT_FALSE(tasks().findContact(id + 100));
    EXPECT_EQ(tasks().contactLog(m_order).size(), 1u);
}

TEST_F(RoundTaskRepositoryTest, ChecklistItemsAreRewordedAndRemoved)
{
    const qint64 id = tasks().addChecklistItem({0, m_round, QStringLiteral("세금계산서 문의"), false});
    tasks().setChecklistItemText(id, QStringLiteral("  세금계산서·현금영수증 문의 "));
    EXPECT_EQ(tasks().checklist(m_round)[0].text, QStringLiteral("세금계산서·현금영수증 문의"));
    EXPECT_THROW(tasks().setChecklistItemText(id, QStringLiteral(" ")), InputError);
    tasks().removeChecklistItem(id);
    EXPECT_TRUE(tasks().checklist(m_round).empty());
    EXPECT_THROW(tasks().removeChecklistItem(id), InputError);
}

} // namespace
