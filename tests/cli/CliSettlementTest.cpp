// The settlement report and expenses through gonggu-cli: figures, JSON keys, the CSV file, refusals.
#include "CliProcess.h"
#include "TempWorkspace.h"
#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

const QStringList settlementKeys{u"round"_s,          u"title"_s,
                                 u"amount_due"_s,     u"collected"_s,
                                 u"refunds_paid"_s,   u"outstanding"_s,
                                 u"refunds_owed"_s,   u"unassigned_deposits"_s,
                                 u"supplier_cost"_s,  u"paid_to_supplier"_s,
                                 u"shipping_costs"_s, u"other_costs"_s,
                                 u"left"_s,           u"left_after_settling"_s};

/** A round built through the CLI. Fee 3,000, book 20,000:
 *    hana  confirmed, courier, 2 books  due 43,000  paid 43,000
 *    dul   confirmed, pickup,  1 book   due 20,000  paid 25,000  (is owed 5,000)
 *    set   confirmed, pickup,  1 book   due 20,000  paid  8,000  (owes 12,000)
 *    net   cancelled, pickup,  1 book   paid 20,000, refunded 20,000
 *  expenses: supplier 70,000, shipping 4,000, other 900. */
class CliSettlementTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        m_round = QString::number(create({u"round"_s, u"create"_s, u"--title"_s, u"정산 공구"_s, u"--supplier"_s,
                                          u"출판사"_s, u"--shipping-fee"_s, u"3000"_s}));
        create({u"item"_s, u"add"_s, u"--round"_s, m_round, u"--name"_s, u"책"_s, u"--unit-price"_s, u"20000"_s});
        buyer(u"hana"_s, 2, u"confirmed"_s, u"courier"_s, {43000});
        buyer(u"dul"_s, 1, u"confirmed"_s, u"pickup"_s, {25000});
        buyer(u"set"_s, 1, u"confirmed"_s, u"pickup"_s, {8000});
        buyer(u"net"_s, 1, u"cancelled"_s, u"pickup"_s, {20000, -20000});
        spend(u"supplier"_s, u"70000"_s);
        spend(u"shipping"_s, u"4000"_s);
        spend(u"other"_s, u"900"_s);
    }
    void buyer(const QString &nickname, int copies, const QString &status, const QString &delivery,
               std::initializer_list<int> payments)
    {
        create({u"person"_s, u"add"_s, u"--name"_s, nickname, u"--nickname"_s, nickname});
        ASSERT_EQ(cli({u"order"_s, u"set"_s, u"--round"_s, m_round, u"--person"_s, nickname, u"--item"_s, u"책"_s,
                       u"--qty"_s, QString::number(copies), u"--status"_s, status, u"--delivery"_s, delivery})
                      .exitCode,
                  0);
        for (const int won : payments)
            create({u"payment"_s, u"add"_s, u"--round"_s, m_round, u"--person"_s, nickname, u"--amount"_s,
                    QString::number(won)});
    }
    qint64 spend(const QString &kind, const QString &amount)
    {
        return create({u"expense"_s, u"add"_s, u"--round"_s, m_round, u"--kind"_s, kind, u"--amount"_s, amount,
                       u"--date"_s, u"2026-11-20"_s});
    }
    QJsonObject settlementJson() const
    {
        const CliResult result = cli({u"settlement"_s, u"--round"_s, m_round, u"--format"_s, u"json"_s});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return result.json().object();
    }

    QString m_round;
};

TEST_F(CliSettlementTest, JsonHasEveryFigureAsWholeWonIntegers)
{
    const QJsonObject s = settlementJson();
    for (const QString &key : settlementKeys)
        EXPECT_TRUE(s.contains(key)) << "missing key " << key.toStdString();
    EXPECT_EQ(s[u"round"_s].toInteger(), m_round.toLongLong());
    EXPECT_EQ(s[u"title"_s].toString(), u"정산 공구"_s);
    EXPECT_EQ(s[u"amount_due"_s].toInteger(), 43000 + 20000 + 20000);
    EXPECT_EQ(s[u"collected"_s].toInteger(), 43000 + 25000 + 8000 + 20000);
    EXPECT_EQ(s[u"refunds_paid"_s].toInteger(), 20000);
    EXPECT_EQ(s[u"outstanding"_s].toInteger(), 12000);
    EXPECT_EQ(s[u"refunds_owed"_s].toInteger(), 5000);
    EXPECT_EQ(s[u"unassigned_deposits"_s].toInteger(), 0);
    EXPECT_EQ(s[u"supplier_cost"_s].toInteger(), 4 * 20000);
    EXPECT_EQ(s[u"paid_to_supplier"_s].toInteger(), 70000);
    EXPECT_EQ(s[u"shipping_costs"_s].toInteger(), 4000);
    EXPECT_EQ(s[u"other_costs"_s].toInteger(), 900);
    // 96,000 − 20,000 − 70,000 − 4,000 − 900
    EXPECT_EQ(s[u"left"_s].toInteger(), 1100);
    // − 5,000 owed to dul − 10,000 still owed to the supplier
    EXPECT_EQ(s[u"left_after_settling"_s].toInteger(), -13900);
    for (const QString &key : settlementKeys.mid(2))
        EXPECT_TRUE(s[key].isDouble() && double(s[key].toInteger()) == s[key].toDouble()) << key.toStdString();
}

