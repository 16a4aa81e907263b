#include "ExportTestSupport.h"
#include "domain/Errors.h"
#include "io/CsvReader.h"
#include "io/SheetReader.h"
#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"
#include "services/export/RoundExport.h"
#include "storage/OrderRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** A cell as the sheet XML has it. */
struct XmlCell
{
    QString reference;
    QString style;
    QString type;
    QString value; // <v>, or the string (inline, or shared and looked up)
    QString formula;

    /** A string cell, inline or shared (a formula's string result, "str", is not one). */
    bool isString() const { return type == u"inlineStr" || type == u"s"; }
};

/** The strings of xl/sharedStrings.xml, in order, rich-text runs joined; none when the workbook has no such part. */
QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    if (xml.isEmpty())
        return strings; // strings written inline need no table
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"si")
            strings << QString();
        else if (reader.name() == u"t" && !strings.isEmpty())
            strings.back() += reader.readElementText();
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return strings;
}

/** The rows of one worksheet of a workbook, read with QXmlStreamReader; shared strings are looked up. */
std::vector<std::vector<XmlCell>> sheetCells(const QByteArray &xlsx, const QString &sheetPart)
{
    const QStringList strings = sharedStrings(zipPart(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    std::vector<std::vector<XmlCell>> rows;
    QXmlStreamReader reader(zipPart(xlsx, sheetPart));
    XmlCell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == u"c") {
            if (cell.type == u"s")
                cell.value = strings.value(cell.value.toInt());
            rows.back().push_back(cell);
        }
        if (!reader.isStartElement())
            continue;
        if (reader.name() == u"row") {
            rows.emplace_back();
        } else if (reader.name() == u"c") {
            cell = {reader.attributes().value(QStringLiteral("r")).toString(),
                    reader.attributes().value(QStringLiteral("s")).toString(),
                    reader.attributes().value(QStringLiteral("t")).toString(),
                    {},
                    {}};
        } else if (reader.name() == u"v" || reader.name() == u"t") {
            cell.value = reader.readElementText();
        } else if (reader.name() == u"f") {
            cell.formula = reader.readElementText();
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return rows;
}

std::vector<std::vector<XmlCell>> firstSheetCells(const QByteArray &xlsx)
{
    return sheetCells(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
}

/** What each cell style (cellXfs) of styles.xml sets: its number format's code and whether its font is bold. */
struct CellStyle
{
    QString numberFormat;
    bool bold = false;
};

std::vector<CellStyle> cellStyles(const QByteArray &xml)
{
    // The built-in formats these workbooks may use; the others are declared in <numFmts>.
    QHash<int, QString> formats{{0, QStringLiteral("General")}, {3, QStringLiteral("#,##0")}};
    std::vector<bool> boldFonts;
    std::vector<CellStyle> styles;
    QXmlStreamReader reader(xml);
    bool inFonts = false;
    bool inCellXfs = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == u"fonts")
            inFonts = false;
        if (reader.isEndElement() && reader.name() == u"cellXfs")
            inCellXfs = false;
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == u"numFmt")
            formats.insert(attributes.value(QStringLiteral("numFmtId")).toInt(),
                           attributes.value(QStringLiteral("formatCode")).toString());
        else if (reader.name() == u"fonts")
            inFonts = true;
        else if (reader.name() == u"cellXfs")
            inCellXfs = true;
        else if (inFonts && reader.name() == u"font")
            boldFonts.push_back(false);
        else if (inFonts && reader.name() == u"b")
            boldFonts.back() = true;
        else if (inCellXfs && reader.name() == u"xf")
            styles.push_back({formats.value(attributes.value(QStringLiteral("numFmtId")).toInt(), QStringLiteral("?")),
                              boldFonts.at(std::size_t(attributes.value(QStringLiteral("fontId")).toInt()))});
    }
    return styles;
}

std::vector<CellStyle> workbookStyles(const QByteArray &xlsx)
{
    return cellStyles(zipPart(xlsx, QStringLiteral("xl/styles.xml")));
}

