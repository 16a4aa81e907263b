// import bank, reconcile and the payment decisions end to end, on the statements in tests/data/bank.
#include "CliProcess.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

/** A round whose buyers are the depositors of the fixture statements: 홍길동, 박철수 (one copy, 30,000),
 *  김영희 (two copies) and 성춘향. Pickup only, so nothing is added for shipping. */
class CliImportBankTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        create({u"round"_s, u"create"_s, u"--title"_s, u"가을 공구"_s, u"--supplier"_s, u"가나다출판사"_s});
        create({u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"실전 리팩터링"_s, u"--unit-price"_s,
                u"30000"_s});
        for (const auto &[name, nickname, qty] : {std::tuple{u"홍길동"_s, u"gildong"_s, 1}, {u"김영희"_s, u"younghee"_s, 2},
                                                  {u"박철수"_s, u"chulsoo"_s, 1}, {u"성춘향"_s, u"chunhyang"_s, 1}}) {
            create({u"person"_s, u"add"_s, u"--name"_s, name, u"--nickname"_s, nickname});
            create({u"order"_s, u"set"_s, u"--round"_s, u"1"_s, u"--person"_s, nickname, u"--item"_s, u"1"_s,
                    u"--qty"_s, QString::number(qty), u"--status"_s, u"confirmed"_s, u"--delivery"_s, u"pickup"_s});
        }
    }

    static QString fixture(const QString &name) { return dataDir() + u"/bank/"_s + name; }

    CliResult import(const QString &file, const QStringList &extra = {}) const
    {
        return cli(QStringList{u"import"_s, u"bank"_s, u"--round"_s, u"1"_s, file, u"--format"_s, u"json"_s} + extra);
    }
    QJsonObject summary() const
    {
        return cli({u"summary"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object();
    }
    QJsonArray pending() const
    {
        return cli({u"reconcile"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s}).json().object()[u"deposits"_s].toArray();
    }
};

TEST_F(CliImportBankTest, DryRunPrintsTheMatchTableWithReasonsAndWritesNothing)
{
    const QString before = workspaceDump(workspacePath());
    const CliResult result = import(fixture(u"kb-style-cp949.csv"_s), {u"--dry-run"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject plan = result.json().object();
    EXPECT_EQ(plan[u"encoding"_s].toString(), u"CP949"_s);
    EXPECT_FALSE(plan[u"written"_s].toBool());
    EXPECT_EQ(plan[u"matched"_s].toInt(), 3);
    EXPECT_EQ(plan[u"review"_s].toInt(), 2);
    EXPECT_EQ(plan[u"withdrawals_skipped"_s].toInt(), 1);
    const QJsonArray rows = plan[u"rows"_s].toArray();
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows[0][u"action"_s].toString(), u"matched"_s);
    EXPECT_EQ(rows[0][u"depositor"_s].toString(), u"홍길동"_s);
    EXPECT_EQ(rows[0][u"amount"_s].toInteger(), 30000);
    const QJsonObject onBehalf = rows[3].toObject();
    EXPECT_EQ(onBehalf[u"action"_s].toString(), u"review"_s);
    EXPECT_TRUE(onBehalf[u"reason"_s].toString().contains(u"향단"_s)) << onBehalf[u"reason"_s].toString().toStdString();
    EXPECT_EQ(onBehalf[u"candidates"_s].toArray()[0][u"reasons"_s].toArray().contains(u"on_behalf"_s), true);
    EXPECT_EQ(workspaceDump(workspacePath()), before);

    const CliResult table = cli({u"import"_s, u"bank"_s, u"--round"_s, u"1"_s, fixture(u"kb-style-cp949.csv"_s),
                                 u"--dry-run"_s});
    EXPECT_TRUE(table.out.contains(u"3 matched, 2 to review"_s)) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(u"exact name and amount"_s));
}

TEST_F(CliImportBankTest, ImportCountsMatchedDepositsAndKeepsTheRestForReview)
{
    ASSERT_EQ(import(fixture(u"statement.xlsx"_s)).exitCode, 0);
    const QJsonObject totals = summary();
    EXPECT_EQ(totals[u"paid"_s].toInteger(), 120000);
    EXPECT_EQ(totals[u"outstanding"_s].toInteger(), 30000); // 성춘향: her deposit waits for review
    const QJsonArray waiting = pending();
    ASSERT_EQ(waiting.size(), 2);
    EXPECT_EQ(waiting[0][u"depositor"_s].toString(), u"성춘향(향단대납)"_s);
}

TEST_F(CliImportBankTest, TheSameStatementTwiceAndAnOverlapNeverCountTwice)
{
    ASSERT_EQ(import(fixture(u"overlap-1.csv"_s)).exitCode, 0);
    const CliResult second = import(fixture(u"overlap-2.csv"_s));
    ASSERT_EQ(second.exitCode, 0);
    EXPECT_EQ(second.json().object()[u"already_imported"_s].toInt(), 2);
    const CliResult again = import(fixture(u"overlap-2.csv"_s));
    EXPECT_EQ(again.json().object()[u"already_imported"_s].toInt(), 4);
    EXPECT_EQ(summary()[u"paid"_s].toInteger(), 120000);
}

TEST_F(CliImportBankTest, AssignSplitAndIgnoreSettleTheReviewList)
{
    ASSERT_EQ(import(fixture(u"shinhan-style-utf8bom.csv"_s)).exitCode, 0);
    const QJsonArray waiting = pending();
    ASSERT_EQ(waiting.size(), 2);
    const QString onBehalf = QString::number(waiting[0][u"payment_id"_s].toInteger());
    const QString secondTransfer = QString::number(waiting[1][u"payment_id"_s].toInteger());

    EXPECT_EQ(cli({u"payment"_s, u"assign"_s, u"--payment"_s, onBehalf, u"--person"_s, u"chunhyang"_s}).exitCode, 0);
    EXPECT_EQ(summary()[u"outstanding"_s].toInteger(), 5000); // 25,000 of 30,000
    const CliResult split = cli({u"payment"_s, u"split"_s, u"--payment"_s, secondTransfer, u"--part"_s,
                                 u"gildong=25000"_s, u"--part"_s, u"chunhyang=5000"_s});
    ASSERT_EQ(split.exitCode, 0) << split.err.toStdString();
    EXPECT_EQ(summary()[u"outstanding"_s].toInteger(), 0);
    EXPECT_TRUE(pending().isEmpty());
}

TEST_F(CliImportBankTest, RejectedLinesRefuseTheFileUnlessSkipped)
{
    QFile file(pathFor(u"bad.csv"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"거래일자,내용,입금액\n2026-11-02,홍길동,30000\n2026-02-30,김영희,60000\n"_s.toUtf8());
    file.close();
    const QString before = workspaceDump(workspacePath());
    const CliResult refused = import(pathFor(u"bad.csv"_s));
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"line 3: '2026-02-30' is not a date"_s)) << refused.err.toStdString();
    EXPECT_EQ(workspaceDump(workspacePath()), before);

    const CliResult skipped = import(pathFor(u"bad.csv"_s), {u"--skip-invalid"_s});
    EXPECT_EQ(skipped.exitCode, 0);
    EXPECT_EQ(summary()[u"paid"_s].toInteger(), 30000);
}

