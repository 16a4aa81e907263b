#include "io/XlsxReader.h"
#include "IoTestSupport.h"
#include "ZipBuilder.h"

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** The .xlsx fixtures read back row by row: the first sheet only, as the text Excel shows. */
class XlsxFixtureTest : public ::testing::Test
{
};

TEST_F(XlsxFixtureTest, ApplicationsWorkbook)
{
    const SheetData sheet = XlsxReader::readFile(ioFixture(QStringLiteral("applications.xlsx")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("XLSX"));
    expectRows(
        sheet,
        {
            {1, cells({u"신청일시", u"이름", u"닉네임", u"휴대폰", u"수량", u"단가", u"합계", u"수령 방법", u"주소",
                       u"입금일", u"입금 시각", u"동의"})},
            // A custom date-time format, a cached formula result, built-in formats 14 (date) and 21 (time).
            {2, cells({u"2026-11-01 10:01:02", u"홍길동", u"gildong", u"010-1111-2222", u"1", u"15000", u"15000",
                       u"현장 수령", u"", u"2026-11-03", u"10:11:12", u"TRUE"})},
            // A formula-looking nickname stored as text stays that text; a phone number stored as a number.
            {3, cells({u"2026-11-01 11:15:40", u"김영희", u"=cmd|' /C calc'!A0", u"1033334444", u"2", u"15000",
                       u"30000", u"택배", u"경기도 성남시 분당구 판교로 1\n2층", u"2026-11-04", u"", u"FALSE"})},
            // Row 4 is empty. Row 5 has cells in A, D (an inline string) and I only.
            {5, cells({u"2026-11-02 14:30:00", u"", u"", u"010.5555.6666", u"", u"", u"", u"", u"서울시 마포구 1"})},
            // Rich-text runs joined, a phonetic guide left out, binary noise of 0.1 + 0.2 hidden.
            {6, cells({u"2026-11-02", u"박철수", u"cs_park", u"12345678901234", u"1권", u"0.3", u"-5000", u"2.5"})},
            // Row 7 holds only spaces. Row 8: a formula's text result, an error value, _xHHHH_ escapes, exponents.
            {8, cells({u"ABC", u"#DIV/0!", u"첫줄\r둘째줄 _x0041_", u"100000000000000000000", u"0.00000015"})},
        });
}

TEST_F(XlsxFixtureTest, Dates1904System)
{
    expectRows(XlsxReader::readFile(ioFixture(QStringLiteral("dates-1904.xlsx"))),
               {{1, cells({u"입금일", u"입금 일시", u"금액"})},
                {2, cells({u"2026-11-01", u"2026-11-01 09:30:00", u"30000"})}});
}

/** Packages built by hand: what Excel tolerates, Gonggu reads too. */
class XlsxPackageTest : public ::testing::Test
{
};

TEST_F(XlsxPackageTest, CellsAndRowsWithoutReferencesFollowOnAndBoolsAndInlineRuns)
{
    const QByteArray bytes = workbookOf(R"(<row><c><v>1</v></c><c t="b"><v>0</v></c></row>)"
                                        R"(<row><c t="inlineStr"><is><r><t>가</t></r><r><t>나</t></r></is></c>)"
                                        R"(<c r="C7" t="d"><v>2026-11-01T09:30:00</v></c></row>)"
                                        R"(<row r="9"><c r="b9"><v>3</v></c></row>)");
    expectRows(
        XlsxReader::readBytes(bytes),
        {{1, cells({u"1", u"FALSE"})}, {2, cells({u"가나", u"", u"2026-11-01 09:30:00"})}, {9, cells({u"", u"3"})}});
}

TEST_F(XlsxPackageTest, PrefixedNamespacesAndNoPackageRelationships)
{
    const QByteArray bytes = zipOf({
        {QStringLiteral("xl/workbook.xml"),
         "<x:workbook xmlns:x=\"" + mainNamespace + "\" xmlns:rel=\"" + relationshipNamespace +
             "\"><x:sheets><x:sheet name=\"S\" sheetId=\"1\" rel:id=\"a\"/></x:sheets></x:workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
         "Id=\"a\" Type=\"" +
             relationshipNamespace + "/worksheet\" Target=\"/xl/worksheets/data.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/data.xml"), "<x:worksheet xmlns:x=\"" + mainNamespace +
                                                       "\"><x:sheetData><x:row r=\"2\"><x:c r=\"A2\"><x:v>42</x:v>"
                                                       "</x:c></x:row></x:sheetData></x:worksheet>"},
    });
    expectRows(XlsxReader::readBytes(bytes), {{2, cells({u"42"})}});
}

TEST_F(XlsxPackageTest, PartNamesMatchWhateverTheirCase)
{
    // As a zip tool on Windows may leave them; the relationships still name the parts in lower case.
    const QByteArray bytes = zipOf({
        {QStringLiteral("XL/Workbook.xml"), "<workbook xmlns=\"" + mainNamespace + "\" xmlns:r=\"" +
                                                relationshipNamespace +
                                                "\"><sheets><sheet name=\"S\" r:id=\"w\"/></sheets></workbook>"},
        {QStringLiteral("XL/_RELS/WORKBOOK.XML.RELS"),
         "<Relationships><Relationship Id=\"w\" Type=\"" + relationshipNamespace +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/Worksheets/Sheet1.XML"),
         "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>7</v></c></row></sheetData></worksheet>"},
    });
    expectRows(XlsxReader::readBytes(bytes), {{1, cells({u"7"})}});
}

TEST_F(XlsxPackageTest, SharedStringsFoundByTheirUsualNameWithoutARelationship)
{
    const QByteArray bytes = zipOf({
        {QStringLiteral("xl/workbook.xml"), "<workbook xmlns=\"" + mainNamespace + "\" xmlns:r=\"" +
                                                relationshipNamespace +
                                                "\"><sheets><sheet name=\"S\" r:id=\"w\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships><Relationship Id=\"w\" Type=\"" + relationshipNamespace +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/sharedStrings.xml"), "<sst><si><t>홍길동</t></si></sst>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"},
    });
    expectRows(XlsxReader::readBytes(bytes), {{1, cells({u"홍길동"})}});
}

TEST_F(XlsxPackageTest, ChartSheetsAreSkippedForTheFirstWorksheet)
{
    const QByteArray bytes = zipOf({
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns=\"" + mainNamespace + "\" xmlns:r=\"" + relationshipNamespace +
             "\"><sheets><sheet name=\"차트\" r:id=\"c\"/><sheet name=\"목록\" r:id=\"w\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"c\" Type=\"" +
             relationshipNamespace +
             "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
             "<Relationship Id=\"w\" Type=\"" +
             relationshipNamespace +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "</Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<worksheet xmlns=\"" + mainNamespace +
             "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>목록"
             "</t></is></c></row></sheetData></worksheet>"},
    });
    expectRows(XlsxReader::readBytes(bytes), {{1, cells({u"목록"})}});
}

} // namespace