TEST_F(CliSettlementTest, TableShowsTheFiguresInWon)
{
    const CliResult result = cli({u"settlement"_s, u"--round"_s, u"정산 공구"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.contains(u"Left after settling"_s)) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"-₩13,900"_s)) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"₩70,000"_s)) << result.out.toStdString();
}

TEST_F(CliSettlementTest, ExpenseAddPrintsTheIdAndListShowsTheExpensesByDate)
{
    const CliResult added =
        cli({u"expense"_s, u"add"_s, u"--round"_s, m_round, u"--kind"_s, u"other"_s, u"--amount"_s, u"1,500"_s,
             u"--date"_s, u"2026-11-02"_s, u"--note"_s, u"포장 테이프"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const qint64 id = added.json().object()[u"id"_s].toInteger();
    EXPECT_EQ(id, 4);

    const QJsonArray list =
        cli({u"expense"_s, u"list"_s, u"--round"_s, m_round, u"--format"_s, u"json"_s}).json().array();
    ASSERT_EQ(list.size(), 4);
    const QJsonObject first = list.at(0).toObject();
    EXPECT_EQ(first[u"id"_s].toInteger(), id) << "the earliest date comes first";
    EXPECT_EQ(first[u"date"_s].toString(), u"2026-11-02"_s);
    EXPECT_EQ(first[u"kind"_s].toString(), u"other"_s);
    EXPECT_EQ(first[u"amount"_s].toInteger(), 1500);
    EXPECT_EQ(first[u"note"_s].toString(), u"포장 테이프"_s);
    EXPECT_EQ(list.at(1).toObject()[u"kind"_s].toString(), u"supplier"_s);

    EXPECT_EQ(settlementJson()[u"other_costs"_s].toInteger(), 900 + 1500);
    ASSERT_EQ(cli({u"expense"_s, u"remove"_s, QString::number(id)}).exitCode, 0);
    EXPECT_EQ(settlementJson()[u"other_costs"_s].toInteger(), 900);
}

TEST_F(CliSettlementTest, OutputWritesAPrivateCsvReportThatReadsBack)
{
    const QString path = pathFor(u"정산.csv"_s);
    const CliResult result = cli({u"settlement"_s, u"--round"_s, m_round, u"--output"_s, path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_EQ(posixMode(path), 0600);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Korean Excel needs the BOM";
    EXPECT_TRUE(bytes.contains("\r\n"));

    const SheetData sheet = CsvReader::readFile(path);
    ASSERT_GE(sheet.rows.size(), 2u + 13u);
    EXPECT_EQ(sheet.rows[0].cells, (QStringList{u"Settlement"_s, u"정산 공구"_s}));
    EXPECT_EQ(sheet.rows[1].cells.mid(0, 2), (QStringList{u"Figure"_s, u"Amount (won)"_s}));
    QHash<QString, QString> amounts;
    for (std::size_t row = 2; row < 2 + 13; ++row)
        amounts.insert(sheet.rows[row].cells.value(0), sheet.rows[row].cells.value(1));
    EXPECT_EQ(amounts.value(u"Amount due"_s), u"83000"_s);
    EXPECT_EQ(amounts.value(u"Refunds paid"_s), u"20000"_s);
    EXPECT_EQ(amounts.value(u"Left now"_s), u"1100"_s);
    EXPECT_EQ(amounts.value(u"Left after settling"_s), u"-13900"_s) << "a number cell: no apostrophe";
    // The expenses follow under their own header.
    const SheetRow &last = sheet.rows.back();
    EXPECT_EQ(last.cells.mid(0, 3), (QStringList{u"2026-11-20"_s, u"Other"_s, u"900"_s}));
}

TEST_F(CliSettlementTest, Cp949OutputReadsBackAsCp949)
{
    const QString path = pathFor(u"cp949.csv"_s);
    ASSERT_EQ(cli({u"settlement"_s, u"--round"_s, m_round, u"--output"_s, path, u"--encoding"_s, u"cp949"_s}).exitCode,
              0);
    const SheetData sheet = CsvReader::readFile(path);
    EXPECT_EQ(sheet.encoding, u"CP949"_s);
    EXPECT_EQ(sheet.rows.at(0).cells.value(1), u"정산 공구"_s);
}

TEST_F(CliSettlementTest, Cp949RefusesATitleItCannotHoldAndLeavesTheOldFile)
{
    ASSERT_EQ(cli({u"round"_s, u"create"_s, u"--title"_s, u"이모지 공구 🎉"_s, u"--supplier"_s, u"x"_s}).exitCode, 0);
    const QString path = pathFor(u"old.csv"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("yesterday's report\r\n");
    }
    const QByteArray before = fileDigest(path);
    const CliResult result =
        cli({u"settlement"_s, u"--round"_s, u"이모지 공구 🎉"_s, u"--output"_s, path, u"--encoding"_s, u"cp949"_s});
    EXPECT_EQ(result.exitCode, 2);
    ASSERT_EQ(result.errLines().size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(u"🎉"_s)) << result.err.toStdString();
    EXPECT_EQ(fileDigest(path), before);
}

struct BadInputCase
{
    const char *label;
    QStringList arguments;
    QString messagePart;
};

void PrintTo(const BadInputCase &c, std::ostream *os)
{
    *os << c.label;
}

/** Each refusal on the demo workspace: exit 2, one line naming the problem, nothing written anywhere. */
class CliSettlementBadInputTest : public CliTest, public ::testing::WithParamInterface<BadInputCase>
{
};

TEST_P(CliSettlementBadInputTest, IsRefusedWithOneClearLineAndWritesNothing)
{
    useDemoWorkspace();
    const QString before = workspaceDump(workspacePath());
    const QStringList filesBefore = QDir(pathFor(QString())).entryList(QDir::Files);

    const BadInputCase &c = GetParam();
    QStringList arguments = c.arguments;
    arguments.replaceInStrings(u"@DIR@"_s, pathFor(QString()));
    const CliResult result = cli(arguments);
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    ASSERT_EQ(result.errLines().size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(c.messagePart))
        << "stderr: " << result.err.toStdString() << " should mention: " << c.messagePart.toStdString();
    EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    EXPECT_EQ(workspaceDump(workspacePath()), before);
    EXPECT_EQ(QDir(pathFor(QString())).entryList(QDir::Files), filesBefore);
}

const QStringList expenseAdd{u"expense"_s, u"add"_s, u"--round"_s, u"1"_s};

INSTANTIATE_TEST_SUITE_P(
    Refusals, CliSettlementBadInputTest,
    ::testing::Values(
        BadInputCase{"negative amount", expenseAdd + QStringList{u"--kind"_s, u"supplier"_s, u"--amount"_s, u"-5000"_s},
                     u"--amount cannot be negative"_s},
        BadInputCase{"zero amount", expenseAdd + QStringList{u"--kind"_s, u"supplier"_s, u"--amount"_s, u"0"_s},
                     u"more than 0 won"_s},
        BadInputCase{"amount not a number", expenseAdd + QStringList{u"--kind"_s, u"other"_s, u"--amount"_s, u"만원"_s},
                     u"whole number of won"_s},
        BadInputCase{"missing amount", expenseAdd + QStringList{u"--kind"_s, u"other"_s}, u"--amount is required"_s},
        BadInputCase{"unknown kind", expenseAdd + QStringList{u"--kind"_s, u"food"_s, u"--amount"_s, u"1000"_s},
                     u"--kind 'food' is not known (one of: supplier, shipping, other)"_s},
        BadInputCase{"missing kind", expenseAdd + QStringList{u"--amount"_s, u"1000"_s}, u"--kind is required"_s},
        BadInputCase{"date not ISO",
                     expenseAdd +
                         QStringList{u"--kind"_s, u"other"_s, u"--amount"_s, u"1000"_s, u"--date"_s, u"11/20"_s},
                     u"YYYY-MM-DD"_s},
        BadInputCase{"expense for an unknown round",
                     {u"expense"_s, u"add"_s, u"--round"_s, u"99"_s, u"--kind"_s, u"other"_s, u"--amount"_s, u"1"_s},
                     u"no round '99'"_s},
        BadInputCase{"list of an unknown round",
                     {u"expense"_s, u"list"_s, u"--round"_s, u"없는 공구"_s},
                     u"no round '없는 공구'"_s},
        BadInputCase{"settlement of an unknown round", {u"settlement"_s, u"--round"_s, u"99"_s}, u"no round '99'"_s},
        BadInputCase{"settlement without a round", {u"settlement"_s}, u"--round is required"_s},
        BadInputCase{"report into a missing folder",
                     {u"settlement"_s, u"--round"_s, u"1"_s, u"--output"_s, u"@DIR@/missing/report.csv"_s},
                     u"folder does not exist"_s},
        BadInputCase{
            "unknown encoding",
            {u"settlement"_s, u"--round"_s, u"1"_s, u"--output"_s, u"@DIR@/report.csv"_s, u"--encoding"_s, u"latin1"_s},
            u"latin1"_s},
        BadInputCase{
            "remove an unknown expense", {u"expense"_s, u"remove"_s, u"42"_s}, u"expense 42 does not exist"_s}),
    [](const ::testing::TestParamInfo<BadInputCase> &info) {
        std::string name = info.param.label;
        for (char &c : name)
            c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        return name;
    });

} // namespace
} // namespace gonggu::test