TEST_F(CliImportBankTest, BadInputIsOneClearLineAndChangesNothing)
{
    const QString before = workspaceDump(workspacePath());
    const struct
    {
        QStringList arguments;
        QString message;
    } cases[] = {
        {{u"import"_s, u"bank"_s, u"--round"_s, u"1"_s, fixture(u"../applications/form-utf8-bom.csv"_s)},
         u"no bank statement header"_s},
        {{u"import"_s, u"bank"_s, u"--round"_s, u"1"_s, fixture(u"overlap-1.csv"_s), u"--columns"_s, u"payee=내용"_s},
         u"unknown role 'payee'"_s},
        {{u"import"_s, u"bank"_s, u"--round"_s, u"9"_s, fixture(u"overlap-1.csv"_s)}, u"9"_s},
        {{u"payment"_s, u"assign"_s, u"--payment"_s, u"77"_s, u"--person"_s, u"gildong"_s}, u"payment 77"_s},
        {{u"payment"_s, u"split"_s, u"--payment"_s, u"1"_s, u"--part"_s, u"gildong=1"_s}, u"two --part"_s},
    };
    for (const auto &c : cases) {
        const CliResult result = cli(c.arguments);
        EXPECT_EQ(result.exitCode, 2) << c.arguments.join(u' ').toStdString();
        EXPECT_EQ(result.errLines().size(), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(c.message)) << result.err.toStdString();
    }
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

} // namespace
} // namespace gonggu::test