/** The document's rows as the CSV should carry them: text that would start a formula behind an apostrophe. */
std::vector<QStringList> neutralised(const DocumentTable &table)
{
    std::vector<QStringList> rows = tableText(table);
    for (QStringList &row : rows) {
        for (int column = 0; column < row.size(); ++column) {
            const bool text = table.columns()[std::size_t(column)].type == CellType::Text;
            if (text && !row[column].isEmpty() && QStringView(u"=+-@\t\r").contains(row[column].front()))
                row[column].prepend(u'\'');
        }
    }
    return rows;
}

class ExportFormatsTest : public ExportRoundTest
{
protected:
    TableDocument document(ExportKind kind)
    {
        ExportTemplate choice;
        choice.kind = kind;
        choice.contact = QStringLiteral("공구지기 010-9999-0000");
        return RoundExport(workspace(), m_clock).document(m_round, choice, Language::Korean);
    }
    QString write(ExportKind kind, ExportFormat format, const CsvFormat &csv = {})
    {
        const QString path = pathFor(QStringLiteral("%1.%2").arg(toKey(kind), toKey(format)));
        writeDocument(document(kind), format, path, csv);
        return path;
    }
    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }
};

// --- CSV ---------------------------------------------------------------------------------------------------

TEST_F(ExportFormatsTest, CsvReadsBackCellByCellInUtf8WithBomAndCrlf)
{
    const TableDocument publisher = document(ExportKind::Publisher);
    const QString path = write(ExportKind::Publisher, ExportFormat::Csv);
    const QByteArray bytes = bytesOf(path);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\r\n"), bytes.count('\n')) << "every line ends in CRLF";

    const SheetData sheet = CsvReader::readFile(path);
    EXPECT_EQ(sheet.encoding, QStringLiteral("UTF-8 with BOM"));
    // Three tables: each under its title, blank lines between them (the reader leaves those out).
    std::vector<QStringList> expected;
    for (const DocumentTable &table : publisher.tables) {
        expected.push_back({table.title()});
        for (const QStringList &row : neutralised(table))
            expected.push_back(row);
    }
    const std::vector<QStringList> actual = sheetText(sheet);
    EXPECT_EQ(actual, expected) << describeRows(actual);
}

TEST_F(ExportFormatsTest, CsvInCp949ReadsBackTheSameCells)
{
    const TableDocument handover = document(ExportKind::Handover);
    const QString path = write(ExportKind::Handover, ExportFormat::Csv, {CsvEncoding::Cp949, true});
    EXPECT_FALSE(bytesOf(path).startsWith("\xEF\xBB\xBF"));
    const SheetData sheet = CsvReader::readFile(path);
    EXPECT_EQ(sheet.encoding, QStringLiteral("CP949"));
    const std::vector<QStringList> actual = sheetText(sheet);
    EXPECT_EQ(actual, neutralised(handover.tables.at(0))) << describeRows(actual);
}

TEST_F(ExportFormatsTest, CsvNeutralisesEveryCellThatWouldStartAFormula)
{
    const SheetData sheet = CsvReader::readFile(write(ExportKind::Recipients, ExportFormat::Csv));
    ASSERT_EQ(sheet.rows.size(), 3u);
    const QStringList evil = sheet.rows[2].cells;
    EXPECT_EQ(evil.at(1), u'\'' + evilName);
    EXPECT_EQ(evil.at(3), QStringLiteral("'@서울 -3층, \"지하\""));
    EXPECT_EQ(evil.at(6), QStringLiteral("'-경비실에 맡겨 주세요"));
    EXPECT_EQ(evil.at(0), QString::number(m_evilOrder)); // numbers stay numbers
}

// --- XLSX --------------------------------------------------------------------------------------------------

