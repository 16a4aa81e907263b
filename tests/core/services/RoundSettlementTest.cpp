#include "services/RoundSettlement.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"
#include "storage/ExpenseRepository.h"
#include "storage/PaymentRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** RoundSettlement over a hand-made round. Shipping fee 3,000; book 20,000, goods 5,000.
 *    가  confirmed, courier, 2 books  due 43,000  paid 43,000            (paid)
 *    나  confirmed, pickup,  1 book   due 20,000  paid 10,000            (owes 10,000)
 *    다  applied,   pickup,  1 book + 1 goods  due 25,000  paid nothing (owes 25,000)
 *    라  confirmed, pickup,  1 book   due 20,000  paid 25,000            (is owed 5,000)
 *    마  cancelled, 3 books           paid 60,000, refunded 60,000        (square)
 *    바  cancelled, courier, 1 book   paid 20,000                         (is owed 20,000)
 *  plus a 7,000 won deposit nobody has claimed, and expenses: the supplier paid 80,000 + 20,000,
 *  shipping 4,500, packing tape 1,200. Another round with its own money must not leak in. */
class RoundSettlementTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"), 3000);
        m_book = addItem(workspace(), m_round.id, QStringLiteral("실전 리팩터링"), 20000);
        m_goods = addItem(workspace(), m_round.id, QStringLiteral("굿즈"), 5000);

        pay(buyer(QStringLiteral("가"), 2, OrderStatus::Confirmed, Delivery::Courier), 43000);
        m_na = buyer(QStringLiteral("나"), 1, OrderStatus::Confirmed, Delivery::Pickup);
        pay(m_na, 10000);
        m_da = buyer(QStringLiteral("다"), 1, OrderStatus::Applied, Delivery::Pickup);
        OrderBook(workspace(), m_clock).setQuantity(m_round, m_da, m_goods, 1);
        m_ra = buyer(QStringLiteral("라"), 1, OrderStatus::Confirmed, Delivery::Pickup);
        pay(m_ra, 25000);
        const PersonId ma = buyer(QStringLiteral("마"), 3, OrderStatus::Cancelled, Delivery::Pickup);
        pay(ma, 60000);
        pay(ma, -60000);
        m_ba = buyer(QStringLiteral("바"), 1, OrderStatus::Cancelled, Delivery::Courier);
        pay(m_ba, 20000);
        m_deposit = PaymentBook(workspace()).record(m_round, paymentOf(std::nullopt, 7000));

        spend(m_round.id, ExpenseKind::Supplier, 80000);
        spend(m_round.id, ExpenseKind::Supplier, 20000);
        spend(m_round.id, ExpenseKind::Shipping, 4500);
        spend(m_round.id, ExpenseKind::Other, 1200);

        const Round other = addRound(workspace(), QStringLiteral("2차 공구"), 3000);
        const Item otherBook = addItem(workspace(), other.id, QStringLiteral("함께 읽는 알고리즘"), 30600);
        const PersonId elsewhere = addPerson(workspace(), QStringLiteral("사"));
        OrderBook(workspace(), m_clock).setQuantity(other, elsewhere, otherBook, 4, {OrderStatus::Confirmed, {}});
        PaymentBook(workspace()).record(other, paymentOf(elsewhere, 99999));
        PaymentBook(workspace()).record(other, paymentOf(elsewhere, -1111));
        spend(other.id, ExpenseKind::Supplier, 122400);
        spend(other.id, ExpenseKind::Shipping, 7777);
    }

    static Payment paymentOf(std::optional<PersonId> person, qint64 won)
    {
        Payment payment;
        payment.personId = person;
        payment.amount = Money::won(won);
        payment.paidOn = QDate(2026, 11, 4);
        return payment;
    }
    PersonId buyer(const QString &name, int copies, OrderStatus status, Delivery delivery)
    {
        const PersonId person = addPerson(workspace(), name);
        OrderBook(workspace(), m_clock).setQuantity(m_round, person, m_book, copies, {status, delivery});
        return person;
    }
    void pay(PersonId person, qint64 won) { PaymentBook(workspace()).record(m_round, paymentOf(person, won)); }
    void spend(RoundId round, ExpenseKind kind, qint64 won)
    {
        Expense expense;
        expense.roundId = round;
        expense.kind = kind;
        expense.amount = Money::won(won);
        expense.spentOn = QDate(2026, 11, 8);
        ExpenseRepository(workspace()).add(expense);
    }
    Settlement settle() { return RoundSettlement(workspace()).settle(m_round); }

    Round m_round;
    Item m_book;
    Item m_goods;
    PersonId m_na = 0;
    PersonId m_da = 0;
    PersonId m_ra = 0;
    PersonId m_ba = 0;
    PaymentId m_deposit = 0;
};

