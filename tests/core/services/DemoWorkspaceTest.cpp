#include "services/DemoWorkspace.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "services/RoundLedger.h"
#include "storage/ChangeLog.h"
#include "storage/RoundTaskRepository.h"

#include <QHash>

#include <algorithm>

using namespace gonggu;
using namespace gonggu::test;

namespace {

// The figures two demo workspaces must agree on.
QStringList fingerprint(Workspace &workspace)
{
    QStringList lines;
    for (const Round &round : RoundRepository(workspace).all()) {
        const RoundSummary summary = RoundLedger(workspace).summary(round);
        lines << QStringLiteral("%1 %2 buyers=%3 copies=%4 due=%5 paid=%6 outstanding=%7 refund=%8")
                     .arg(round.id)
                     .arg(round.title)
                     .arg(summary.buyers)
                     .arg(summary.copies)
                     .arg(summary.amountDue.toWon())
                     .arg(summary.paid.toWon())
                     .arg(summary.outstanding.toWon())
                     .arg(summary.refundDue.toWon());
        for (const BuyerBalance &balance : RoundLedger(workspace).balances(round))
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(balance.order.personId)
                         .arg(balance.order.displayName, toKey(balance.order.status), toKey(balance.order.delivery))
                         .arg(balance.money.due.toWon())
                         .arg(balance.money.paid.toWon());
    }
    return lines;
}

/** DemoWorkspace: the real round first, an optional deterministic scale round, empty workspaces only. */
class DemoWorkspaceTest : public TempWorkspaceTest
{
};

TEST_F(DemoWorkspaceTest, RealRoundIsRoundOne)
{
    DemoWorkspace::populate(workspace());
    const std::vector<Round> rounds = RoundRepository(workspace()).all();
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].id, 1);
    EXPECT_EQ(rounds[0].title, QStringLiteral("『실전 리팩터링』 공동구매"));
    EXPECT_EQ(rounds[0].shippingFee, Money::won(3500));
    const std::vector<Item> items = ItemRepository(workspace()).forRound(1);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].unitPrice, Money::won(25200));
    EXPECT_EQ(items[0].listPrice, Money::won(28000));
}

TEST_F(DemoWorkspaceTest, IsOneChangeOfTheHistoryNamedForWhatItIs)
{
    DemoWorkspace::populate(workspace(), 50);
    const std::vector<ChangeRecord> changes = ChangeLog(workspace()).recent();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].summary, QStringLiteral("Demo workspace written"));
    EXPECT_FALSE(changes[0].roundId.has_value());
}

TEST_F(DemoWorkspaceTest, HasTwoPeopleOfTheSameName)
{
    DemoWorkspace::populate(workspace());
    EXPECT_EQ(PersonRepository(workspace()).all().size(), std::size_t(DemoWorkspace::realRoundBuyers));
    EXPECT_THROW(PersonRepository(workspace()).resolve(QStringLiteral("김민준")), InputError);
    EXPECT_EQ(PersonRepository(workspace()).resolve(QStringLiteral("mj_kim")).displayName, QStringLiteral("김민준"));
}

TEST_F(DemoWorkspaceTest, OneCourierDelivery)
{
    DemoWorkspace::populate(workspace());
    const Round round = *RoundRepository(workspace()).find(1);
    int couriers = 0;
    for (const BuyerBalance &balance : RoundLedger(workspace()).balances(round))
        couriers += balance.order.delivery == Delivery::Courier ? 1 : 0;
    EXPECT_EQ(couriers, 1);
}

TEST_F(DemoWorkspaceTest, IncludesChecklistRemindersAndContactLog)
{
    DemoWorkspace::populate(workspace());
    RoundTaskRepository tasks(workspace());
    EXPECT_EQ(tasks.checklist(1).size(), 4u);
    EXPECT_EQ(tasks.reminders(1).size(), 2u);
    EXPECT_EQ(tasks.contactLog(1).size(), 1u);
}

TEST_F(DemoWorkspaceTest, RefusesAWorkspaceThatHasARound)
{
    addRound(workspace(), QStringLiteral("내 공구"));
    EXPECT_THROW(DemoWorkspace::populate(workspace()), InputError);
    EXPECT_EQ(RoundRepository(workspace()).all().size(), 1u);
    EXPECT_TRUE(PersonRepository(workspace()).all().empty());
}

TEST_F(DemoWorkspaceTest, RefusesToRunTwice)
{
    DemoWorkspace::populate(workspace());
    EXPECT_THROW(DemoWorkspace::populate(workspace()), InputError);
    EXPECT_EQ(RoundRepository(workspace()).all().size(), 1u);
}

TEST_F(DemoWorkspaceTest, ScaleRoundHasTheRequestedBuyers)
{
    DemoWorkspace::populate(workspace(), 1000);
    const std::vector<Round> rounds = RoundRepository(workspace()).all();
    ASSERT_EQ(rounds.size(), 2u);
    EXPECT_EQ(rounds[1].id, 2);
    EXPECT_EQ(rounds[1].title, QStringLiteral("대규모 공동구매 (1000명)"));
    EXPECT_EQ(RoundLedger(workspace()).balances(rounds[1]).size(), 1000u);
    EXPECT_EQ(PersonRepository(workspace()).all().size(), std::size_t(DemoWorkspace::realRoundBuyers + 1000));

    const RoundSummary summary = RoundLedger(workspace()).summary(rounds[1]);
    EXPECT_EQ(summary.buyers + summary.byOrderStatus.at(OrderStatus::Cancelled), 1000);
    EXPECT_GT(summary.byOrderStatus.at(OrderStatus::Cancelled), 0);
    EXPECT_GT(summary.byPaymentState.at(PaymentState::Unpaid), 0);
    EXPECT_GT(summary.byPaymentState.at(PaymentState::Paid), 0);
    EXPECT_EQ(summary.items.size(), 3u);
    EXPECT_EQ(summary.amountDue - summary.paid, summary.outstanding) << "nobody overpays in the demo";
}

TEST_F(DemoWorkspaceTest, SameInputsGiveTheSameWorkspace)
{
    DemoWorkspace::populate(workspace(), 1000);
    Workspace twin(pathFor(QStringLiteral("twin.gonggu")), m_clock);
    DemoWorkspace::populate(twin, 1000);
    const QStringList mine = fingerprint(workspace());
    EXPECT_EQ(mine.size(), 2 + DemoWorkspace::realRoundBuyers + 1000);
    EXPECT_EQ(fingerprint(twin), mine);
}

TEST_F(DemoWorkspaceTest, ScaleRoundNamesVaryLikeARealCommunity)
{
    DemoWorkspace::populate(workspace(), 2000);
    QHash<QString, int> peopleNamed;
    for (const BuyerBalance &balance : RoundLedger(workspace()).balances(*RoundRepository(workspace()).find(2)))
        ++peopleNamed[balance.order.displayName];
    // Some share a name (동명이인), as in any large community, but a handful at most, never hundreds.
    EXPECT_GE(peopleNamed.size(), 1800);
    EXPECT_LT(peopleNamed.size(), 2000);
    int mostShared = 0;
    for (const int count : std::as_const(peopleNamed))
        mostShared = std::max(mostShared, count);
    EXPECT_LE(mostShared, 5);
    for (const QString &name : peopleNamed.keys()) {
        EXPECT_EQ(name.size(), 3) << name.toStdString() << ": a family name and a two-syllable given name";
    }
}

} // namespace