TEST_F(ExportFormatsTest, XlsxHasASheetPerTableWithHangulTitles)
{
    const QByteArray xlsx = bytesOf(write(ExportKind::Publisher, ExportFormat::Xlsx));
    const QByteArray workbook = zipPart(xlsx, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains("<sheet name=\"주문 도서\" sheetId=\"1\""));
    EXPECT_TRUE(workbook.contains("<sheet name=\"배송지 목록\" sheetId=\"2\""));
    EXPECT_TRUE(workbook.contains("<sheet name=\"세금계산서·현금영수증 요청\" sheetId=\"3\""));
    EXPECT_FALSE(zipPart(xlsx, QStringLiteral("xl/worksheets/sheet3.xml")).isEmpty());
    const QByteArray core = zipPart(xlsx, QStringLiteral("docProps/core.xml"));
    EXPECT_TRUE(core.contains("<dc:title>출판사 주문서 — 『실전 리팩터링』 공동구매</dc:title>")) << core.toStdString();
}

TEST_F(ExportFormatsTest, XlsxReadsBackCellByCell)
{
    const TableDocument handover = document(ExportKind::Handover);
    const SheetData sheet = SheetReader::readFile(write(ExportKind::Handover, ExportFormat::Xlsx));
    EXPECT_EQ(sheet.encoding, QStringLiteral("XLSX"));
    const std::vector<QStringList> actual = sheetText(sheet);
    // Text stays exactly as it was: a string cell needs no apostrophe. (The reader ends a row at its last cell.)
    std::vector<QStringList> expected = tableText(handover.tables.at(0));
    for (QStringList &row : expected) {
        while (!row.isEmpty() && row.back().isEmpty())
            row.removeLast();
    }
    EXPECT_EQ(actual, expected) << describeRows(actual);
}

TEST_F(ExportFormatsTest, XlsxHeaderIsBoldAndFrozenAndMoneyHasDigitGroups)
{
    const QByteArray xlsx = bytesOf(write(ExportKind::Publisher, ExportFormat::Xlsx));
    const QByteArray sheet = zipPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
    EXPECT_TRUE(sheet.contains("<autoFilter ref=\"A1:E3\"/>"));
    const std::vector<CellStyle> styles = workbookStyles(xlsx);
    const std::vector<std::vector<XmlCell>> rows = firstSheetCells(xlsx);
    ASSERT_EQ(rows.size(), 4u); // header, two items, totals

    for (const XmlCell &header : rows[0])
        EXPECT_TRUE(styles.at(header.style.toUInt()).bold) << header.reference.toStdString();
    EXPECT_EQ(rows[0][0].value, QStringLiteral("도서명"));
    // 실전 리팩터링: quantity a plain number, unit price and amount in won with digit groups.
    ASSERT_EQ(rows[1].size(), 5u);
    EXPECT_EQ(rows[1][0].value, QStringLiteral("실전 리팩터링"));
    EXPECT_TRUE(rows[1][0].isString());
    EXPECT_EQ(rows[1][2].value, QStringLiteral("5"));
    EXPECT_EQ(rows[1][3].value, QStringLiteral("25200"));
    EXPECT_EQ(styles.at(rows[1][3].style.toUInt()).numberFormat, QStringLiteral("#,##0"));
    EXPECT_EQ(rows[1][4].value, QStringLiteral("126000"));
    EXPECT_EQ(styles.at(rows[1][4].style.toUInt()).numberFormat, QStringLiteral("#,##0"));
    // The totals: bold SUM formulas that carry their value.
    const std::vector<XmlCell> &totals = rows[3];
    EXPECT_EQ(totals[0].value, QStringLiteral("합계"));
    EXPECT_EQ(totals[2].formula, QStringLiteral("SUM(C2:C3)"));
    EXPECT_EQ(totals[2].value, QStringLiteral("7"));
    EXPECT_EQ(totals[4].formula, QStringLiteral("SUM(E2:E3)"));
    EXPECT_EQ(totals[4].value, QStringLiteral("169200"));
    EXPECT_TRUE(styles.at(totals[4].style.toUInt()).bold);
    EXPECT_EQ(styles.at(totals[4].style.toUInt()).numberFormat, QStringLiteral("#,##0"));
}

