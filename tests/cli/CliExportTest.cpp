// The round's documents and tracking numbers through gonggu-cli, on the demo round: every kind in every format,
// templates, refusals that write nothing, and the tracking import's dry run, refusals and write.
#include "CliProcess.h"
#include "TempWorkspace.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

class CliExportTest : public CliTest
{
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        useDemoWorkspace();
    }
    CliResult exportList(const QString &kind, const QString &file, QStringList more = {})
    {
        return cli(QStringList{u"export"_s, kind, u"--round"_s, u"1"_s, u"--output"_s, pathFor(file)} + more);
    }
    /** The CSV's rows as text. */
    static std::vector<QStringList> csvRows(const QString &path)
    {
        std::vector<QStringList> rows;
        for (const SheetRow &row : CsvReader::readFile(path).rows)
            rows.push_back(row.cells);
        return rows;
    }
    /** The demo round's only courier order (정하은, 3 copies). */
    QString courierOrder()
    {
        const CliResult list = exportList(u"recipients"_s, u"order.csv"_s, {u"--columns"_s, u"order_id"_s});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        const std::vector<QStringList> rows = csvRows(pathFor(u"order.csv"_s));
        return rows.size() == 2 ? rows[1].at(0) : QString();
    }
    void writeText(const QString &file, const QByteArray &text)
    {
        QFile out(pathFor(file));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
};

TEST_F(CliExportTest, EveryKindInEveryFormatIsWrittenPrivately)
{
    for (const QString &kind : {u"publisher"_s, u"recipients"_s, u"handover"_s}) {
        for (const QString &format : {u"csv"_s, u"xlsx"_s, u"pdf"_s}) {
            const QString file = kind + u'.' + format;
            const CliResult result = exportList(kind, file, {u"--format"_s, format});
            EXPECT_EQ(result.exitCode, 0) << file.toStdString() << ": " << result.err.toStdString();
            EXPECT_TRUE(result.err.isEmpty()) << file.toStdString() << ": " << result.err.toStdString();
            EXPECT_EQ(posixMode(pathFor(file)), 0600) << file.toStdString();
        }
    }
    QFile pdf(pathFor(u"handover.pdf"_s));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
}

TEST_F(CliExportTest, PublisherCsvHasTheDemoRoundsTotals)
{
    ASSERT_EQ(exportList(u"publisher"_s, u"list.csv"_s).exitCode, 0); // the format from the file's name
    const std::vector<QStringList> rows = csvRows(pathFor(u"list.csv"_s));
    ASSERT_GE(rows.size(), 4u);
    EXPECT_EQ(rows[0], QStringList{u"주문 도서"_s});
    EXPECT_EQ(rows[1], (QStringList{u"도서명"_s, u"ISBN"_s, u"수량"_s, u"단가(원)"_s, u"금액(원)"_s}));
    EXPECT_EQ(rows[2], (QStringList{u"실전 리팩터링"_s, u"979-11-0000-001-2"_s, u"27"_s, u"25200"_s, u"680400"_s}));
    EXPECT_EQ(rows[3], (QStringList{u"합계"_s, QString(), u"27"_s, QString(), u"680400"_s}));
}

TEST_F(CliExportTest, PaidOnlyLeavesOutTheTwoWhoHaveNotPaid)
{
    ASSERT_EQ(exportList(u"publisher"_s, u"paid.csv"_s, {u"--paid-only"_s}).exitCode, 0);
    const std::vector<QStringList> rows = csvRows(pathFor(u"paid.csv"_s));
    ASSERT_GE(rows.size(), 4u);
    EXPECT_EQ(rows[3], (QStringList{u"합계"_s, QString(), u"24"_s, QString(), u"604800"_s}));
}

TEST_F(CliExportTest, Cp949IsAnOption)
{
    ASSERT_EQ(exportList(u"handover"_s, u"meetup.csv"_s, {u"--encoding"_s, u"cp949"_s}).exitCode, 0);
    const SheetData sheet = CsvReader::readFile(pathFor(u"meetup.csv"_s));
    EXPECT_EQ(sheet.encoding, u"CP949"_s);
    ASSERT_FALSE(sheet.rows.empty());
    EXPECT_EQ(sheet.rows.front().cells.front(), u"이름"_s);
}

