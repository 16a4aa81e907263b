#include "storage/PaymentRepository.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** PaymentRepository: payments and refunds stored as whole won, listed by date. */
class PaymentRepositoryTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구")).id;
        m_person = addPerson(workspace(), QStringLiteral("서하윤"), QStringLiteral("hayoon"));
    }
    PaymentId add(qint64 won, QDate paidOn, std::optional<PersonId> person)
    {
        Payment payment;
        payment.roundId = m_round;
        payment.personId = person;
        payment.amount = Money::won(won);
        payment.paidOn = paidOn;
        payment.depositorName = QStringLiteral("서하윤엄마");
        return PaymentRepository(workspace()).add(payment);
    }

    RoundId m_round = 0;
    PersonId m_person = 0;
};

TEST_F(PaymentRepositoryTest, StoresPaymentsAndRefunds)
{
    add(25200, QDate(2026, 11, 3), m_person);
    add(-25200, QDate(2026, 11, 5), m_person);
    const std::vector<Payment> payments = PaymentRepository(workspace()).forPerson(m_round, m_person);
    ASSERT_EQ(payments.size(), 2u);
    EXPECT_EQ(payments[0].amount, Money::won(25200));
    EXPECT_EQ(payments[1].amount, Money::won(-25200));
    EXPECT_EQ(payments[0].paidOn, QDate(2026, 11, 3));
    EXPECT_EQ(payments[0].depositorName, QStringLiteral("서하윤엄마"));
    EXPECT_EQ(payments[0].source, PaymentSource::Manual);
}

TEST_F(PaymentRepositoryTest, ZeroIsRefused)
{
    EXPECT_THROW(add(0, QDate(2026, 11, 3), m_person), InputError);
    EXPECT_TRUE(PaymentRepository(workspace()).forRound(m_round).empty());
}

TEST_F(PaymentRepositoryTest, UnmatchedDepositHasNoPerson)
{
    add(30000, QDate(2026, 11, 4), std::nullopt);
    const std::vector<Payment> payments = PaymentRepository(workspace()).forRound(m_round);
    ASSERT_EQ(payments.size(), 1u);
    EXPECT_FALSE(payments[0].personId.has_value());
    EXPECT_TRUE(PaymentRepository(workspace()).forPerson(m_round, m_person).empty());
}

TEST_F(PaymentRepositoryTest, ForRoundIsByDateThenEntry)
{
    add(3000, QDate(2026, 11, 6), m_person);
    add(1000, QDate(2026, 11, 2), m_person);
    add(2000, QDate(2026, 11, 6), m_person);
    QList<qint64> amounts;
    for (const Payment &payment : PaymentRepository(workspace()).forRound(m_round))
        amounts << payment.amount.toWon();
    EXPECT_EQ(amounts, QList<qint64>({1000, 3000, 2000}));
}

} // namespace