TEST_F(ExportFormatsTest, XlsxWritesFormulaLookingTextAsStringsNeverAsFormulas)
{
    const QByteArray xlsx = bytesOf(write(ExportKind::Recipients, ExportFormat::Xlsx));
    const std::vector<std::vector<XmlCell>> rows = firstSheetCells(xlsx);
    ASSERT_EQ(rows.size(), 3u);
    const std::vector<XmlCell> &evil = rows[2];
    ASSERT_EQ(evil.size(), 7u);
    EXPECT_EQ(evil[1].value, evilName);
    EXPECT_TRUE(evil[1].isString());
    EXPECT_EQ(evil[3].value, QStringLiteral("@서울 -3층, \"지하\""));
    EXPECT_EQ(evil[6].value, QStringLiteral("-경비실에 맡겨 주세요"));
    for (const auto &row : rows) {
        for (const XmlCell &cell : row)
            EXPECT_TRUE(cell.formula.isEmpty()) << cell.reference.toStdString(); // no totals in a shipping list
    }
}

TEST_F(ExportFormatsTest, XlsxEscapesMarkupAndCharactersXmlCannotCarry)
{
    DocumentTable table(QStringLiteral("메모"), {{QStringLiteral("note"), QStringLiteral("메모"), CellType::Text}});
    const QString awkward = QStringLiteral("<b>&amp;</b> _x0041_ ") + QChar(0x01) + QStringLiteral(" 끝 🙂");
    table.appendText(awkward);
    table.appendText(QStringLiteral("  spaces kept  "));
    TableDocument document;
    document.title = QStringLiteral("메모");
    document.tables.push_back(table);
    const QString path = pathFor(QStringLiteral("awkward.xlsx"));
    writeDocument(document, ExportFormat::Xlsx, path);
    // Read as XML: the markup comes back as text; a control character and an underscore that would read as an
    // escape stay in OOXML's _xHHHH_ form, which Excel turns back into the character.
    const std::vector<std::vector<XmlCell>> rows = firstSheetCells(bytesOf(path));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1][0].value, QStringLiteral("<b>&amp;</b> _x005F_x0041_ _x0001_ 끝 🙂"));
    EXPECT_EQ(rows[2][0].value, QStringLiteral("  spaces kept  "));
}

TEST_F(ExportFormatsTest, XlsxEscapesNulAndNonCharacters)
{
    DocumentTable table(QStringLiteral("메모"), {{QStringLiteral("note"), QStringLiteral("메모"), CellType::Text}});
    table.appendText(QStringLiteral("앞") + QChar(0) + QStringLiteral("뒤") + QChar(0xFFFF) + QChar(0xD800));
    TableDocument document;
    document.tables.push_back(table);
    const std::vector<std::vector<XmlCell>> rows = firstSheetCells(XlsxWriter::toBytes(document));
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[1][0].value, QStringLiteral("앞_x0000_뒤_xFFFF__xD800_"));
}

