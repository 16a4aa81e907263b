#include "services/bank/BankImporter.h"

#include "SampleRows.h"
#include "TempWorkspace.h"
#include "TestPaths.h"
#include "domain/Errors.h"
#include "io/SheetReader.h"
#include "services/OrderBook.h"
#include "services/RoundLedger.h"
#include "storage/PaymentEventRepository.h"
#include "storage/PaymentRepository.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** A round whose buyers are the depositors of tests/data/bank: 홍길동 and 박철수 owe 30,000, 김영희 60,000
 *  (two copies), 성춘향 25,000 (a cheaper book). Pickup, so no shipping fee. */
class BankImporterTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구"), 0);
        const Item book = addItem(workspace(), m_round.id, QStringLiteral("실전 리팩터링"), 30000);
        const Item cheap = addItem(workspace(), m_round.id, QStringLiteral("작은 책"), 25000);
        OrderBook orders(workspace(), m_clock);
        m_gildong = addPerson(workspace(), QStringLiteral("홍길동"), QStringLiteral("gildong"));
        m_younghee = addPerson(workspace(), QStringLiteral("김영희"), QStringLiteral("younghee"));
        m_chulsoo = addPerson(workspace(), QStringLiteral("박철수"), QStringLiteral("chulsoo"));
        m_chunhyang = addPerson(workspace(), QStringLiteral("성춘향"), QStringLiteral("chunhyang"));
        orders.setQuantity(m_round, m_gildong, book, 1);
        orders.setQuantity(m_round, m_younghee, book, 2);
        orders.setQuantity(m_round, m_chulsoo, book, 1);
        orders.setQuantity(m_round, m_chunhyang, cheap, 1);
    }

    SheetData fixture(const QString &name) { return SheetReader::readFile(dataDir() + QStringLiteral("/bank/") + name); }
    BankImportPlan plan(const SheetData &sheet) { return BankImporter(workspace()).plan(m_round, sheet); }
    std::vector<PaymentId> import(const SheetData &sheet)
    {
        BankImporter importer(workspace());
        return importer.apply(m_round, importer.plan(m_round, sheet));
    }
    Money paidBy(PersonId person)
    {
        Money sum;
        for (const Payment &payment : PaymentRepository(workspace()).forPerson(m_round.id, person))
            sum += payment.amount;
        return sum;
    }

    Round m_round;
    PersonId m_gildong = 0, m_younghee = 0, m_chulsoo = 0, m_chunhyang = 0;
};

