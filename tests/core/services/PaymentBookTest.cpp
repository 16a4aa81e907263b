#include "services/PaymentBook.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "services/OrderBook.h"
#include "storage/PaymentRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** PaymentBook: a payment belongs to a buyer of the round (or to nobody yet) and is never 0 won. */
class PaymentBookTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"));
        m_otherRound = addRound(workspace(), QStringLiteral("2차 공구"));
        const Item book = addItem(workspace(), m_round.id, QStringLiteral("실전 리팩터링"), 25200);
        m_buyer = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
        m_stranger = addPerson(workspace(), QStringLiteral("이서연"), QStringLiteral("seoyeon"));
        OrderBook(workspace(), m_clock).setQuantity(m_round, m_buyer, book, 1);
    }
    Payment paymentOf(qint64 won, std::optional<PersonId> person)
    {
        Payment payment;
        payment.personId = person;
        payment.amount = Money::won(won);
        payment.paidOn = QDate(2026, 11, 4);
        return payment;
    }
    std::size_t stored() { return PaymentRepository(workspace()).forRound(m_round.id).size(); }

    Round m_round;
    Round m_otherRound;
    PersonId m_buyer = 0;
    PersonId m_stranger = 0;
};

TEST_F(PaymentBookTest, RecordsAPaymentOfABuyerInTheRound)
{
    Payment payment = paymentOf(25200, m_buyer);
    payment.roundId = m_otherRound.id; // the round argument decides, not the field
    PaymentBook(workspace()).record(m_round, payment);
    const std::vector<Payment> payments = PaymentRepository(workspace()).forPerson(m_round.id, m_buyer);
    ASSERT_EQ(payments.size(), 1u);
    EXPECT_EQ(payments[0].amount, Money::won(25200));
    EXPECT_TRUE(PaymentRepository(workspace()).forRound(m_otherRound.id).empty());
}

TEST_F(PaymentBookTest, RecordsARefund)
{
    PaymentBook(workspace()).record(m_round, paymentOf(-5000, m_buyer));
    const std::vector<Payment> payments = PaymentRepository(workspace()).forRound(m_round.id);
    ASSERT_EQ(payments.size(), 1u);
    EXPECT_EQ(payments[0].amount, Money::won(-5000));
}

TEST_F(PaymentBookTest, RecordsAnUnmatchedDeposit)
{
    PaymentBook(workspace()).record(m_round, paymentOf(30000, std::nullopt));
    EXPECT_EQ(stored(), 1u);
}

TEST_F(PaymentBookTest, ZeroIsRefused)
{
    EXPECT_THROW(PaymentBook(workspace()).record(m_round, paymentOf(0, m_buyer)), InputError);
    EXPECT_EQ(stored(), 0u);
}

TEST_F(PaymentBookTest, AmountBeyondTheLimitIsRefused)
{
    EXPECT_THROW(PaymentBook(workspace()).record(m_round, paymentOf(Money::maxAbsoluteWon + 1, m_buyer)), InputError);
    EXPECT_THROW(PaymentBook(workspace()).record(m_round, paymentOf(-Money::maxAbsoluteWon - 1, m_buyer)), InputError);
    EXPECT_EQ(stored(), 0u);
}

TEST_F(PaymentBookTest, PersonWithoutAnOrderInTheRoundIsRefused)
{
    try {
        PaymentBook(workspace()).record(m_round, paymentOf(25200, m_stranger));
        FAIL() << "recorded a payment of someone who ordered nothing";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(m_round.title)) << error.what();
    }
    EXPECT_EQ(stored(), 0u);
}

TEST_F(PaymentBookTest, AnOrderInAnotherRoundDoesNotCount)
{
    EXPECT_THROW(PaymentBook(workspace()).record(m_otherRound, paymentOf(25200, m_buyer)), InputError);
    EXPECT_TRUE(PaymentRepository(workspace()).forRound(m_otherRound.id).empty());
}

} // namespace