TEST_F(ExportFormatsTest, XlsxWritesDaysAsDatesAndTotalsCounts)
{
    DocumentTable table(QStringLiteral("입금"),
                        {{QStringLiteral("name"), QStringLiteral("이름"), CellType::Text},
                         {QStringLiteral("paid_on"), QStringLiteral("입금일"), CellType::Date},
                         {QStringLiteral("copies"), QStringLiteral("부수"), CellType::Integer, true}});
    table.appendText(QStringLiteral("가"));
    table.appendDate(QDate(2026, 11, 14));
    table.appendNumber(3);
    table.appendText(QStringLiteral("나"));
    table.appendDate(QDate());
    table.appendNumber(4);
    table.setTotalsLabel(QStringLiteral("합계"));
    TableDocument document;
    document.tables.push_back(table);
    const QByteArray xlsx = XlsxWriter::toBytes(document);

    const std::vector<QStringList> actual = sheetText(XlsxReader::readBytes(xlsx));
    const std::vector<QStringList> expected{cells({u"이름", u"입금일", u"부수"}), cells({u"가", u"2026-11-14", u"3"}),
                                            cells({u"나", u"", u"4"}), cells({u"합계", u"", u"7"})};
    EXPECT_EQ(actual, expected) << describeRows(actual);
    // The day is Excel's day number shown as yyyy-mm-dd; the count's total is a bold SUM.
    const std::vector<CellStyle> styles = workbookStyles(xlsx);
    const std::vector<std::vector<XmlCell>> rows = firstSheetCells(xlsx);
    ASSERT_EQ(rows.size(), 4u);
    ASSERT_EQ(rows[1].size(), 3u);
    EXPECT_EQ(rows[1][1].value, QString::number(QDate(1899, 12, 30).daysTo(QDate(2026, 11, 14))));
    EXPECT_EQ(styles.at(rows[1][1].style.toUInt()).numberFormat, QStringLiteral("yyyy-mm-dd"));
    EXPECT_EQ(rows[2].size(), 2u) << "a missing day is no cell at all";
    ASSERT_EQ(rows[3].size(), 3u);
    EXPECT_EQ(rows[3][2].formula, QStringLiteral("SUM(C2:C3)"));
    EXPECT_EQ(rows[3][2].value, QStringLiteral("7"));
    EXPECT_TRUE(styles.at(rows[3][2].style.toUInt()).bold);
    EXPECT_TRUE(styles.at(rows[3][1].style.toUInt()).bold) << "the totals row's rule runs across its blank cells";
}

TEST_F(ExportFormatsTest, XlsxRefusesACellLongerThanExcelHolds)
{
    DocumentTable table(QStringLiteral("메모"), {{QStringLiteral("note"), QStringLiteral("메모"), CellType::Text}});
    table.appendText(QString(40000, u'가'));
    TableDocument document;
    document.tables.push_back(table);
    const QString path = pathFor(QStringLiteral("long.xlsx"));
    EXPECT_THROW(writeDocument(document, ExportFormat::Xlsx, path), InputError);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(XlsxSheetNameTest, IsValidUniqueAndShort)
{
    EXPECT_EQ(XlsxWriter::sheetName(QStringLiteral("세금계산서/현금영수증: 요청?"), {}),
              QStringLiteral("세금계산서 현금영수증 요청"));
    EXPECT_EQ(XlsxWriter::sheetName(QStringLiteral("'인용'"), {}), QStringLiteral("인용"));
    EXPECT_EQ(XlsxWriter::sheetName(QStringLiteral("[]"), {}), QStringLiteral("Sheet"));
    EXPECT_EQ(XlsxWriter::sheetName(QStringLiteral("Items"), {QStringLiteral("items")}), QStringLiteral("Items (2)"));
    const QString longName = XlsxWriter::sheetName(QString(40, u'가'), {});
    EXPECT_EQ(longName.size(), 31);
    EXPECT_EQ(XlsxWriter::sheetName(QString(40, u'가'), {longName}).size(), 31);
}

// --- PDF ---------------------------------------------------------------------------------------------------

TEST_F(ExportFormatsTest, PdfTextHasEveryBuyerAndTheTotals)
{
    const QString path = write(ExportKind::Handover, ExportFormat::Pdf);
    const std::optional<QString> text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    for (const QString &expected :
         {QStringLiteral("수령 확인표"), QStringLiteral("『실전 리팩터링』 공동구매"),
          QStringLiteral("공구지기 010-9999-0000"), QStringLiteral("hana"), QStringLiteral("hana2"),
          QStringLiteral("박세나"), QStringLiteral("sena"), QStringLiteral("50,400"), QStringLiteral("97,200"),
          QStringLiteral("21,600"), QStringLiteral("합계"), QStringLiteral("미입금")})
        EXPECT_TRUE(text->contains(expected)) << expected.toStdString() << " missing from:\n" << text->toStdString();
    EXPECT_TRUE(text->contains(QRegularExpression(QStringLiteral("\\b1 ?/ ?1\\b")))) << "the page number";
    EXPECT_EQ(text->count(QStringLiteral("김하나")), 2) << text->toStdString();
    EXPECT_FALSE(text->contains(QStringLiteral("최다섯")));

    const std::optional<QString> publisher =
        run(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), write(ExportKind::Publisher, ExportFormat::Pdf), QStringLiteral("-")});
    ASSERT_TRUE(publisher.has_value());
    for (const QString &expected : {QStringLiteral("169,200"), QStringLiteral("126,000"), QStringLiteral("이두리"),
                                    QStringLiteral("=HYPERLINK"), QStringLiteral("두리상사")})
        EXPECT_TRUE(publisher->contains(expected)) << expected.toStdString() << " missing from:\n"
                                                   << publisher->toStdString();
}

