// The default supplier questions and the check before ordering.
#include "services/SupplierChecklist.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "services/OrderBook.h"
#include "storage/RoundTaskRepository.h"

using namespace gonggu;
using namespace gonggu::test;
using namespace Qt::StringLiterals;

namespace {

/** A round that closes on 2026-11-11 (the clock says the 10th) with three copies ordered. */
class SupplierChecklistTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), u"『실전 리팩터링』 공동구매"_s);
        m_round.closesOn = QDate(2026, 11, 11);
        RoundRepository(workspace()).update(m_round);
        const Item book = addItem(workspace(), m_round.id, u"실전 리팩터링"_s, 25200);
        OrderBook orders(workspace(), m_clock);
        orders.setQuantity(m_round, addPerson(workspace(), u"가"_s), book, 2,
                           {OrderStatus::Confirmed, Delivery::Pickup});
        orders.setQuantity(m_round, addPerson(workspace(), u"나"_s), book, 1, {OrderStatus::Applied, Delivery::Pickup});
        orders.setQuantity(m_round, addPerson(workspace(), u"다"_s), book, 5,
                           {OrderStatus::Cancelled, Delivery::Pickup});
    }
    SupplierChecklist checklist() { return SupplierChecklist(workspace(), m_clock); }
    std::vector<ChecklistItem> items() { return RoundTaskRepository(workspace()).checklist(m_round.id); }

    Round m_round;
};

TEST_F(SupplierChecklistTest, DefaultsAreAddedOnceInEitherLanguage)
{
    EXPECT_EQ(checklist().addDefaults(m_round, Language::Korean), 7);
    EXPECT_EQ(checklist().addDefaults(m_round, Language::Korean), 0);
    EXPECT_EQ(checklist().addDefaults(m_round, Language::English), 0);
    const std::vector<ChecklistItem> added = items();
    ASSERT_EQ(added.size(), 7u);
    const QStringList korean = SupplierChecklist::defaultQuestions(Language::Korean);
    for (std::size_t i = 0; i < added.size(); ++i) {
        EXPECT_EQ(added[i].text, korean[qsizetype(i)]);
        EXPECT_FALSE(added[i].done);
    }
}

TEST_F(SupplierChecklistTest, EnglishDefaultsNameTheBookPriceLaw)
{
    EXPECT_EQ(checklist().addDefaults(m_round, Language::English), 7);
    EXPECT_EQ(checklist().addDefaults(m_round, Language::Korean), 0);
    const QStringList english = SupplierChecklist::defaultQuestions(Language::English);
    EXPECT_EQ(items()[0].text, english[0]);
    EXPECT_TRUE(english.join(u'\n').contains(u"도서정가제: at most 10% off plus 5% in points"_s));
    EXPECT_TRUE(SupplierChecklist::defaultQuestions(Language::Korean).join(u'\n').contains(u"10% 할인 + 5% 적립"_s));
}

TEST_F(SupplierChecklistTest, QuestionsAlreadyAskedInOwnWordsAreNotAddedAgain)
{
    RoundTaskRepository tasks(workspace());
    tasks.addChecklistItem({0, m_round.id, u"세금계산서 발행 가능한지 출판사에 문의"_s, false});
    tasks.addChecklistItem({0, m_round.id, u"택배비 확인 (1박스 3,500원)"_s, true});
    EXPECT_EQ(checklist().addDefaults(m_round, Language::Korean), 5);
    int taxQuestions = 0;
    for (const ChecklistItem &item : items())
        taxQuestions += item.text.contains(u"세금계산서"_s) ? 1 : 0;
    EXPECT_EQ(taxQuestions, 1);
    EXPECT_EQ(items().size(), 7u);
}

TEST_F(SupplierChecklistTest, OpenItemsInChecklistOrder)
{
    RoundTaskRepository tasks(workspace());
    tasks.addChecklistItem({0, m_round.id, u"공구가 확인"_s, true});
    const qint64 invoice = tasks.addChecklistItem({0, m_round.id, u"세금계산서 문의"_s, false});
    const qint64 room = tasks.addChecklistItem({0, m_round.id, u"모임 장소 예약"_s, false});
    const std::vector<ChecklistItem> open = checklist().openItems(m_round);
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].id, invoice);
    EXPECT_EQ(open[1].id, room);

    const OrderingCheck check = checklist().checkBeforeOrdering(m_round, Language::Korean);
    ASSERT_EQ(check.warnings.size(), 2u);
    EXPECT_EQ(check.warnings[0].kind, OrderingWarningKind::OpenChecklistItem);
    EXPECT_EQ(check.warnings[0].checklistItemId, invoice);
    EXPECT_EQ(check.warnings[0].text, u"아직 확인하지 않은 항목: 세금계산서 문의"_s);
    EXPECT_TRUE(check.minimumReached()); // no minimum set
}

TEST_F(SupplierChecklistTest, ClearWhenEverythingIsSettledAndTheMinimumReached)
{
    m_round.minimumQuantity = 3; // 2 confirmed + 1 applied; the cancelled order does not count
    const OrderingCheck check = checklist().checkBeforeOrdering(m_round, Language::Korean);
    EXPECT_EQ(check.copies, 3);
    EXPECT_TRUE(check.isClear());
    EXPECT_TRUE(check.buyerNotice.isEmpty());
}

TEST_F(SupplierChecklistTest, MinimumNotReachedBeforeClosingWarnsWithoutANotice)
{
    m_round.minimumQuantity = 10;
    const OrderingCheck check = checklist().checkBeforeOrdering(m_round, Language::Korean);
    ASSERT_EQ(check.warnings.size(), 1u);
    EXPECT_EQ(check.warnings[0].kind, OrderingWarningKind::MinimumNotReached);
    EXPECT_EQ(check.warnings[0].text, u"최소 주문 수량 10권 중 3권 신청 (7권 부족)"_s);
    EXPECT_FALSE(check.minimumReached());
    EXPECT_TRUE(check.buyerNotice.isEmpty()); // applications are still open until the 11th
}

TEST_F(SupplierChecklistTest, MinimumNotReachedAfterClosingSuggestsANotice)
{
    m_round.minimumQuantity = 10;
    m_clock.set(QDateTime(QDate(2026, 11, 11), QTime(15, 0), Qt::UTC)); // the 12th in Seoul
    const OrderingCheck korean = checklist().checkBeforeOrdering(m_round, Language::Korean);
    EXPECT_TRUE(korean.buyerNotice.startsWith(u"[『실전 리팩터링』 공동구매]"_s)) << korean.buyerNotice.toStdString();
    EXPECT_TRUE(korean.buyerNotice.contains(u"최소 주문 수량 10권 중 3권"_s));
    EXPECT_TRUE(korean.buyerNotice.contains(u"7권이 더 모이면"_s));
    EXPECT_TRUE(korean.buyerNotice.contains(u"전액 돌려드립니다"_s));

    const OrderingCheck english = checklist().checkBeforeOrdering(m_round, Language::English);
    EXPECT_EQ(english.warnings[0].text, u"3 of the minimum 10 copies requested (7 short)"_s);
    EXPECT_TRUE(english.buyerNotice.contains(u"with 3 of the supplier's minimum of 10 copies"_s));
    EXPECT_TRUE(english.buyerNotice.contains(u"refunded in full"_s));
}

} // namespace