TEST_F(CliExportTest, NothingToExportExitsTwoAndWritesNoFile)
{
    const QString round =
        QString::number(create({u"round"_s, u"create"_s, u"--title"_s, u"빈 공구"_s, u"--supplier"_s, u"출판사"_s}));
    const CliResult result = cli({u"export"_s, u"recipients"_s, u"--round"_s, round, u"--format"_s, u"xlsx"_s,
                                  u"--output"_s, pathFor(u"empty.xlsx"_s)});
    EXPECT_EQ(result.exitCode, 2);
    ASSERT_EQ(result.errLines().size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.startsWith(u"gonggu-cli: nothing to export"_s)) << result.err.toStdString();
    EXPECT_FALSE(QFile::exists(pathFor(u"empty.xlsx"_s)));
}

TEST_F(CliExportTest, BadOptionsExitTwoAndChangeNothing)
{
    const QString before = workspaceDump(workspacePath());
    const std::vector<QStringList> bad{
        {u"--columns"_s, u"recipient,shoe_size"_s},
        {u"--format"_s, u"docx"_s},
        {u"--format"_s, u"xlsx"_s, u"--encoding"_s, u"cp949"_s},
        {u"--paid-only"_s, u"--all-confirmed"_s},
        {u"--language"_s, u"jp"_s},
        {u"--columns"_s, u"recipient,recipient"_s, u"--save-template"_s},
    };
    for (const QStringList &options : bad) {
        const CliResult result = exportList(u"recipients"_s, u"bad.csv"_s, options);
        EXPECT_EQ(result.exitCode, 2) << options.join(u' ').toStdString();
        EXPECT_EQ(result.errLines().size(), 1) << result.err.toStdString();
        EXPECT_FALSE(QFile::exists(pathFor(u"bad.csv"_s))) << options.join(u' ').toStdString();
    }
    const CliResult unknown = exportList(u"recipients"_s, u"bad.csv"_s, {u"--columns"_s, u"shoe_size"_s});
    EXPECT_TRUE(unknown.err.contains(u"order_id, recipient, phone, address"_s)) << unknown.err.toStdString();
    const CliResult noFolder =
        cli({u"export"_s, u"handover"_s, u"--round"_s, u"1"_s, u"--output"_s, pathFor(u"missing/list.pdf"_s)});
    EXPECT_EQ(noFolder.exitCode, 2) << noFolder.err.toStdString();
    const CliResult noFormat = exportList(u"handover"_s, u"list.txt"_s);
    EXPECT_EQ(noFormat.exitCode, 2);
    EXPECT_TRUE(noFormat.err.contains(u"--format is required"_s)) << noFormat.err.toStdString();
    EXPECT_EQ(workspaceDump(workspacePath()), before);
}

TEST_F(CliExportTest, ASavedTemplateIsTheSuppliersNextDefault)
{
    const CliResult saved = exportList(u"recipients"_s, u"first.csv"_s,
                                       {u"--columns"_s, u"recipient=수취인,phone,address=배송지"_s, u"--contact"_s,
                                        u"공구지기"_s, u"--save-template"_s});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    ASSERT_EQ(exportList(u"recipients"_s, u"second.csv"_s).exitCode, 0);
    const std::vector<QStringList> rows = csvRows(pathFor(u"second.csv"_s));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], (QStringList{u"수취인"_s, u"전화번호"_s, u"배송지"_s}));
    EXPECT_EQ(rows[1], (QStringList{u"정하은"_s, u"010-2101-0005"_s, u"경기도 성남시 분당구 판교로 1, 2층"_s}));

    const CliResult columns =
        cli({u"export"_s, u"columns"_s, u"recipients"_s, u"--round"_s, u"1"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(columns.exitCode, 0) << columns.err.toStdString();
    QStringList chosen;
    for (const QJsonValue &column : columns.json().array()) {
        if (!column[u"chosen"_s].isNull())
            chosen << QString::number(column[u"chosen"_s].toInt()) + u':' + column[u"key"_s].toString() + u'=' +
                          column[u"title"_s].toString();
    }
    EXPECT_EQ(chosen, (QStringList{u"1:recipient=수취인"_s, u"2:phone=전화번호"_s, u"3:address=배송지"_s}));
}

TEST_F(CliExportTest, AForgottenTemplateLeavesTheDefaults)
{
    ASSERT_EQ(exportList(u"recipients"_s, u"saved.csv"_s, {u"--columns"_s, u"phone"_s, u"--save-template"_s}).exitCode,
              0);
    const QStringList forget{u"export"_s, u"forget-template"_s, u"recipients"_s, u"--round"_s, u"1"_s};
    const CliResult forgotten = cli(forget);
    ASSERT_EQ(forgotten.exitCode, 0) << forgotten.err.toStdString();
    ASSERT_EQ(exportList(u"recipients"_s, u"default.csv"_s).exitCode, 0);
    EXPECT_EQ(csvRows(pathFor(u"default.csv"_s)).at(0).size(), 7) << "the default columns again";

    const CliResult again = cli(forget);
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(u"no saved recipients template"_s)) << again.err.toStdString();
    EXPECT_EQ(cli({u"export"_s, u"forget-template"_s, u"labels"_s, u"--round"_s, u"1"_s}).exitCode, 2);
}

