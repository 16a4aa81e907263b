#include "IoTestSupport.h"
#include "ZipBuilder.h"
#include "io/XlsxReader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace gonggu;
using namespace gonggu::test;

namespace {

const QString name = QStringLiteral("신청.xlsx");

QString errorReading(const QByteArray &bytes, const XlsxLimits &limits = {})
{
    return inputErrorOf([&] { XlsxReader::readBytes(bytes, name, limits); });
}

void expectMessage(const QString &message, const QString &part)
{
    EXPECT_TRUE(message.startsWith(name)) << message.toStdString();
    EXPECT_TRUE(message.contains(part)) << message.toStdString() << "\n  should contain: " << part.toStdString();
}

/** Broken or hostile .xlsx files give an InputError that says what is wrong, never a crash. */
class XlsxMalformedTest : public ::testing::Test
{
};

TEST_F(XlsxMalformedTest, TruncatedZip)
{
    const QByteArray whole = fileBytes(ioFixture(QStringLiteral("applications.xlsx")));
    expectMessage(errorReading(whole.first(whole.size() / 2)),
                  QStringLiteral("is not a readable Excel workbook: the zip archive is damaged or incomplete"));
}

TEST_F(XlsxMalformedTest, NotAZipAtAll)
{
    expectMessage(errorReading(fileBytes(ioFixture(QStringLiteral("random.bin")))),
                  QStringLiteral("the zip archive is damaged or incomplete"));
    expectMessage(errorReading(QByteArray("PK\x03\x04 but nothing else")),
                  QStringLiteral("the zip archive is damaged or incomplete"));
    EXPECT_EQ(errorReading(QByteArray()), name + QStringLiteral(" is empty"));
}

TEST_F(XlsxMalformedTest, ZipWithoutWorkbook)
{
    expectMessage(errorReading(zipOf({{QStringLiteral("readme.txt"), "hello"}})),
                  QStringLiteral("it has no workbook part (is it an Excel file?)"));
}

TEST_F(XlsxMalformedTest, WorkbookWithoutWorksheet)
{
    const QByteArray bytes =
        zipOf({{QStringLiteral("xl/workbook.xml"), "<workbook xmlns=\"" + mainNamespace + "\"><sheets/></workbook>"}});
    expectMessage(errorReading(bytes), QStringLiteral("it has no worksheet"));
}

TEST_F(XlsxMalformedTest, SheetPartMissing)
{
    QByteArray bytes = zipOf({{QStringLiteral("xl/workbook.xml"),
                               "<workbook xmlns=\"" + mainNamespace + "\" xmlns:r=\"" + relationshipNamespace +
                                   "\"><sheets><sheet name=\"A\" r:id=\"rId1\"/></sheets></workbook>"},
                              {QStringLiteral("xl/_rels/workbook.xml.rels"),
                               "<Relationships><Relationship Id=\"rId1\" Type=\"" + relationshipNamespace +
                                   "/worksheet\" Target=\"worksheets/gone.xml\"/></Relationships>"}});
    expectMessage(errorReading(bytes), QStringLiteral("its first sheet (xl/worksheets/gone.xml) is missing"));
}

TEST_F(XlsxMalformedTest, DamagedPartData)
{
    QByteArray bytes = workbookOf("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    // The first mention of the name is the part's local header; its deflated data follows the name.
    const QByteArray part("xl/worksheets/sheet1.xml");
    const qsizetype data = bytes.indexOf(part) + part.size();
    ASSERT_GT(data, part.size());
    for (qsizetype i = data + 2; i < data + 6; ++i)
        bytes[i] = char(bytes[i] ^ 0x5A);
    expectMessage(errorReading(bytes), QStringLiteral("xl/worksheets/sheet1.xml is damaged"));
}

TEST_F(XlsxMalformedTest, BrokenSheetXml)
{
    expectMessage(errorReading(workbookOf("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")),
                  QStringLiteral("xl/worksheets/sheet1.xml is damaged (line 1: "));
}

TEST_F(XlsxMalformedTest, SharedStringThatDoesNotExist)
{
    const QByteArray bytes = workbookOf(R"(<row r="4"><c r="A4" t="s"><v>7</v></c></row>)",
                                        {{QStringLiteral("xl/sharedStrings.xml"), "<sst><si><t>a</t></si></sst>"}});
    expectMessage(errorReading(bytes), QStringLiteral("row 4 refers to a missing shared string"));
}

TEST_F(XlsxMalformedTest, CellReferenceOutsideTheGrid)
{
    expectMessage(errorReading(workbookOf(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)")),
                  QStringLiteral("'XFE1' is not a cell reference"));
    expectMessage(errorReading(workbookOf(R"(<row r="1048577"><c><v>1</v></c></row>)")),
                  QStringLiteral("row number '1048577' is out of range"));
}

TEST_F(XlsxMalformedTest, EmptyFirstSheetSaysOnlyTheFirstIsRead)
{
    EXPECT_EQ(errorReading(workbookOf("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t> </t></is></c></row>")),
              QStringLiteral("신청.xlsx: the first sheet, '시트1', is empty (Gonggu reads only the first sheet)"));
}

TEST_F(XlsxMalformedTest, ZipBombIsCutOffAtThePartLimit)
{
    // 8 MB of spaces deflate to a few kilobytes; the limit stops the reading, not the claimed size.
    const QByteArray bytes = workbookOf("<row r=\"1\"><c><v>1</v></c></row>" + QByteArray(8 * 1024 * 1024, ' '));
    EXPECT_LT(bytes.size(), 100 * 1024);
    XlsxLimits limits;
    limits.maxPartBytes = 2 * 1024 * 1024;
    expectMessage(errorReading(bytes, limits),
                  QStringLiteral("is too large to read: xl/worksheets/sheet1.xml unpacks to more than 2 MB"));
    EXPECT_EQ(XlsxReader::readBytes(bytes).rows.size(), 1u); // within the default limit it reads
}

TEST_F(XlsxMalformedTest, CellLimitCountsTheGapsItWouldFill)
{
    XlsxLimits limits;
    limits.maxCells = 1000;
    const QString message = errorReading(workbookOf(R"(<row r="1"><c r="XFD1"><v>1</v></c></row>)"), limits);
    EXPECT_TRUE(message.contains(QStringLiteral("more than 1000 cells"))) << message.toStdString();
}

TEST_F(XlsxMalformedTest, EntityExpansionIsRefused)
{
    QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\">";
    for (char level = 'b'; level <= 'j'; ++level) {
        laughs += QByteArray("<!ENTITY ") + level + " \"";
        for (int i = 0; i < 10; ++i)
            laughs += QByteArray("&") + char(level - 1) + ";";
        laughs += "\">";
    }
    laughs += "]><worksheet xmlns=\"" + mainNamespace +
              "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&j;"
              "</t></is></c></row></sheetData></worksheet>";
    const QByteArray bytes = zipOf({{QStringLiteral("xl/workbook.xml"),
                                     "<workbook xmlns=\"" + mainNamespace + "\" xmlns:r=\"" + relationshipNamespace +
                                         "\"><sheets><sheet name=\"A\" r:id=\"rId1\"/></sheets></workbook>"},
                                    {QStringLiteral("xl/_rels/workbook.xml.rels"),
                                     "<Relationships><Relationship Id=\"rId1\" Type=\"" + relationshipNamespace +
                                         "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                                    {QStringLiteral("xl/worksheets/sheet1.xml"), laughs}});
    expectMessage(errorReading(bytes), QStringLiteral("xl/worksheets/sheet1.xml is damaged"));
}

TEST_F(XlsxMalformedTest, CorruptedBytesNeverCrash)
{
    const QByteArray whole = fileBytes(ioFixture(QStringLiteral("applications.xlsx")));
    QRandomGenerator random(1900);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes = round % 4 == 0 ? whole.first(random.bounded(int(whole.size()))) : whole;
        for (int flips = random.bounded(1, 8); flips > 0; --flips)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        try {
            XlsxReader::readBytes(bytes, name);
        } catch (const InputError &) {
        }
    }
    EXPECT_LT(timer.elapsed(), 30'000);
}

} // namespace
