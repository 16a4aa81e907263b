#include "services/RoundLedger.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"
#include "services/UnpaidList.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

Payment paymentOf(std::optional<PersonId> person, qint64 won)
{
    Payment payment;
    payment.personId = person;
    payment.amount = Money::won(won);
    payment.paidOn = QDate(2026, 11, 4);
    return payment;
}

/** RoundLedger over a hand-made round with every payment state, cancellations and a stray deposit. */
class RoundLedgerTest : public TempWorkspaceTest
{
protected:
    // Fee 3,000; book 20,000. 가 paid, 나 partial, 다 unpaid (applied), 라 overpaid, 마 cancelled and
    // refunded, 바 cancelled and not refunded yet, plus 7,000 won nobody has claimed.
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"), 3000);
        m_book = addItem(workspace(), m_round.id, QStringLiteral("실전 리팩터링"), 20000);
        m_goods = addItem(workspace(), m_round.id, QStringLiteral("굿즈"), 5000);

        const PersonId ga = buyer(QStringLiteral("가"), 2, OrderStatus::Confirmed, Delivery::Courier);
        pay(ga, 43000);
        pay(buyer(QStringLiteral("나"), 1, OrderStatus::Confirmed, Delivery::Pickup), 10000);
        buyer(QStringLiteral("다"), 1, OrderStatus::Applied, Delivery::Pickup);
        pay(buyer(QStringLiteral("라"), 1, OrderStatus::Confirmed, Delivery::Pickup), 25000);
        const PersonId ma = buyer(QStringLiteral("마"), 3, OrderStatus::Cancelled, Delivery::Pickup);
        OrderBook(workspace(), m_clock).setQuantity(m_round, ma, m_goods, 1);
        pay(ma, 60000);
        pay(ma, -60000);
        pay(buyer(QStringLiteral("바"), 1, OrderStatus::Cancelled, Delivery::Courier), 20000);
        PaymentBook(workspace()).record(m_round, paymentOf(std::nullopt, 7000));

        // The same person in another round: nothing of it may leak into this round's figures.
        const Round other = addRound(workspace(), QStringLiteral("2차 공구"), 3000);
        const Item otherBook = addItem(workspace(), other.id, QStringLiteral("함께 읽는 알고리즘"), 30600);
        OrderBook(workspace(), m_clock).setQuantity(other, ga, otherBook, 4, {OrderStatus::Confirmed, std::nullopt});
        PaymentBook(workspace()).record(other, paymentOf(ga, 99999));
    }

    PersonId buyer(const QString &name, int copies, OrderStatus status, Delivery delivery)
    {
        const PersonId person = addPerson(workspace(), name);
        OrderBook(workspace(), m_clock).setQuantity(m_round, person, m_book, copies, {status, delivery});
        return person;
    }
    void pay(PersonId person, qint64 won) { PaymentBook(workspace()).record(m_round, paymentOf(person, won)); }

    Round m_round;
    Item m_book;
    Item m_goods;
};

TEST_F(RoundLedgerTest, SummaryCountsNonCancelledBuyersOnly)
{
    const RoundSummary summary = RoundLedger(workspace()).summary(m_round);
    EXPECT_EQ(summary.buyers, 4);
    EXPECT_EQ(summary.copies, 5);
    EXPECT_EQ(summary.amountDue, Money::won(43000 + 20000 + 20000 + 20000));
}

TEST_F(RoundLedgerTest, PaidAndOutstandingIgnoreOverpaymentOffsets)
{
    const RoundSummary summary = RoundLedger(workspace()).summary(m_round);
    EXPECT_EQ(summary.paid, Money::won(43000 + 10000 + 25000));
    EXPECT_EQ(summary.outstanding, Money::won(10000 + 20000)) << "라's extra 5,000 must not hide 나's debt";
}

TEST_F(RoundLedgerTest, RefundDueIncludesCancelledOrdersNotYetRefunded)
{
    const RoundSummary summary = RoundLedger(workspace()).summary(m_round);
    EXPECT_EQ(summary.refundDue, Money::won(5000 + 20000));
    EXPECT_EQ(summary.unassigned, Money::won(7000));
}

TEST_F(RoundLedgerTest, ItemCopiesLeaveCancelledOrdersOut)
{
    const RoundSummary summary = RoundLedger(workspace()).summary(m_round);
    ASSERT_EQ(summary.items.size(), 2u);
    EXPECT_EQ(summary.items[0].itemId, m_book.id);
    EXPECT_EQ(summary.items[0].copies, 5);
    EXPECT_EQ(summary.items[1].itemId, m_goods.id);
    EXPECT_EQ(summary.items[1].copies, 0) << "only the cancelled order wanted goods";
}