TEST_F(ExportFormatsTest, PdfEmbedsTheHangulFont)
{
    const QString path = write(ExportKind::Publisher, ExportFormat::Pdf);
    const std::optional<QString> fonts = run(QStringLiteral("pdffonts"), {path});
    if (!fonts)
        GTEST_SKIP() << "pdffonts (poppler-utils) is not installed";
    const QStringList lines = fonts->split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty()) << fonts->toStdString();
    for (const QString &line : lines) {
        EXPECT_TRUE(line.startsWith(QStringLiteral("NotoSansCJK"))) << line.toStdString();
        EXPECT_EQ(line.simplified().section(u' ', -5, -5), QStringLiteral("yes"))
            << "not embedded: " << line.toStdString();
    }
}

TEST_F(ExportFormatsTest, PdfRepeatsTheHeaderOnEveryPageAndNumbersThem)
{
    std::vector<TableColumn> columns{{QStringLiteral("buyer"), QStringLiteral("구매자"), CellType::Text},
                                     {QStringLiteral("amount"), QStringLiteral("금액"), CellType::Money, true}};
    DocumentTable table(QStringLiteral("명단"), columns);
    for (int i = 1; i <= 150; ++i) {
        table.appendText(QStringLiteral("구매자%1").arg(i, 3, 10, QLatin1Char('0')));
        table.appendNumber(1000);
    }
    table.setTotalsLabel(QStringLiteral("합계"));
    TableDocument document;
    document.title = QStringLiteral("명단");
    document.tables.push_back(table);
    const QString path = pathFor(QStringLiteral("long.pdf"));
    writeDocument(document, ExportFormat::Pdf, path);
    const std::optional<QString> text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!text)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QStringList pages = text->split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 3) << text->toStdString();
    for (int page = 0; page < pages.size(); ++page) {
        EXPECT_TRUE(pages[page].contains(QStringLiteral("구매자"))) << "page " << page + 1;
        EXPECT_TRUE(
            pages[page].contains(QRegularExpression(QStringLiteral("\\b%1 ?/ ?%2\\b").arg(page + 1).arg(pages.size()))))
            << "page " << page + 1;
    }
    EXPECT_TRUE(text->contains(QStringLiteral("구매자150")));
    EXPECT_TRUE(pages.back().contains(QStringLiteral("150,000")));
}

TEST_F(ExportFormatsTest, PdfTurnsToLandscapeForAWideTable)
{
    std::vector<TableColumn> columns;
    for (int i = 0; i < 6; ++i)
        columns.push_back({QStringLiteral("c%1").arg(i), QStringLiteral("긴 열 제목 %1").arg(i), CellType::Text});
    DocumentTable table(QStringLiteral("넓은 표"), columns);
    for (int i = 0; i < 6; ++i)
        table.appendText(QStringLiteral("경기도 성남시 분당구 판교역로 %1번길 아주 긴 주소").arg(i));
    TableDocument document;
    document.tables.push_back(table);
    const QString path = pathFor(QStringLiteral("wide.pdf"));
    writeDocument(document, ExportFormat::Pdf, path);
    const std::optional<QString> info = run(QStringLiteral("pdfinfo"), {path});
    if (!info)
        GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    EXPECT_TRUE(info->contains(QStringLiteral("842 x 595"))) << info->toStdString();
    const std::optional<QString> narrow =
        run(QStringLiteral("pdfinfo"), {write(ExportKind::Handover, ExportFormat::Pdf)});
    EXPECT_TRUE(narrow->contains(QStringLiteral("595 x 842"))) << narrow->toStdString();
}

