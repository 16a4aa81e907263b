#include "services/UnpaidList.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

// Noon UTC is the same calendar day in every time zone from UTC-11 to UTC+11, so day counts do not
// depend on where the tests run.
QDateTime noonUtc(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(12, 0), Qt::UTC);
}

/** UnpaidList: who still owes, longest-waiting first, days counted from the first confirmation. */
class UnpaidListTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"), 3000);
        m_book = addItem(workspace(), m_round.id, QStringLiteral("실전 리팩터링"), 20000);

        confirmedOn(QStringLiteral("가"), 1, 3);
        confirmedOn(QStringLiteral("나"), 1, 8);
        applied(QStringLiteral("다"));
        confirmedOn(QStringLiteral("라"), 2, 3);
        pay(confirmedOn(QStringLiteral("마"), 1, 3), 5000);
        pay(confirmedOn(QStringLiteral("바"), 1, 3), 20000);
        pay(confirmedOn(QStringLiteral("사"), 1, 3), 30000);
        const PersonId cancelled = confirmedOn(QStringLiteral("아"), 1, 3);
        OrderBook(workspace(), m_clock).setStatus(orderOf(cancelled), OrderStatus::Cancelled);
        confirmedOn(QStringLiteral("자"), 1, 8);
        // Confirmed once, then back to applied: the old confirmation time no longer counts.
        const PersonId wavering = confirmedOn(QStringLiteral("차"), 1, 3);
        OrderBook(workspace(), m_clock).setStatus(orderOf(wavering), OrderStatus::Applied);
        m_clock.set(noonUtc(10));
    }

    PersonId confirmedOn(const QString &name, int copies, int day)
    {
        m_clock.set(noonUtc(day));
        const PersonId person = addPerson(workspace(), name);
        OrderBook(workspace(), m_clock)
            .setQuantity(m_round, person, m_book, copies, {OrderStatus::Confirmed, std::nullopt});
        return person;
    }
    PersonId applied(const QString &name)
    {
        const PersonId person = addPerson(workspace(), name);
        OrderBook(workspace(), m_clock).setQuantity(m_round, person, m_book, 1);
        return person;
    }
    OrderId orderOf(PersonId person) { return OrderBook(workspace(), m_clock).setQuantity(m_round, person, m_book, 1); }
    void pay(PersonId person, qint64 won)
    {
        Payment payment;
        payment.personId = person;
        payment.amount = Money::won(won);
        PaymentBook(workspace()).record(m_round, payment);
    }
    std::vector<UnpaidBuyer> unpaid(const Clock &clock) { return UnpaidList(workspace(), clock).unpaidBuyers(m_round); }

    Round m_round;
    Item m_book;
};

TEST_F(UnpaidListTest, ListsOnlyBuyersWhoStillOwe)
{
    QStringList names;
    for (const UnpaidBuyer &buyer : unpaid(m_clock))
        names << buyer.name;
    names.sort();
    EXPECT_EQ(names.join(QString()), QStringLiteral("가나다라마자차"));
}

TEST_F(UnpaidListTest, LongestWaitingFirstThenLargestDebtThenName)
{
    QStringList names;
    for (const UnpaidBuyer &buyer : unpaid(m_clock))
        names << buyer.name;
    EXPECT_EQ(names,
              QStringList({QStringLiteral("라"), QStringLiteral("가"), QStringLiteral("마"), QStringLiteral("나"),
                           QStringLiteral("자"), QStringLiteral("다"), QStringLiteral("차")}));
}

TEST_F(UnpaidListTest, DaysCountFromConfirmation)
{
    const std::vector<UnpaidBuyer> list = unpaid(m_clock);
    ASSERT_EQ(list.size(), 7u);
    EXPECT_EQ(list[0].daysSinceConfirmed, 7);
    EXPECT_EQ(list[3].daysSinceConfirmed, 2);
    EXPECT_FALSE(list[5].daysSinceConfirmed.has_value()) << "다 never confirmed";
    EXPECT_FALSE(list[6].daysSinceConfirmed.has_value()) << "차 is no longer confirmed";
}

TEST_F(UnpaidListTest, DaysFollowTheClock)
{
    const FixedClock later(noonUtc(12));
    const std::vector<UnpaidBuyer> list = unpaid(later);
    ASSERT_EQ(list.size(), 7u);
    EXPECT_EQ(list[0].daysSinceConfirmed, 9);
    EXPECT_EQ(list[3].daysSinceConfirmed, 4);
}

TEST_F(UnpaidListTest, AmountsOfAPartialPayer)
{
    const std::vector<UnpaidBuyer> list = unpaid(m_clock);
    ASSERT_EQ(list.size(), 7u);
    const UnpaidBuyer &partial = list[2];
    ASSERT_EQ(partial.name, QStringLiteral("마"));
    EXPECT_EQ(partial.amountDue, Money::won(20000));
    EXPECT_EQ(partial.paid, Money::won(5000));
    EXPECT_EQ(partial.owed, Money::won(15000));
    EXPECT_EQ(list[0].owed, Money::won(40000));
}

/** UnpaidList over the demo round: the two buyers who had not paid. */
class DemoUnpaidTest : public TempWorkspaceTest
{
};

TEST_F(DemoUnpaidTest, TwoBuyersWaitingSinceTheThird)
{
    DemoWorkspace::populate(workspace());
    const Round round = *RoundRepository(workspace()).find(1);
    const std::vector<UnpaidBuyer> list = UnpaidList(workspace(), m_clock).unpaidBuyers(round);
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].nickname, QStringLiteral("seungmin"));
    EXPECT_EQ(list[0].owed, Money::won(2 * 25200));
    EXPECT_EQ(list[1].nickname, QStringLiteral("dain"));
    EXPECT_EQ(list[1].owed, Money::won(25200));
    EXPECT_EQ(list[0].daysSinceConfirmed, 7);
    EXPECT_EQ(list[1].daysSinceConfirmed, 7);
    EXPECT_EQ(list[0].paid, Money());
}

} // namespace