TEST_F(RoundSettlementTest, WhatTheBuyersOweAndPaid)
{
    const Settlement s = settle();
    EXPECT_EQ(s.buyers, 4);
    EXPECT_EQ(s.copies, 6);
    EXPECT_EQ(s.amountDue, Money::won(43000 + 20000 + 25000 + 20000)) << "cancelled orders owe nothing";
    EXPECT_EQ(s.collected, Money::won(43000 + 10000 + 25000 + 60000 + 20000))
        << "every payment in, cancelled orders' too; the unclaimed deposit is nobody's yet";
    EXPECT_EQ(s.refundsPaid, Money::won(60000)) << "a refund is counted as a positive amount that went out";
    EXPECT_EQ(s.outstanding, Money::won(10000 + 25000)) << "라's overpayment must not hide 나's and 다's debts";
    EXPECT_EQ(s.refundsOwed, Money::won(5000 + 20000)) << "라's overpayment and 바's cancelled order";
    EXPECT_EQ(s.unassignedDeposits, Money::won(7000));
}

TEST_F(RoundSettlementTest, WhatTheRoundSpent)
{
    const Settlement s = settle();
    EXPECT_EQ(s.supplierCost, Money::won(5 * 20000 + 1 * 5000)) << "copies of non-cancelled orders at the unit price";
    EXPECT_EQ(s.paidToSupplier, Money::won(100000));
    EXPECT_EQ(s.supplierStillToPay(), Money::won(5000));
    EXPECT_EQ(s.shippingCosts, Money::won(4500));
    EXPECT_EQ(s.otherCosts, Money::won(1200));
}

TEST_F(RoundSettlementTest, WhatIsLeftNowAndAfterSettling)
{
    const Settlement s = settle();
    // 158,000 collected − 60,000 refunded − 100,000 supplier − 4,500 shipping − 1,200 tape
    EXPECT_EQ(s.left(), Money::won(-7700)) << "the coordinator is 7,700 won out of pocket today";
    // − 25,000 refunds still owed − 5,000 still owed to the supplier
    EXPECT_EQ(s.leftAfterSettling(), Money::won(-37700));
}

TEST_F(RoundSettlementTest, TheFiguresAddUp)
{
    const Settlement s = settle();
    // Net money from buyers against what they owe: the difference is what they owe minus what they are owed.
    EXPECT_EQ(s.amountDue - (s.collected - s.refundsPaid), s.outstanding - s.refundsOwed);
    for (const SettlementFigure figure : settlementFigures()) {
        if (figure != SettlementFigure::Left && figure != SettlementFigure::LeftAfterSettling) {
            EXPECT_GE(s.value(figure), Money()) << toKey(figure).toStdString() << " must never be negative";
        }
    }
}

TEST_F(RoundSettlementTest, OnceEveryoneHasPaidWhatIsLeftIsTheShippingFeesLessTheCosts)
{
    pay(m_na, 10000);
    pay(m_da, 25000);
    const Settlement s = settle();
    EXPECT_EQ(s.outstanding, Money());
    // The buyers paid exactly the supplier's price for the goods; the only margin is one courier fee
    // (3,000; 바's was cancelled) against 4,500 shipping and 1,200 tape.
    EXPECT_EQ(s.leftAfterSettling(), Money::won(3000 - 4500 - 1200));
}