TEST_F(CliExportTest, AFailedExportDoesNotSaveItsTemplate)
{
    const CliResult failed = cli({u"export"_s, u"recipients"_s, u"--round"_s, u"1"_s, u"--output"_s,
                                  pathFor(u"missing/list.csv"_s), u"--columns"_s, u"phone"_s, u"--save-template"_s});
    EXPECT_EQ(failed.exitCode, 2);
    ASSERT_EQ(exportList(u"recipients"_s, u"default.csv"_s).exitCode, 0);
    EXPECT_EQ(csvRows(pathFor(u"default.csv"_s)).at(0).size(), 7) << "the default columns, not the failed choice";
}

TEST_F(CliExportTest, ColumnsListsEveryKeyOfAKind)
{
    const CliResult result = cli({u"export"_s, u"columns"_s, u"handover"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith(u"key,part,type,chosen,title"_s)) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"signature,handover,text,7,서명"_s)) << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(u"total_copies,handover,integer,,총 권수"_s)) << result.out.toStdString();
    EXPECT_EQ(cli({u"export"_s, u"columns"_s, u"invoices"_s}).exitCode, 2);
}

TEST_F(CliExportTest, TrackingNumbersComeBackAfterADryRun)
{
    const QString order = courierOrder();
    ASSERT_FALSE(order.isEmpty());
    writeText(u"tracking.csv"_s, "주문번호,받는 분,송장번호\r\n" + order.toUtf8() + ",정하은,6543-2109-8765\r\n");
    const QString before = workspaceDump(workspacePath());

    const CliResult dryRun = cli({u"import"_s, u"tracking"_s, u"--round"_s, u"1"_s, pathFor(u"tracking.csv"_s),
                                  u"--dry-run"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(dryRun.exitCode, 0) << dryRun.err.toStdString();
    const QJsonObject plan = dryRun.json().object();
    EXPECT_FALSE(plan[u"written"_s].toBool());
    EXPECT_EQ(plan[u"set"_s].toInt(), 1);
    EXPECT_EQ(plan[u"rows"_s].toArray().at(0)[u"tracking"_s].toString(), u"654321098765"_s);
    EXPECT_EQ(plan[u"rows"_s].toArray().at(0)[u"matched_by"_s].toString(), u"order"_s);
    EXPECT_EQ(workspaceDump(workspacePath()), before);

    const CliResult written = cli({u"import"_s, u"tracking"_s, u"--round"_s, u"1"_s, pathFor(u"tracking.csv"_s)});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    ASSERT_EQ(exportList(u"recipients"_s, u"sent.csv"_s, {u"--columns"_s, u"recipient,tracking"_s}).exitCode, 0);
    EXPECT_EQ(csvRows(pathFor(u"sent.csv"_s)).at(1), (QStringList{u"정하은"_s, u"654321098765"_s}));
}

TEST_F(CliExportTest, ARejectedTrackingRowRefusesTheFileUnlessSkipped)
{
    writeText(u"pasted.txt"_s, "정하은\t654321098765\n홍길동\t111122223333\n");
    const QString before = workspaceDump(workspacePath());
    const CliResult refused = cli({u"import"_s, u"tracking"_s, u"--round"_s, u"1"_s, pathFor(u"pasted.txt"_s)});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"line 2: no courier order of this round matches 홍길동"_s))
        << refused.err.toStdString();
    EXPECT_EQ(workspaceDump(workspacePath()), before);

    const CliResult skipped = cli({u"import"_s, u"tracking"_s, u"--round"_s, u"1"_s, pathFor(u"pasted.txt"_s),
                                   u"--skip-invalid"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.json().object()[u"written"_s].toBool());
    EXPECT_TRUE(skipped.err.contains(u"line 2:"_s));
}

} // namespace
} // namespace gonggu::test
