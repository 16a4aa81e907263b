#include "services/bank/BankStatement.h"

#include "TestPaths.h"
#include "domain/Errors.h"
#include "io/SheetReader.h"

#include <gtest/gtest.h>

using namespace gonggu;
using namespace gonggu::test;

namespace {

BankStatement readText(const QString &text, const std::map<QString, QString> &overrides = {})
{
    return BankStatementReader::read(SheetReader::readBytes(text.toUtf8(), QStringLiteral("statement.csv")),
                                     overrides);
}

QString inputErrorOf(const QString &text, const std::map<QString, QString> &overrides = {})
{
    try {
        readText(text, overrides);
    } catch (const InputError &error) {
        return error.message();
    }
    return {};
}

struct Fixture
{
    const char *file;
    const char *encoding;
    int headerLine;
    bool hasTime;
};

class BankFixtureTest : public ::testing::TestWithParam<Fixture>
{
};

/** Every shape of export carries the same five deposits and one withdrawal (tests/data/bank). */
TEST_P(BankFixtureTest, ReadsTheSameDepositsFromEveryShape)
{
    const Fixture &fixture = GetParam();
    const BankStatement statement =
        BankStatementReader::read(SheetReader::readFile(dataDir() + QStringLiteral("/bank/") + QLatin1String(fixture.file)));
    EXPECT_EQ(statement.encoding, QLatin1String(fixture.encoding));
    EXPECT_EQ(statement.headerLine, fixture.headerLine);
    EXPECT_TRUE(statement.rejected.empty()) << statement.rejected.front().reason.toStdString();
    EXPECT_EQ(statement.withdrawalsSkipped, 1);
    ASSERT_EQ(statement.deposits.size(), 5u);

    const QStringList names{QStringLiteral("홍길동"), QStringLiteral("김 영 희"), QStringLiteral("박철수0042"),
                            QStringLiteral("성춘향(향단대납)"), QStringLiteral("홍길동")};
    const std::vector<qint64> amounts{30000, 60000, 30000, 25000, 30000};
    const std::vector<QDate> dates{QDate(2026, 11, 2), QDate(2026, 11, 3), QDate(2026, 11, 3), QDate(2026, 11, 4),
                                   QDate(2026, 11, 5)};
    for (std::size_t i = 0; i < 5; ++i) {
        const BankTransaction &deposit = statement.deposits[i];
        EXPECT_EQ(deposit.depositor, names[int(i)]) << i;
        EXPECT_EQ(deposit.amount, Money::won(amounts[i])) << i;
        EXPECT_EQ(deposit.date, dates[i]) << i;
        EXPECT_EQ(deposit.time.isValid(), fixture.hasTime) << i;
    }
    EXPECT_EQ(statement.deposits[0].balance, Money::won(1030000));
    if (fixture.hasTime) {
        EXPECT_EQ(statement.deposits[2].time, QTime(13, 45, 10));
    }
    // Same day, name and amount on the 2nd and 5th line, but different balances: two references.
    EXPECT_NE(statement.deposits[0].reference(), statement.deposits[4].reference());
}

INSTANTIATE_TEST_SUITE_P(Files, BankFixtureTest,
                         ::testing::Values(Fixture{"shinhan-style-utf8bom.csv", "UTF-8 with BOM", 5, true},
                                           Fixture{"kb-style-cp949.csv", "CP949", 3, true},
                                           Fixture{"english-style.csv", "UTF-8", 1, true},
                                           Fixture{"signed-amount.csv", "UTF-8", 1, false},
                                           Fixture{"unicode-text-utf16.txt", "UTF-16LE", 5, true},
                                           Fixture{"statement.xlsx", "XLSX", 3, true},
                                           Fixture{"statement.xls", "XLS", 3, true}),
                         [](const auto &info) {
                             std::string name = info.param.file;
                             for (char &c : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(c)))
                                     c = '_';
                             }
                             return name;
                         });

TEST(BankStatementReader, FindsTheHeaderBelowAnAccountPreamble)
{
    const BankStatement statement = readText(QStringLiteral("국민은행 거래내역\n"
                                                            "계좌번호,123-45-678901\n"
                                                            "조회기간,2026.11.01~2026.11.30\n"
                                                            "\n"
                                                            "거래일시,적요,보낸분/받는분,출금액,입금액,잔액\n"
                                                            "2026.11.02 10:11,타행,홍길동,,\"30,000\",\"100,000\"\n"));
    EXPECT_EQ(statement.headerLine, 5);
    ASSERT_EQ(statement.deposits.size(), 1u);
    EXPECT_EQ(statement.deposits[0].line, 6);
    EXPECT_EQ(statement.deposits[0].depositor, QStringLiteral("홍길동"));
    EXPECT_EQ(statement.deposits[0].time, QTime(10, 11));
    EXPECT_EQ(statement.deposits[0].description, QStringLiteral("타행"));
}

TEST(BankStatementReader, SkipsFooterNotesAndTotals)
{
    const BankStatement statement = readText(QStringLiteral("거래일자,내용,입금액,출금액\n"
                                                            "2026-11-02,홍길동,30000,0\n"
                                                            "합계,,30000,0\n"
                                                            "※ 본 내역은 참고용입니다,,,\n"));
    EXPECT_EQ(statement.deposits.size(), 1u);
    EXPECT_TRUE(statement.rejected.empty());
    EXPECT_EQ(statement.withdrawalsSkipped, 0);
}