TEST_F(BankImporterTest, PlansMatchesAndReviewsWithoutWriting)
{
    const BankImportPlan planned = plan(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
    ASSERT_EQ(planned.deposits.size(), 5u);
    // 홍길동, 김 영 희 and 박철수0042 match; 성춘향 paid through 향단 (asked); the second 홍길동 30,000 is a
    // second transfer once the first one counts.
    EXPECT_EQ(planned.deposits[0].action, DepositAction::Match);
    EXPECT_EQ(planned.deposits[1].action, DepositAction::Match);
    EXPECT_EQ(planned.deposits[2].action, DepositAction::Match);
    EXPECT_EQ(planned.deposits[3].action, DepositAction::Review);
    EXPECT_EQ(planned.deposits[4].action, DepositAction::Review);
    EXPECT_EQ(planned.count(DepositAction::Match), 3);
    EXPECT_EQ(planned.total(DepositAction::Match), Money::won(120000));
    EXPECT_EQ(planned.withdrawalsSkipped, 1);
    EXPECT_TRUE(PaymentRepository(workspace()).forRound(m_round.id).empty());
}

TEST_F(BankImporterTest, MatchedDepositsPayAndTheRestWaitUnassigned)
{
    const std::vector<PaymentId> created = import(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
    EXPECT_EQ(created.size(), 5u);
    EXPECT_EQ(paidBy(m_gildong), Money::won(30000));
    EXPECT_EQ(paidBy(m_younghee), Money::won(60000));
    EXPECT_EQ(paidBy(m_chulsoo), Money::won(30000));
    EXPECT_EQ(paidBy(m_chunhyang), Money()); // not counted until the coordinator decides

    const RoundSummary summary = RoundLedger(workspace()).summary(m_round);
    EXPECT_EQ(summary.paid, Money::won(120000));
    EXPECT_EQ(summary.unassigned, Money::won(55000));
    const auto waiting = PaymentRepository(workspace()).deposits(m_round.id, PaymentRepository::DepositFilter::Unassigned);
    ASSERT_EQ(waiting.size(), 2u);
    EXPECT_EQ(waiting[0].depositorName, QStringLiteral("성춘향(향단대납)"));
    EXPECT_EQ(waiting[0].source, PaymentSource::BankImport);
    EXPECT_FALSE(waiting[0].sourceRef.isEmpty());
}

TEST_F(BankImporterTest, ImportingTheSameStatementTwiceCountsNothingTwice)
{
    import(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
    const BankImportPlan again = plan(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
    EXPECT_EQ(again.count(DepositAction::AlreadyImported), 5);
    EXPECT_FALSE(again.changesSomething());
    EXPECT_TRUE(import(fixture(QStringLiteral("shinhan-style-utf8bom.csv"))).empty());
    EXPECT_EQ(PaymentRepository(workspace()).forRound(m_round.id).size(), 5u);
}

TEST_F(BankImporterTest, OverlappingStatementsBringOnlyTheNewLines)
{
    EXPECT_EQ(import(fixture(QStringLiteral("overlap-1.csv"))).size(), 3u); // lines 1, 3, 4 (2 is a withdrawal)
    const BankImportPlan second = plan(fixture(QStringLiteral("overlap-2.csv")));
    EXPECT_EQ(second.count(DepositAction::AlreadyImported), 2);
    EXPECT_EQ(import(fixture(QStringLiteral("overlap-2.csv"))).size(), 2u);
    EXPECT_EQ(PaymentRepository(workspace()).forRound(m_round.id).size(), 5u);
    EXPECT_EQ(paidBy(m_gildong), Money::won(30000)); // the 11-05 transfer is a second one: for review
}

TEST_F(BankImporterTest, TheSameStatementInAnotherEncodingIsTheSameLines)
{
    import(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
    // The UTF-16 export of the same account has the same columns: nothing new.
    EXPECT_EQ(plan(fixture(QStringLiteral("unicode-text-utf16.txt"))).count(DepositAction::AlreadyImported), 5);
}

TEST_F(BankImporterTest, LogsEveryImportedDepositWithItsReason)
{
    const std::vector<PaymentId> created = import(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
    const std::vector<PaymentEvent> matched = PaymentEventRepository(workspace()).forPayment(created[0]);
    ASSERT_EQ(matched.size(), 1u);
    EXPECT_EQ(matched[0].action, PaymentEventAction::Matched);
    EXPECT_EQ(matched[0].personId, m_gildong);
    EXPECT_TRUE(matched[0].detail.contains(QStringLiteral("line 6"))) << matched[0].detail.toStdString();
    const std::vector<PaymentEvent> review = PaymentEventRepository(workspace()).forPayment(created[3]);
    ASSERT_EQ(review.size(), 1u);
    EXPECT_EQ(review[0].action, PaymentEventAction::Imported);
}

TEST_F(BankImporterTest, ABadFileIsRefusedAndNothingIsWritten)
{
    const SheetData notAStatement =
        SheetReader::readBytes(QByteArrayLiteral("이름,수량\n홍길동,1\n"), QStringLiteral("applications.csv"));
    EXPECT_THROW(plan(notAStatement), InputError);
    EXPECT_TRUE(PaymentRepository(workspace()).forRound(m_round.id).empty());
}

TEST_F(BankImporterTest, RejectedLinesAreLeftOutOfTheImport)
{
    const SheetData sheet = SheetReader::readBytes(QStringLiteral("거래일자,내용,입금액\n"
                                                                  "2026-11-02,홍길동,30000\n"
                                                                  "2026-13-01,김영희,60000\n")
                                                       .toUtf8(),
                                                   QStringLiteral("s.csv"));
    const BankImportPlan planned = plan(sheet);
    ASSERT_EQ(planned.rejected.size(), 1u);
    EXPECT_EQ(planned.rejected[0].line, 3);
    BankImporter(workspace()).apply(m_round, planned);
    EXPECT_EQ(PaymentRepository(workspace()).forRound(m_round.id).size(), 1u);
}

TEST_F(BankImporterTest, AQuantityChangeAfterPaymentShowsTheNewBalance)
{
    import(fixture(QStringLiteral("shinhan-style-utf8bom.csv")));
    const Item book = ItemRepository(workspace()).forRound(m_round.id).front();
    OrderBook(workspace(), m_clock).setQuantity(m_round, m_younghee, book, 1); // 2 copies → 1, paid for 2
    OrderBook(workspace(), m_clock).setQuantity(m_round, m_gildong, book, 2);  // 1 → 2, paid for 1
    for (const BuyerBalance &balance : RoundLedger(workspace()).balances(m_round)) {
        if (balance.order.personId == m_younghee) {
            EXPECT_EQ(balance.money.refundDue(), Money::won(30000));
            EXPECT_EQ(balance.state(), PaymentState::Overpaid);
        }
        if (balance.order.personId == m_gildong) {
            EXPECT_EQ(balance.money.owed(), Money::won(30000));
            EXPECT_EQ(balance.state(), PaymentState::Partial);
        }
    }
}

} // namespace