TEST_F(RoundSettlementTest, MatchingTheDepositMovesItIntoCollected)
{
    PaymentRepository(workspace()).assign(m_deposit, m_na);
    const Settlement s = settle();
    EXPECT_EQ(s.unassignedDeposits, Money());
    EXPECT_EQ(s.collected, Money::won(158000 + 7000));
    EXPECT_EQ(s.outstanding, Money::won(3000 + 25000));
    EXPECT_EQ(s.left(), Money::won(-700));
}

TEST_F(RoundSettlementTest, ARefundSentLowersBothLeftAndRefundsOwed)
{
    pay(m_ba, -20000);
    const Settlement s = settle();
    EXPECT_EQ(s.refundsPaid, Money::won(80000));
    EXPECT_EQ(s.refundsOwed, Money::won(5000));
    EXPECT_EQ(s.left(), Money::won(-27700));
    EXPECT_EQ(s.leftAfterSettling(), Money::won(-37700)) << "paying a refund owed changes nothing after settling";
}

TEST_F(RoundSettlementTest, PayingTheSupplierMoreThanTheCostLeavesNothingStillToPay)
{
    spend(m_round.id, ExpenseKind::Supplier, 8000);
    const Settlement s = settle();
    EXPECT_EQ(s.paidToSupplier, Money::won(108000));
    EXPECT_EQ(s.supplierStillToPay(), Money());
    EXPECT_EQ(s.left(), Money::won(-15700));
    EXPECT_EQ(s.leftAfterSettling(), Money::won(-15700 - 25000));
}

TEST_F(RoundSettlementTest, ValueAndKeysFollowTheReportOrder)
{
    const Settlement s = settle();
    QStringList keys;
    for (const SettlementFigure figure : settlementFigures())
        keys << toKey(figure);
    EXPECT_EQ(keys.join(u' ').toStdString(),
              "amount_due collected refunds_paid outstanding refunds_owed unassigned_deposits supplier_cost "
              "paid_to_supplier supplier_still_to_pay shipping_costs other_costs left left_after_settling");
    EXPECT_EQ(s.value(SettlementFigure::Collected), s.collected);
    EXPECT_EQ(s.value(SettlementFigure::SupplierStillToPay), s.supplierStillToPay());
    EXPECT_EQ(s.value(SettlementFigure::LeftAfterSettling), s.leftAfterSettling());
}

/** Rounds from scratch and the demo's real round. */
class RoundSettlementOtherRoundsTest : public TempWorkspaceTest
{
};

TEST_F(RoundSettlementOtherRoundsTest, ARoundWithNothingYetSettlesAtZero)
{
    const Round round = addRound(workspace(), QStringLiteral("빈 공구"));
    const Settlement s = RoundSettlement(workspace()).settle(round);
    for (const SettlementFigure figure : settlementFigures())
        EXPECT_EQ(s.value(figure), Money()) << toKey(figure).toStdString();
    EXPECT_EQ(s.round.title, QStringLiteral("빈 공구"));
}

TEST_F(RoundSettlementOtherRoundsTest, TheDemoRoundBeforeAnyExpense)
{
    DemoWorkspace::populate(workspace());
    const Round round = *RoundRepository(workspace()).find(1);
    const Settlement s = RoundSettlement(workspace()).settle(round);
    // 27 copies at 25,200 plus one courier fee of 3,500; 홍승민 (2 copies) and 전다인 (1) have not paid.
    EXPECT_EQ(s.amountDue, Money::won(27 * 25200 + 3500));
    EXPECT_EQ(s.outstanding, Money::won(3 * 25200));
    EXPECT_EQ(s.collected, Money::won(24 * 25200 + 3500));
    EXPECT_EQ(s.supplierCost, Money::won(27 * 25200));
    EXPECT_EQ(s.left(), s.collected);
    EXPECT_EQ(s.leftAfterSettling(), Money::won(24 * 25200 + 3500 - 27 * 25200));
}

} // namespace
