#include "services/messages/MessageComposer.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"
#include "services/OrderBook.h"
#include "services/messages/DefaultTemplates.h"
#include "services/messages/MessageAudience.h"
#include "services/messages/RoundTemplates.h"
#include "storage/MessageTemplateRepository.h"
#include "storage/OrderRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** MessageComposer and MessageAudience on the demo workspace: round 1, 22 buyers, 홍승민 and 전다인 unpaid. */
class MessageComposerTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        DemoWorkspace::populate(workspace());
        m_round = *RoundRepository(workspace()).find(1);
    }

    std::vector<ComposedMessage> compose(ContactKind kind, Language language = Language::Korean)
    {
        return MessageComposer(workspace(), m_clock).composeForAddressees(m_round, kind, language);
    }
    std::size_t addressees(ContactKind kind)
    {
        return MessageAudience(workspace(), m_clock).defaultAddressees(m_round, kind).size();
    }
    OrderId courierOrder()
    {
        for (const Order &order : OrderRepository(workspace()).forRound(m_round.id)) {
            if (order.delivery == Delivery::Courier)
                return order.id;
        }
        return 0;
    }

    Round m_round;
};

TEST_F(MessageComposerTest, DefaultAddresseesPerKind)
{
    EXPECT_EQ(addressees(ContactKind::Confirmation), 22u);
    EXPECT_EQ(addressees(ContactKind::PaymentRequest), 2u);
    EXPECT_EQ(addressees(ContactKind::UnpaidReminder), 2u);
    EXPECT_EQ(addressees(ContactKind::ReconfirmInterest), 0u); // everyone is confirmed
    EXPECT_EQ(addressees(ContactKind::ShippingNotice), 0u);    // the one courier order has no tracking number yet
    EXPECT_EQ(addressees(ContactKind::Handover), 21u);         // everyone but the courier delivery
    EXPECT_EQ(addressees(ContactKind::Progress), 0u);          // a community post, nobody in particular
    EXPECT_TRUE(MessageAudience::addressesCommunity(ContactKind::Progress));
}

TEST_F(MessageComposerTest, ShippingNoticeGoesToCourierOrdersWithATrackingNumber)
{
    Order order = *OrderRepository(workspace()).find(courierOrder());
    order.trackingNumber = QStringLiteral("6123-4567-8901");
    OrderRepository(workspace()).update(order);
    const std::vector<ComposedMessage> messages = compose(ContactKind::ShippingNotice);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].name, QStringLiteral("정하은"));
    EXPECT_TRUE(messages[0].text.contains(QStringLiteral("송장번호: 6123-4567-8901")));
    EXPECT_TRUE(messages[0].missingPlaceholders.isEmpty());
}

TEST_F(MessageComposerTest, HandedOverOrdersGetNoHandoverMessage)
{
    const std::vector<OrderId> before =
        MessageAudience(workspace(), m_clock).defaultAddressees(m_round, ContactKind::Handover);
    Order order = *OrderRepository(workspace()).find(before.front());
    order.handedOverAt = m_clock.nowUtc();
    OrderRepository(workspace()).update(order);
    EXPECT_EQ(addressees(ContactKind::Handover), 20u);
}

TEST_F(MessageComposerTest, UnpaidRemindersCarryWhatEachOwes)
{
    const std::vector<ComposedMessage> messages = compose(ContactKind::UnpaidReminder);
    ASSERT_EQ(messages.size(), 2u);
    // Same waiting time: the larger debt first.
    EXPECT_EQ(messages[0].name, QStringLiteral("홍승민"));
    EXPECT_EQ(messages[0].nickname, QStringLiteral("seungmin"));
    EXPECT_TRUE(messages[0].text.startsWith(QStringLiteral("seungmin님, ")));
    EXPECT_TRUE(messages[0].text.contains(QStringLiteral("남은 금액: 50,400원")));
    EXPECT_TRUE(messages[0].text.contains(QStringLiteral("가나은행 123-456-789012")));
    EXPECT_TRUE(messages[0].text.contains(QStringLiteral("입금 기한: 11월 6일(금)")));
    EXPECT_EQ(messages[1].name, QStringLiteral("전다인"));
    EXPECT_TRUE(messages[1].text.contains(QStringLiteral("남은 금액: 25,200원")));
    for (const ComposedMessage &message : messages) {
        EXPECT_EQ(message.kind, ContactKind::UnpaidReminder);
        EXPECT_FALSE(message.hasErrors());
        EXPECT_TRUE(message.missingPlaceholders.isEmpty());
        EXPECT_EQ(message.length.kind, SmsKind::Lms);
        EXPECT_FALSE(message.alreadyContacted());
    }
}

