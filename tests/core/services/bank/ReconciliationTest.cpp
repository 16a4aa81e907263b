#include "services/bank/Reconciliation.h"

#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "io/SheetReader.h"
#include "services/OrderBook.h"
#include "services/RoundLedger.h"
#include "services/bank/BankImporter.h"
#include "storage/PaymentEventRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonAliasRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** The coordinator's decisions on deposits the matcher could not settle alone. */
class ReconciliationTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"), 0);
        m_book = addItem(workspace(), m_round.id, QStringLiteral("실전 리팩터링"), 30000);
        m_chunhyang = addBuyer(QStringLiteral("성춘향"), QStringLiteral("chunhyang"));
        m_gildong = addBuyer(QStringLiteral("홍길동"), QStringLiteral("gildong"));
        m_younghee = addBuyer(QStringLiteral("김영희"), QStringLiteral("younghee"));
        m_stranger = addPerson(workspace(), QStringLiteral("이방인"));
    }
    PersonId addBuyer(const QString &name, const QString &nickname)
    {
        const PersonId person = addPerson(workspace(), name, nickname);
        OrderBook(workspace(), m_clock).setQuantity(m_round, person, m_book, 1);
        return person;
    }
    /** Imports one deposit line and returns its payment. */
    PaymentId importDeposit(const QString &depositor, qint64 amount, const QString &day = QStringLiteral("2026-11-03"))
    {
        const SheetData sheet = SheetReader::readBytes(
            QStringLiteral("거래일자,내용,입금액\n%1,%2,%3\n").arg(day, depositor).arg(amount).toUtf8(),
            QStringLiteral("s.csv"));
        BankImporter importer(workspace());
        const std::vector<PaymentId> ids = importer.apply(m_round, importer.plan(m_round, sheet));
        return ids.empty() ? 0 : ids.front();
    }
    std::optional<PersonId> ownerOf(PaymentId id) { return PaymentRepository(workspace()).find(id)->personId; }
    Money paid() { return RoundLedger(workspace()).summary(m_round).paid; }
    Money unassigned() { return RoundLedger(workspace()).summary(m_round).unassigned; }

    Round m_round;
    Item m_book;
    PersonId m_chunhyang = 0, m_gildong = 0, m_younghee = 0, m_stranger = 0;
};

TEST_F(ReconciliationTest, ListsTheDepositsWaitingWithSuggestions)
{
    importDeposit(QStringLiteral("성춘향(향단대납)"), 30000);
    importDeposit(QStringLiteral("홍길동"), 30000); // matched: not waiting
    const std::vector<ReviewItem> pending = Reconciliation(workspace()).pending(m_round);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].deposit.depositorName, QStringLiteral("성춘향(향단대납)"));
    ASSERT_FALSE(pending[0].match.candidates.empty());
    EXPECT_EQ(pending[0].match.candidates.front().personId, m_chunhyang);
}

TEST_F(ReconciliationTest, AManualMatchPaysAndIsRememberedForTheNextStatement)
{
    const PaymentId deposit = importDeposit(QStringLiteral("성춘향(향단대납)"), 30000);
    Reconciliation reconciliation(workspace());
    const AssignResult result = reconciliation.assign(m_round, deposit, m_chunhyang);
    EXPECT_EQ(ownerOf(deposit), m_chunhyang);
    EXPECT_EQ(paid(), Money::won(30000));
    EXPECT_EQ(unassigned(), Money());
    ASSERT_TRUE(result.learnedAlias.has_value());
    const auto aliases = PersonAliasRepository(workspace()).forPerson(m_chunhyang);
    ASSERT_EQ(aliases.size(), 1u);
    EXPECT_EQ(aliases[0].alias, QStringLiteral("성춘향(향단대납)"));

    // The next round's statement: the same text now matches by itself.
    OrderBook(workspace(), m_clock).setQuantity(m_round, m_chunhyang, m_book, 2);
    const std::vector<PaymentId> next = [&] {
        const SheetData sheet =
            SheetReader::readBytes(QStringLiteral("거래일자,내용,입금액\n2026-11-09,성춘향(향단대납),30000\n").toUtf8(),
                                   QStringLiteral("s.csv"));
        BankImporter importer(workspace());
        return importer.apply(m_round, importer.plan(m_round, sheet));
    }();
    ASSERT_EQ(next.size(), 1u);
    EXPECT_EQ(ownerOf(next[0]), m_chunhyang);

    const auto events = PaymentEventRepository(workspace()).forPayment(deposit);
    std::vector<PaymentEventAction> actions;
    for (const PaymentEvent &event : events)
        actions.push_back(event.action);
    EXPECT_EQ(actions, (std::vector<PaymentEventAction>{PaymentEventAction::Imported, PaymentEventAction::Assigned,
                                                        PaymentEventAction::AliasLearned}));
}

TEST_F(ReconciliationTest, UndoingAnAssignmentForgetsTheAliasItTaught)
{
    const PaymentId deposit = importDeposit(QStringLiteral("향단"), 30000);
    Reconciliation reconciliation(workspace());
    const AssignResult result = reconciliation.assign(m_round, deposit, m_chunhyang);
    reconciliation.undoAssign(m_round, deposit, result);
    EXPECT_EQ(ownerOf(deposit), std::nullopt);
    EXPECT_TRUE(PersonAliasRepository(workspace()).forPerson(m_chunhyang).empty());
    EXPECT_EQ(unassigned(), Money::won(30000));
}