// --- Every format ------------------------------------------------------------------------------------------

class EveryFormatTest : public ExportFormatsTest, public ::testing::WithParamInterface<ExportFormat>
{
};

TEST_P(EveryFormatTest, FileIsPrivateToTheUser)
{
    const QString path = write(ExportKind::Publisher, GetParam());
    EXPECT_EQ(posixMode(path), 0600);
}

TEST_P(EveryFormatTest, NothingToExportWritesNoFileAndLeavesAnOldOneAlone)
{
    ExportTemplate choice;
    choice.kind = ExportKind::Recipients;
    choice.paidOnly = true;
    choice.columns = {{QStringLiteral("recipient"), {}}};
    // The only courier buyer who paid in full is 이두리: with her order cancelled, nothing is left.
    RoundExport exporter(workspace(), m_clock);
    const QString fresh = pathFor(QStringLiteral("fresh.") + toKey(GetParam()));
    OrderRepository orders(workspace());
    Order duri = *orders.find(m_duriOrder);
    duri.status = OrderStatus::Cancelled;
    orders.update(duri);
    EXPECT_THROW(exporter.write(m_round, choice, Language::Korean, GetParam(), fresh), InputError);
    EXPECT_FALSE(QFile::exists(fresh));

    const QString old = pathFor(QStringLiteral("old.") + toKey(GetParam()));
    QFile file(old);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("yesterday's list");
    file.close();
    const QByteArray before = fileDigest(old);
    EXPECT_THROW(exporter.write(m_round, choice, Language::Korean, GetParam(), old), InputError);
    EXPECT_EQ(fileDigest(old), before);
}

TEST_P(EveryFormatTest, AWriteThatFailsMidwayLeavesTheExistingFileUntouched)
{
    // Big enough that every format passes the limit below.
    DocumentTable table(QStringLiteral("명단"), {{QStringLiteral("buyer"), QStringLiteral("구매자"), CellType::Text},
                                                 {QStringLiteral("amount"), QStringLiteral("금액"), CellType::Money}});
    for (int i = 0; i < 3000; ++i) {
        table.appendText(QStringLiteral("구매자 %1 님, 경기도 성남시 분당구").arg(i));
        table.appendNumber(i * 1000);
    }
    TableDocument document;
    document.title = QStringLiteral("명단");
    document.tables.push_back(table);

    const QString path = pathFor(QStringLiteral("list.") + toKey(GetParam()));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("yesterday's list");
    file.close();
    const QByteArray before = fileDigest(path);
    {
        const FileSizeLimit limit(4096);
        EXPECT_THROW(writeDocument(document, GetParam(), path), Error);
    }
    EXPECT_EQ(fileDigest(path), before);
    const QStringList left =
        QDir(QFileInfo(path).path()).entryList({QStringLiteral("list.*")}, QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, QStringList{QFileInfo(path).fileName()}) << "no partial file stays behind";
}

TEST_P(EveryFormatTest, AMissingFolderIsBadInput)
{
    EXPECT_THROW(writeDocument(document(ExportKind::Publisher), GetParam(),
                               pathFor(QStringLiteral("no-such-folder/list.") + toKey(GetParam()))),
                 InputError);
}

INSTANTIATE_TEST_SUITE_P(Formats, EveryFormatTest,
                         ::testing::Values(ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf),
                         [](const auto &info) { return toKey(info.param).toStdString(); });

} // namespace