TEST_F(RoundLedgerTest, CountsByOrderStatusAndPaymentState)
{
    const RoundSummary summary = RoundLedger(workspace()).summary(m_round);
    EXPECT_EQ(summary.byOrderStatus.at(OrderStatus::Interested), 0);
    EXPECT_EQ(summary.byOrderStatus.at(OrderStatus::Applied), 1);
    EXPECT_EQ(summary.byOrderStatus.at(OrderStatus::Confirmed), 3);
    EXPECT_EQ(summary.byOrderStatus.at(OrderStatus::Cancelled), 2);
    EXPECT_EQ(summary.byPaymentState.at(PaymentState::Unpaid), 1);
    EXPECT_EQ(summary.byPaymentState.at(PaymentState::Partial), 1);
    EXPECT_EQ(summary.byPaymentState.at(PaymentState::Paid), 1);
    EXPECT_EQ(summary.byPaymentState.at(PaymentState::Overpaid), 1);
    EXPECT_EQ(summary.byPaymentState.at(PaymentState::Refunded), 0) << "cancelled orders are not counted buyers";
}

TEST_F(RoundLedgerTest, BalancesShowCancelledOrdersOwingNothing)
{
    const std::vector<BuyerBalance> balances = RoundLedger(workspace()).balances(m_round);
    ASSERT_EQ(balances.size(), 6u);
    QStringList names;
    for (const BuyerBalance &balance : balances)
        names << balance.order.displayName;
    EXPECT_EQ(names.join(QString()), QStringLiteral("가나다라마바"));

    const BuyerBalance &refunded = balances[4];
    EXPECT_EQ(refunded.money.due, Money());
    EXPECT_EQ(refunded.money.paid, Money());
    EXPECT_EQ(refunded.state(), PaymentState::Refunded);
    const BuyerBalance &awaitingRefund = balances[5];
    EXPECT_EQ(awaitingRefund.money.due, Money());
    EXPECT_EQ(awaitingRefund.state(), PaymentState::Overpaid);
    EXPECT_EQ(awaitingRefund.money.refundDue(), Money::won(20000));
    EXPECT_EQ(balances[0].money.due, Money::won(43000)) << "courier adds the shipping fee";
    EXPECT_EQ(balances[0].order.paid, Money::won(43000)) << "the other round's payment is not counted";
}

TEST_F(RoundLedgerTest, UnpaidListLeavesCancelledAndSettledOut)
{
    const std::vector<UnpaidBuyer> unpaid = UnpaidList(workspace(), m_clock).unpaidBuyers(m_round);
    QStringList names;
    for (const UnpaidBuyer &buyer : unpaid)
        names << buyer.name;
    EXPECT_EQ(names, QStringList({QStringLiteral("나"), QStringLiteral("다")}));
}

/** RoundLedger over the demo's real round: the figures of the round it was modelled on. */
class DemoLedgerTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        DemoWorkspace::populate(workspace());
        m_round = *RoundRepository(workspace()).find(1);
        m_summary = RoundLedger(workspace()).summary(m_round);
    }

    Round m_round;
    RoundSummary m_summary;
};

TEST_F(DemoLedgerTest, BuyersAndCopies)
{
    EXPECT_EQ(m_summary.buyers, 22);
    EXPECT_EQ(m_summary.copies, 27);
    ASSERT_EQ(m_summary.items.size(), 1u);
    EXPECT_EQ(m_summary.items[0].copies, 27);
    EXPECT_EQ(m_summary.items[0].unitPrice, Money::won(25200));
}

TEST_F(DemoLedgerTest, AmountDueIsCopiesAtTheGroupPricePlusOneCourier)
{
    EXPECT_EQ(m_summary.amountDue, Money::won(27 * 25200 + 3500));
}

TEST_F(DemoLedgerTest, TwentyPaidAndTwoUnpaid)
{
    EXPECT_EQ(m_summary.byPaymentState.at(PaymentState::Paid), 20);
    EXPECT_EQ(m_summary.byPaymentState.at(PaymentState::Unpaid), 2);
    EXPECT_EQ(m_summary.byPaymentState.at(PaymentState::Partial), 0);
    EXPECT_EQ(m_summary.byPaymentState.at(PaymentState::Overpaid), 0);
    EXPECT_EQ(m_summary.byOrderStatus.at(OrderStatus::Confirmed), 22);
}

TEST_F(DemoLedgerTest, OutstandingIsWhatTheTwoUnpaidOwe)
{
    const std::vector<UnpaidBuyer> unpaid = UnpaidList(workspace(), m_clock).unpaidBuyers(m_round);
    ASSERT_EQ(unpaid.size(), 2u);
    const Money owedByUnpaid = unpaid[0].owed + unpaid[1].owed;
    EXPECT_GT(m_summary.outstanding, Money());
    EXPECT_EQ(m_summary.outstanding, owedByUnpaid);
    EXPECT_EQ(m_summary.outstanding, Money::won(3 * 25200)); // 홍승민 2 copies, 전다인 1
    EXPECT_EQ(m_summary.paid, Money::won(27 * 25200 + 3500) - owedByUnpaid);
    EXPECT_EQ(m_summary.refundDue, Money());
    // The deposit from "다인맘" waits for review: nobody's payment until the coordinator decides.
    EXPECT_EQ(m_summary.unassigned, Money::won(25200));
}

} // namespace