TEST_F(ReconciliationTest, AMatchByTheirOwnNameTeachesNothing)
{
    const PaymentId deposit = importDeposit(QStringLiteral("홍길동"), 20000); // partial: for review
    const AssignResult result = Reconciliation(workspace()).assign(m_round, deposit, m_gildong);
    EXPECT_FALSE(result.learnedAlias.has_value());
    EXPECT_TRUE(PersonAliasRepository(workspace()).forPerson(m_gildong).empty());
}

TEST_F(ReconciliationTest, ReassigningKeepsWhoHadItForUndo)
{
    const PaymentId deposit = importDeposit(QStringLiteral("홍길동"), 30000);
    ASSERT_EQ(ownerOf(deposit), m_gildong);
    Reconciliation reconciliation(workspace());
    const AssignResult result = reconciliation.assign(m_round, deposit, m_younghee, false);
    EXPECT_EQ(result.previousPerson, m_gildong);
    EXPECT_EQ(ownerOf(deposit), m_younghee);
    reconciliation.undoAssign(m_round, deposit, result);
    EXPECT_EQ(ownerOf(deposit), m_gildong);
}

TEST_F(ReconciliationTest, OneDepositForTwoBuyersIsSplitAndMergedBack)
{
    const PaymentId deposit = importDeposit(QStringLiteral("홍길동"), 60000);
    Reconciliation reconciliation(workspace());
    const std::vector<PaymentId> parts =
        reconciliation.split(m_round, deposit, {{m_gildong, Money::won(30000)}, {m_younghee, Money::won(30000)}});
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], deposit);
    EXPECT_EQ(paid(), Money::won(60000));
    EXPECT_EQ(unassigned(), Money());
    const Payment second = *PaymentRepository(workspace()).find(parts[1]);
    EXPECT_EQ(second.splitOf, deposit);
    EXPECT_EQ(second.personId, m_younghee);
    EXPECT_TRUE(second.sourceRef.isEmpty());

    reconciliation.merge(m_round, deposit);
    EXPECT_FALSE(PaymentRepository(workspace()).find(parts[1]).has_value());
    const Payment whole = *PaymentRepository(workspace()).find(deposit);
    EXPECT_EQ(whole.amount, Money::won(60000));
    EXPECT_FALSE(whole.personId.has_value());
    EXPECT_EQ(unassigned(), Money::won(60000));
}

TEST_F(ReconciliationTest, MergingCanGiveTheDepositBackToItsBuyerAndSaysSo)
{
    const PaymentId deposit = importDeposit(QStringLiteral("홍길동"), 30000); // matched to 홍길동
    Reconciliation reconciliation(workspace());
    reconciliation.split(m_round, deposit, {{m_gildong, Money::won(20000)}, {m_younghee, Money::won(10000)}});
    reconciliation.merge(m_round, deposit, m_gildong);
    const Payment whole = *PaymentRepository(workspace()).find(deposit);
    EXPECT_EQ(whole.amount, Money::won(30000));
    EXPECT_EQ(whole.personId, m_gildong);
    const auto events = PaymentEventRepository(workspace()).forPayment(deposit);
    ASSERT_FALSE(events.empty());
    EXPECT_EQ(events.back().action, PaymentEventAction::Merged);
    EXPECT_EQ(events.back().personId, m_gildong);
}

TEST_F(ReconciliationTest, ASplitMustAddUpAndGoToBuyers)
{
    const PaymentId deposit = importDeposit(QStringLiteral("홍길동"), 60000);
    Reconciliation reconciliation(workspace());
    EXPECT_THROW(
        reconciliation.split(m_round, deposit, {{m_gildong, Money::won(30000)}, {m_younghee, Money::won(20000)}}),
        InputError);
    EXPECT_THROW(
        reconciliation.split(m_round, deposit, {{m_gildong, Money::won(30000)}, {m_stranger, Money::won(30000)}}),
        InputError);
    EXPECT_THROW(reconciliation.split(m_round, deposit, {{m_gildong, Money::won(60000)}}), InputError);
    EXPECT_THROW(
        reconciliation.split(m_round, deposit, {{m_gildong, Money::won(70000)}, {m_younghee, Money::won(-10000)}}),
        InputError);
    EXPECT_EQ(PaymentRepository(workspace()).forRound(m_round.id).size(), 1u);
    EXPECT_EQ(PaymentRepository(workspace()).find(deposit)->amount, Money::won(60000));
}

TEST_F(ReconciliationTest, AnIgnoredDepositIsNobodysAndStaysIgnoredOnReimport)
{
    const PaymentId deposit = importDeposit(QStringLiteral("이자"), 12);
    Reconciliation reconciliation(workspace());
    reconciliation.ignore(m_round, deposit, QStringLiteral("bank interest"));
    EXPECT_EQ(unassigned(), Money());
    EXPECT_TRUE(reconciliation.pending(m_round).empty());
    EXPECT_EQ(importDeposit(QStringLiteral("이자"), 12), 0); // the same line again: already there
    EXPECT_THROW(reconciliation.assign(m_round, deposit, m_gildong), InputError);
    reconciliation.restore(m_round, deposit);
    EXPECT_EQ(unassigned(), Money::won(12));
}

TEST_F(ReconciliationTest, RefusesAPersonWithoutAnOrderAndAPaymentOfAnotherRound)
{
    const PaymentId deposit = importDeposit(QStringLiteral("누군가"), 30000);
    Reconciliation reconciliation(workspace());
    EXPECT_THROW(reconciliation.assign(m_round, deposit, m_stranger), InputError);
    const Round other = addRound(workspace(), QStringLiteral("2차 공구"));
    EXPECT_THROW(reconciliation.assign(other, deposit, m_gildong), InputError);
    EXPECT_EQ(ownerOf(deposit), std::nullopt);
}

} // namespace