TEST_F(MessageComposerTest, EnglishWritesWonAndDatesTheEnglishWay)
{
    const std::vector<ComposedMessage> messages = compose(ContactKind::PaymentRequest, Language::English);
    ASSERT_EQ(messages.size(), 2u);
    EXPECT_TRUE(messages[0].text.startsWith(QStringLiteral("Hi seungmin,")));
    EXPECT_TRUE(messages[0].text.contains(QStringLiteral("Amount: ₩50,400")));
    EXPECT_TRUE(messages[0].text.contains(QStringLiteral("Please pay by Fri, Nov 6.")));
    EXPECT_EQ(messages[0].language, Language::English);
}

TEST_F(MessageComposerTest, ConfirmationMatchesWhatTheCoordinatorWroteAndIsAlreadyLogged)
{
    const std::vector<ComposedMessage> messages = compose(ContactKind::Confirmation);
    ASSERT_EQ(messages.size(), 22u);
    const auto seungmin = std::find_if(messages.begin(), messages.end(), [](const ComposedMessage &m) {
        return m.nickname == QStringLiteral("seungmin");
    });
    ASSERT_NE(seungmin, messages.end());
    EXPECT_TRUE(seungmin->text.startsWith(QStringLiteral("seungmin님, 『실전 리팩터링』 2권 신청 확인했습니다.")));
    EXPECT_EQ(seungmin->length.kind, SmsKind::Sms);
    // The demo logged a confirmation to every buyer.
    for (const ComposedMessage &message : messages)
        EXPECT_TRUE(message.alreadyContacted()) << message.name.toStdString();
}

TEST_F(MessageComposerTest, AnUnsavedWordingIsUsedForEveryChosenBuyer)
{
    std::vector<OrderId> orders;
    for (const ComposedMessage &message : compose(ContactKind::Confirmation))
        orders.push_back(message.orderId);
    const MessageTemplate wording{ContactKind::Confirmation, Language::Korean, QString(),
                                  QStringLiteral("{nickname}님 {copies}권 확인 ({round})")};
    const std::vector<ComposedMessage> messages =
        MessageComposer(workspace(), m_clock).composeFor(m_round, orders, wording);
    ASSERT_EQ(messages.size(), orders.size());
    for (std::size_t i = 0; i < messages.size(); ++i) {
        EXPECT_EQ(messages[i].orderId, orders[i]);
        EXPECT_TRUE(messages[i].text.startsWith(messages[i].nickname + QStringLiteral("님 ")))
            << messages[i].text.toStdString();
        EXPECT_TRUE(messages[i].text.endsWith(QStringLiteral("권 확인 (『실전 리팩터링』 공동구매)")))
            << messages[i].text.toStdString();
        EXPECT_TRUE(messages[i].alreadyContacted()) << "who was sent the kind is still noted";
    }
    EXPECT_EQ(RoundTemplates(workspace()).effective(m_round, ContactKind::Confirmation, Language::Korean).body,
              defaultTemplate(ContactKind::Confirmation, Language::Korean).body)
        << "nothing saved";
}

TEST_F(MessageComposerTest, ProgressIsOneCommunityPost)
{
    const std::vector<ComposedMessage> messages = compose(ContactKind::Progress);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(messages[0].isCommunityPost());
    EXPECT_EQ(messages[0].personId, 0);
    EXPECT_TRUE(messages[0].text.contains(QStringLiteral("현재 22명 27권 신청")));
    EXPECT_FALSE(messages[0].text.contains(QStringLiteral("·"))); // one item: no per-item lines
    EXPECT_TRUE(messages[0].missingPlaceholders.isEmpty());
}

TEST_F(MessageComposerTest, ProgressListsEachItemWhenTheRoundHasSeveral)
{
    const Item second = addItem(workspace(), m_round.id, QStringLiteral("클린 코드"), 30000);
    const PersonId person = PersonRepository(workspace()).resolve(QStringLiteral("dain")).id;
    OrderBook(workspace(), m_clock).setQuantity(m_round, person, second, 3);
    const std::vector<ComposedMessage> messages = compose(ContactKind::Progress);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_TRUE(
        messages[0].text.contains(QStringLiteral("현재 22명 30권 신청\n· 실전 리팩터링 27권\n· 클린 코드 3권\n")))
        << messages[0].text.toStdString();

    const std::vector<ComposedMessage> confirmations =
        MessageComposer(workspace(), m_clock)
            .composeFor(m_round, {OrderRepository(workspace()).findFor(m_round.id, person)->id},
                        ContactKind::Confirmation, Language::Korean);
    ASSERT_EQ(confirmations.size(), 1u);
    EXPECT_TRUE(
        confirmations[0].text.contains(QStringLiteral("· 실전 리팩터링 1권\n· 클린 코드 3권\n총 4권, 115,200원")))
        << confirmations[0].text.toStdString();
}

