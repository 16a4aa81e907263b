#include "services/dashboard/RoundDashboard.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"
#include "services/RoundLedger.h"
#include "storage/OrderRepository.h"
#include "storage/RoundRepository.h"
#include "storage/RoundTaskRepository.h"

#include <QTimeZone>

using namespace gonggu;
using namespace gonggu::test;

namespace {

QDateTime seoul(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(9 * 3600)).toUTC();
}

/** A round whose applications came in over three Korean days, one of them just after midnight in Korea
 *  (still the day before in UTC), with payments on two days and a refund. The clock says 2026-11-10 12:00
 *  UTC, which is 21:00 on the 10th in Korea. Book 20,000 won, shipping 3,000 (courier only).
 *    가  confirmed courier 2 copies, applied 11-02 10:00, due 43,000, paid 43,000 on 11-04
 *    나  confirmed pickup  1 copy,   applied 11-03 00:30 (UTC: 11-02), due 20,000, paid 10,000 on 11-05
 *    다  applied   pickup  3 copies, applied 11-03 09:00, due 60,000, paid nothing
 *    라  confirmed pickup  1 copy,   applied 11-05 18:00, due 20,000, paid 25,000 on 11-05, refunded 5,000 11-06
 *    마  cancelled         4 copies, applied 11-02 11:00, paid 20,000 on 11-04: counted nowhere */
class RoundDashboardTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"), 3000);
        m_round.closesOn = QDate(2026, 11, 12);
        m_round.paymentDue = QDate(2026, 11, 9);
        m_round.rowVersion = RoundRepository(workspace()).update(m_round);
        m_book = addItem(workspace(), m_round.id, QStringLiteral("실전 리팩터링"), 20000);

        const PersonId ga = buyer(u"가", 2, OrderStatus::Confirmed, Delivery::Courier, seoul(2, 10));
        const PersonId na = buyer(u"나", 1, OrderStatus::Confirmed, Delivery::Pickup, seoul(3, 0, 30));
        buyer(u"다", 3, OrderStatus::Applied, Delivery::Pickup, seoul(3, 9));
        const PersonId ra = buyer(u"라", 1, OrderStatus::Confirmed, Delivery::Pickup, seoul(5, 18));
        const PersonId ma = buyer(u"마", 4, OrderStatus::Cancelled, Delivery::Pickup, seoul(2, 11));
        pay(ga, 43000, 4);
        pay(na, 10000, 5);
        pay(ra, 25000, 5);
        pay(ra, -5000, 6);
        pay(ma, 20000, 4);
        PaymentBook(workspace()).record(m_round, paymentOf(std::nullopt, 7000, 6)); // nobody's yet

        RoundTaskRepository tasks(workspace());
        tasks.addChecklistItem({0, m_round.id, QStringLiteral("세금계산서 발행 가능?"), false});
        tasks.addChecklistItem({0, m_round.id, QStringLiteral("배송비 부담?"), true});
        tasks.addChecklistItem({0, m_round.id, QStringLiteral("최소 수량?"), false});
    }

    PersonId buyer(const char16_t *name, int copies, OrderStatus status, Delivery delivery, const QDateTime &applied)
    {
        const PersonId person = addPerson(workspace(), QString::fromUtf16(name));
        OrderBook(workspace(), m_clock).setQuantity(m_round, person, m_book, copies, {status, delivery});
        OrderRepository orders(workspace());
        Order order = *orders.findFor(m_round.id, person);
        order.submittedAt = applied;
        orders.update(order);
        return person;
    }
    static Payment paymentOf(std::optional<PersonId> person, qint64 won, int day)
    {
        Payment payment;
        payment.personId = person;
        payment.amount = Money::won(won);
        payment.paidOn = QDate(2026, 11, day);
        return payment;
    }
    void pay(PersonId person, qint64 won, int day)
    {
        PaymentBook(workspace()).record(m_round, paymentOf(person, won, day));
    }
    RoundDashboard dashboard() { return DashboardFigures(workspace(), m_clock).of(m_round); }

    Round m_round;
    Item m_book;
};

TEST_F(RoundDashboardTest, CardsCountTheRoundAsTheSummaryDoes)
{
    const DashboardCards cards = dashboard().cards;
    EXPECT_EQ(cards.buyers, 4) << "마 cancelled";
    EXPECT_EQ(cards.copies, 7);
    EXPECT_EQ(cards.amountDue, Money::won(43000 + 20000 + 60000 + 20000));
    EXPECT_EQ(cards.collected, Money::won(43000 + 10000 + 20000)) << "라's refund subtracted, 마's payment not counted";
    EXPECT_EQ(cards.outstanding, Money::won(10000 + 60000));
    EXPECT_EQ(cards.unassigned, Money::won(7000));
    EXPECT_EQ(cards.settledBuyers, 2) << "가 paid; 라 paid too much and was refunded the difference";
    // (143,000 − 70,000) / 143,000 = 51.0…%
    EXPECT_EQ(cards.percentCollected, 51);
    EXPECT_EQ(cards.openChecklistItems, 2);

    const RoundSummary summary = RoundLedger(workspace()).summary(m_round);
    EXPECT_EQ(cards.buyers, summary.buyers);
    EXPECT_EQ(cards.collected, summary.paid);
    EXPECT_EQ(cards.outstanding, summary.outstanding);
}