TEST(BankStatementReader, RejectsUnreadableLinesWithTheirReason)
{
    const BankStatement statement = readText(QStringLiteral("거래일자,내용,입금액,출금액\n"
                                                            "2026-02-30,홍길동,30000,0\n"
                                                            "2026-11-03,김영희,삼만원,0\n"
                                                            "2026-11-03,박철수,30000,1000\n"
                                                            ",이몽룡,25000,0\n"
                                                            "2026-11-04,성춘향,-25000,0\n"
                                                            "2026-11-05,정하늘,27000,0\n"));
    ASSERT_EQ(statement.rejected.size(), 5u);
    EXPECT_EQ(statement.rejected[0].line, 2);
    EXPECT_TRUE(statement.rejected[0].reason.contains(QStringLiteral("2026-02-30")));
    EXPECT_TRUE(statement.rejected[1].reason.contains(QStringLiteral("삼만원")));
    EXPECT_TRUE(statement.rejected[2].reason.contains(QStringLiteral("both")));
    EXPECT_EQ(statement.rejected[3].reason, QStringLiteral("no date"));
    EXPECT_TRUE(statement.rejected[4].reason.contains(QStringLiteral("negative")));
    ASSERT_EQ(statement.deposits.size(), 1u);
    EXPECT_EQ(statement.deposits[0].depositor, QStringLiteral("정하늘"));
}

TEST(BankStatementReader, ReadsAmountsWrittenWithWonSignsAndDecimals)
{
    const BankStatement statement = readText(QStringLiteral("거래일자,내용,입금액\n"
                                                            "2026-11-02,가,\"30,000원\"\n"
                                                            "2026-11-02,나,₩25000\n"
                                                            "2026-11-02,다,27000.00\n"));
    ASSERT_EQ(statement.deposits.size(), 3u);
    EXPECT_EQ(statement.deposits[0].amount, Money::won(30000));
    EXPECT_EQ(statement.deposits[1].amount, Money::won(25000));
    EXPECT_EQ(statement.deposits[2].amount, Money::won(27000));
}

TEST(BankStatementReader, TellsIdenticalLinesApartByTheirCount)
{
    const BankStatement statement = readText(QStringLiteral("거래일자,내용,입금액\n"
                                                            "2026-11-02,홍길동,30000\n"
                                                            "2026-11-02,홍길동,30000\n"));
    ASSERT_EQ(statement.deposits.size(), 2u);
    EXPECT_EQ(statement.deposits[0].occurrence, 1);
    EXPECT_EQ(statement.deposits[1].occurrence, 2);
    EXPECT_NE(statement.deposits[0].reference(), statement.deposits[1].reference());
}

TEST(BankStatementReader, ReadsASignedAmountColumnWithoutAType)
{
    const BankStatement statement = readText(QStringLiteral("Date,Name,Amount\n"
                                                            "2026-11-02,Kim,30000\n"
                                                            "2026-11-02,Cafe,-4500\n"));
    ASSERT_EQ(statement.deposits.size(), 1u);
    EXPECT_EQ(statement.withdrawalsSkipped, 1);
}

TEST(BankStatementReader, RejectsAnUnknownType)
{
    const BankStatement statement = readText(QStringLiteral("거래일자,구분,거래금액,입금자명\n"
                                                            "2026-11-02,이체,30000,홍길동\n"));
    ASSERT_EQ(statement.rejected.size(), 1u);
    EXPECT_TRUE(statement.rejected[0].reason.contains(QStringLiteral("이체")));
}

TEST(BankStatementReader, ReadsAnExcelSerialDate)
{
    const BankStatement statement = readText(QStringLiteral("거래일자,내용,입금액\n"
                                                            "46328.5,홍길동,30000\n"));
    ASSERT_EQ(statement.deposits.size(), 1u);
    EXPECT_EQ(statement.deposits[0].date, QDate(2026, 11, 02));
    EXPECT_EQ(statement.deposits[0].time, QTime(12, 0));
}

TEST(BankStatementReader, SaysWhatIsMissingWhenNoHeaderIsFound)
{
    const QString error = inputErrorOf(QStringLiteral("거래일자,보낸사람,금액없음\n2026-11-02,홍길동,30000\n"));
    EXPECT_TRUE(error.contains(QStringLiteral("--columns"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("depositor"))) << error.toStdString();
}

TEST(BankStatementReader, ColumnsMappingReadsAnOddHeader)
{
    const BankStatement statement = readText(QStringLiteral("when,who,in\n2026-11-02,홍길동,30000\n"),
                                             {{QStringLiteral("date"), QStringLiteral("when")},
                                              {QStringLiteral("depositor"), QStringLiteral("who")},
                                              {QStringLiteral("deposit"), QStringLiteral("in")}});
    ASSERT_EQ(statement.deposits.size(), 1u);
    EXPECT_EQ(statement.deposits[0].depositor, QStringLiteral("홍길동"));
}

TEST(BankStatementReader, RefusesAnUnknownRoleInTheMapping)
{
    const QString error =
        inputErrorOf(QStringLiteral("거래일자,내용,입금액\n"), {{QStringLiteral("payee"), QStringLiteral("내용")}});
    EXPECT_TRUE(error.contains(QStringLiteral("payee"))) << error.toStdString();
}

} // namespace
