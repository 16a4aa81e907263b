#include "services/messages/ContactHistory.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "services/DemoWorkspace.h"
#include "services/messages/MessageComposer.h"
#include "storage/MessageTemplateRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** The contact log behind bulk sends: what was sent, and who already got a kind. */
class ContactHistoryTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        DemoWorkspace::populate(workspace());
        m_round = *RoundRepository(workspace()).find(1);
    }
    std::vector<ComposedMessage> reminders()
    {
        return MessageComposer(workspace(), m_clock)
            .composeForAddressees(m_round, ContactKind::UnpaidReminder, Language::Korean);
    }
    Round m_round;
};

TEST_F(ContactHistoryTest, ALoggedReminderMarksThatBuyerAsAlreadyContacted)
{
    std::vector<ComposedMessage> messages = reminders();
    ASSERT_EQ(messages.size(), 2u);
    const OrderId seungmin = messages[0].orderId;
    const OrderId dain = messages[1].orderId;
    ContactHistory history(workspace());
    EXPECT_TRUE(history.alreadyContacted(m_round, ContactKind::UnpaidReminder, {seungmin, dain}).empty());

    history.logSent({messages[0]}, ContactChannel::Sms);

    const std::map<OrderId, QDateTime> contacted =
        history.alreadyContacted(m_round, ContactKind::UnpaidReminder, {seungmin, dain});
    ASSERT_EQ(contacted.size(), 1u);
    EXPECT_EQ(contacted.begin()->first, seungmin);
    EXPECT_EQ(contacted.begin()->second, m_clock.nowUtc());
    // Another kind does not count: both were sent a confirmation (by the demo), neither a payment request.
    EXPECT_TRUE(history.alreadyContacted(m_round, ContactKind::PaymentRequest, {seungmin, dain}).empty());
    EXPECT_EQ(history.alreadyContacted(m_round, ContactKind::Confirmation, {seungmin, dain}).size(), 2u);

    messages = reminders();
    EXPECT_TRUE(messages[0].alreadyContacted());
    EXPECT_FALSE(messages[1].alreadyContacted());

    const std::vector<ContactLogEntry> log = history.history(seungmin);
    ASSERT_EQ(log.size(), 2u); // the demo's confirmation, then the reminder
    EXPECT_EQ(log[1].kind, ContactKind::UnpaidReminder);
    EXPECT_EQ(log[1].channel, ContactChannel::Sms);
    EXPECT_EQ(log[1].message, messages[0].text);
}

TEST_F(ContactHistoryTest, TheLatestContactIsReported)
{
    const std::vector<ComposedMessage> messages = reminders();
    ContactHistory history(workspace());
    history.logSent({messages[1]}, ContactChannel::Chat);
    m_clock.set(m_clock.nowUtc().addDays(3));
    history.logSent({messages[1]}, ContactChannel::Chat);
    EXPECT_EQ(history.lastContactTimes(m_round, ContactKind::UnpaidReminder).at(messages[1].orderId), m_clock.nowUtc());
}

TEST_F(ContactHistoryTest, AnEmailKeepsItsSubject)
{
    const std::vector<ComposedMessage> messages = reminders();
    ContactHistory(workspace()).logSent({messages[1]}, ContactChannel::Email);
    const ContactLogEntry last = ContactHistory(workspace()).history(messages[1].orderId).back();
    EXPECT_EQ(last.message, messages[1].subject + u'\n' + messages[1].text);
}

TEST_F(ContactHistoryTest, UnlogTakesTheEntriesOutAndRestorePutsThemBackAsTheyWere)
{
    const std::vector<ComposedMessage> messages = reminders();
    ContactHistory history(workspace());
    const std::vector<qint64> ids = history.logSent(messages, ContactChannel::Sms);
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(history.history(messages[0].orderId).back().id, ids[0]);
    EXPECT_EQ(history.history(messages[1].orderId).back().id, ids[1]);
    const QDateTime sentAt = m_clock.nowUtc();

    const std::vector<ContactLogEntry> removed = history.unlog(ids);
    ASSERT_EQ(removed.size(), 2u);
    EXPECT_EQ(removed[0].id, ids[0]);
    EXPECT_EQ(removed[0].message, messages[0].text);
    EXPECT_TRUE(history.lastContactTimes(m_round, ContactKind::UnpaidReminder).empty());
    EXPECT_EQ(history.history(messages[0].orderId).size(), 1u) << "the demo's confirmation stays";

    m_clock.set(m_clock.nowUtc().addDays(1)); // a redo later keeps the time the message went out
    history.restore(removed);
    const std::map<OrderId, QDateTime> times = history.lastContactTimes(m_round, ContactKind::UnpaidReminder);
    ASSERT_EQ(times.size(), 2u);
    EXPECT_EQ(times.at(messages[0].orderId), sentAt);
    EXPECT_EQ(history.history(messages[1].orderId).back().id, ids[1]);
}

TEST_F(ContactHistoryTest, UnlogIsAllOrNone)
{
    const std::vector<ComposedMessage> messages = reminders();
    ContactHistory history(workspace());
    const std::vector<qint64> ids = history.logSent(messages, ContactChannel::Chat);
    EXPECT_THROW(history.unlog({ids[0], ids[1] + 1000}), InputError);
    EXPECT_EQ(history.lastContactTimes(m_round, ContactKind::UnpaidReminder).size(), 2u) << "nothing was removed";

    const std::vector<ContactLogEntry> removed = history.unlog({ids[1]});
    history.restore(removed);
    EXPECT_THROW(history.restore(removed), InputError) << "already back";
    EXPECT_EQ(history.history(messages[1].orderId).size(), 2u) << "not doubled";
}

TEST_F(ContactHistoryTest, RefusesCommunityPostsAndMessagesWithErrorsWritingNothing)
{
    ContactHistory history(workspace());
    const ComposedMessage post =
        MessageComposer(workspace(), m_clock).composeCommunityPost(m_round, ContactKind::Progress, Language::Korean);
    std::vector<ComposedMessage> messages = reminders();
    EXPECT_THROW(history.logSent({messages[0], post}, ContactChannel::Chat), InputError);

    MessageTemplateRepository(workspace())
        .save(m_round.id,
              {ContactKind::UnpaidReminder, Language::Korean, QString(), QStringLiteral("{nickname} {typo}")});
    messages = reminders();
    ASSERT_TRUE(messages[1].hasErrors());
    EXPECT_THROW(history.logSent(messages, ContactChannel::Chat), InputError);
    EXPECT_TRUE(history.lastContactTimes(m_round, ContactKind::UnpaidReminder).empty());
}

} // namespace