TEST_F(RoundDashboardTest, DaysToTheDatesCountFromTodayInKorea)
{
    // 2026-11-10 12:00 UTC is 21:00 on the 10th in Korea.
    DashboardCards cards = dashboard().cards;
    EXPECT_EQ(cards.daysToClosing, 2);
    EXPECT_EQ(cards.daysToPaymentDue, -1) << "the payment date has passed";

    m_clock.set(QDateTime(QDate(2026, 11, 11), QTime(15, 30), Qt::UTC)); // 00:30 on the 12th in Korea
    cards = dashboard().cards;
    EXPECT_EQ(cards.daysToClosing, 0) << "closing day in Korea, still the 11th in UTC";

    m_round.closesOn = QDate();
    m_round.rowVersion = RoundRepository(workspace()).update(m_round);
    EXPECT_FALSE(dashboard().cards.daysToClosing.has_value());
}

TEST_F(RoundDashboardTest, PaymentStatesListEveryStateForTheCountedBuyers)
{
    const std::map<PaymentState, int> states = dashboard().paymentStates;
    EXPECT_EQ(states.size(), 5u) << "zero counts included, so the donut keeps its colours";
    EXPECT_EQ(states.at(PaymentState::Paid), 2) << "라's overpayment was refunded down to what was due";
    EXPECT_EQ(states.at(PaymentState::Partial), 1);
    EXPECT_EQ(states.at(PaymentState::Unpaid), 1);
    EXPECT_EQ(states.at(PaymentState::Refunded), 0);
    EXPECT_EQ(states.at(PaymentState::Overpaid), 0);
}

TEST_F(RoundDashboardTest, ApplicationsAccumulateByKoreanDay)
{
    const std::vector<ApplicationsOnDay> days = dashboard().applications;
    ASSERT_EQ(days.size(), 3u);
    EXPECT_EQ(days[0].day, QDate(2026, 11, 2));
    EXPECT_EQ(days[0].orders, 1) << "마's cancelled order is not an application any more";
    EXPECT_EQ(days[0].copies, 2);
    EXPECT_EQ(days[1].day, QDate(2026, 11, 3)) << "나 applied at 00:30 in Korea, the 2nd in UTC";
    EXPECT_EQ(days[1].orders, 2);
    EXPECT_EQ(days[1].copies, 4);
    EXPECT_EQ(days[1].totalOrders, 3);
    EXPECT_EQ(days[1].totalCopies, 6);
    EXPECT_EQ(days[2].day, QDate(2026, 11, 5));
    EXPECT_EQ(days[2].totalOrders, 4);
    EXPECT_EQ(days[2].totalCopies, 7);
}

TEST_F(RoundDashboardTest, CollectedMoneyAccumulatesByDayAndEndsAtTheCardsFigure)
{
    const RoundDashboard figures = dashboard();
    const std::vector<CollectedOnDay> &days = figures.collected;
    ASSERT_EQ(days.size(), 3u);
    EXPECT_EQ(days[0].day, QDate(2026, 11, 4));
    EXPECT_EQ(days[0].amount, Money::won(43000)) << "마's payment belongs to a cancelled order";
    EXPECT_EQ(days[1].day, QDate(2026, 11, 5));
    EXPECT_EQ(days[1].amount, Money::won(35000));
    EXPECT_EQ(days[1].total, Money::won(78000));
    EXPECT_EQ(days[2].day, QDate(2026, 11, 6));
    EXPECT_EQ(days[2].amount, Money::won(-5000)) << "the refund, and not the unassigned deposit";
    EXPECT_EQ(days.back().total, figures.cards.collected);
    EXPECT_EQ(figures.paymentDue, QDate(2026, 11, 9));
    EXPECT_EQ(figures.closesOn, QDate(2026, 11, 12));
}

TEST_F(RoundDashboardTest, CopiesPerItemCountNonCancelledOrders)
{
    const std::vector<ItemCopies> items = dashboard().items;
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].name, QStringLiteral("실전 리팩터링"));
    EXPECT_EQ(items[0].copies, 7);
}

TEST_F(RoundDashboardTest, AnEmptyRoundHasNoSeriesAndNoPercentage)
{
    const Round empty = addRound(workspace(), QStringLiteral("빈 공구"));
    const RoundDashboard figures = DashboardFigures(workspace(), m_clock).of(empty);
    EXPECT_EQ(figures.cards.buyers, 0);
    EXPECT_EQ(figures.cards.percentCollected, 0) << "nothing due: no division by zero";
    EXPECT_TRUE(figures.applications.empty());
    EXPECT_TRUE(figures.collected.empty());
    EXPECT_EQ(figures.cards.openChecklistItems, 0) << "the other round's checklist does not leak in";
}

using DemoDashboardTest = TempWorkspaceTest;

TEST_F(DemoDashboardTest, TheDemoRoundAddsUp)
{
    DemoWorkspace::populate(workspace());
    const Round round = RoundRepository(workspace()).find(1).value();
    const RoundDashboard figures = DashboardFigures(workspace(), m_clock).of(round);
    EXPECT_EQ(figures.cards.buyers, DemoWorkspace::realRoundBuyers);
    ASSERT_FALSE(figures.applications.empty());
    EXPECT_GE(figures.applications.size(), 2u) << "the real round came in over several days";
    EXPECT_EQ(figures.applications.back().totalOrders, figures.cards.buyers);
    EXPECT_EQ(figures.applications.back().totalCopies, figures.cards.copies);
    int copies = 0;
    for (const ItemCopies &item : figures.items)
        copies += item.copies;
    EXPECT_EQ(copies, figures.cards.copies);
    int counted = 0;
    for (const auto &[state, count] : figures.paymentStates)
        counted += count;
    EXPECT_EQ(counted, figures.cards.buyers);
    ASSERT_FALSE(figures.collected.empty());
    EXPECT_EQ(figures.collected.back().total, figures.cards.collected);
}

} // namespace