TEST_F(MessageComposerTest, MissingRoundDataIsReportedPerMessage)
{
    Round bare = addRound(workspace(), QStringLiteral("2차 공구"));
    const Item book = addItem(workspace(), bare.id, QStringLiteral("책"), 10000);
    const PersonId person = addPerson(workspace(), QStringLiteral("이름만"));
    OrderBook(workspace(), m_clock).setQuantity(bare, person, book, 1, {OrderStatus::Confirmed, std::nullopt});
    bare = *RoundRepository(workspace()).find(bare.id);

    const std::vector<ComposedMessage> messages =
        MessageComposer(workspace(), m_clock).composeForAddressees(bare, ContactKind::PaymentRequest, Language::Korean);
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].missingPlaceholders,
              (QStringList{QStringLiteral("{account}"), QStringLiteral("{deadline}")}));
    EXPECT_FALSE(messages[0].hasErrors());
    // No nickname: the display name stands in.
    EXPECT_TRUE(messages[0].text.startsWith(QStringLiteral("이름만님, ")));
    EXPECT_TRUE(messages[0].text.contains(QStringLiteral("계좌: \n")));
}

TEST_F(MessageComposerTest, ARoundTemplateWithATypoIsFlaggedInEveryMessage)
{
    MessageTemplate own{ContactKind::UnpaidReminder, Language::Korean, QString(),
                        QStringLiteral("{nickname}님 {amout} 입금 부탁드려요")};
    // Saving through RoundTemplates refuses it; an older workspace might still hold one, so store it raw.
    MessageTemplateRepository(workspace()).save(m_round.id, own);
    const std::vector<ComposedMessage> messages = compose(ContactKind::UnpaidReminder);
    ASSERT_EQ(messages.size(), 2u);
    for (const ComposedMessage &message : messages) {
        EXPECT_TRUE(message.hasErrors());
        EXPECT_EQ(message.unknownPlaceholders, QStringList{QStringLiteral("{amout}")});
    }
}

TEST_F(MessageComposerTest, ValuesCoverEveryPlaceholderForABuyer)
{
    Order order = *OrderRepository(workspace()).find(courierOrder());
    order.trackingNumber = QStringLiteral("6123");
    OrderRepository(workspace()).update(order);
    m_round.meetupAt = QDateTime(QDate(2026, 11, 14), QTime(12, 0), Qt::UTC);
    RoundRepository(workspace()).update(m_round);
    const PlaceholderValues values = MessageComposer(workspace(), m_clock).values(m_round, order.id, Language::Korean);
    for (const QString &name : TemplateRenderer::knownPlaceholders())
        EXPECT_FALSE(values.value(name).isEmpty()) << name.toStdString();
    EXPECT_EQ(values.value(QStringLiteral("amount")), QStringLiteral("0원")); // paid in full
    EXPECT_EQ(values.value(QStringLiteral("amount_due")), QStringLiteral("79,100원"));
    EXPECT_EQ(values.value(QStringLiteral("supplier")), QStringLiteral("가나다출판사"));
    EXPECT_EQ(values.value(QStringLiteral("meetup")), QStringLiteral("11월 14일(토) 오후 9:00")); // 12:00 UTC in Korea
}

TEST(MessageComposerTime, AMeetupReadsInKoreanTimeOnAnyMachine)
{
    // 05:00 UTC is 14:00 in Seoul; the machine's own zone (often UTC on servers) does not matter.
    const QDateTime meetup(QDate(2026, 11, 14), QTime(5, 0), Qt::UTC);
    EXPECT_EQ(MessageComposer::formatTime(meetup, Language::Korean), QStringLiteral("11월 14일(토) 오후 2:00"));
    EXPECT_EQ(MessageComposer::formatTime(meetup, Language::English), QStringLiteral("Sat, Nov 14, 2:00 PM"));
    EXPECT_TRUE(MessageComposer::formatTime(QDateTime(), Language::Korean).isEmpty());
}

} // namespace
