#include "io/XlsxCellFormat.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace gonggu;
using Kind = XlsxCellFormat::Kind;

namespace {

struct CodeCase
{
    const char16_t *code;
    Kind kind;
};

void PrintTo(const CodeCase &c, std::ostream *out)
{
    *out << '"' << QString::fromUtf16(c.code).toStdString() << '"';
}

/** Custom number format codes: date letters count only outside quotes, brackets and escapes. */
class FormatCodeTest : public ::testing::TestWithParam<CodeCase>
{
};

TEST_P(FormatCodeTest, HasItsKind)
{
    EXPECT_EQ(XlsxCellFormat::codeKind(QString::fromUtf16(GetParam().code)), GetParam().kind);
}

INSTANTIATE_TEST_SUITE_P(
    Codes, FormatCodeTest,
    ::testing::Values(CodeCase{u"yyyy-mm-dd", Kind::Date}, CodeCase{u"YYYY/MM/DD", Kind::Date},
                      CodeCase{u"mmm", Kind::Date}, CodeCase{u"yyyy\"년\" m\"월\" d\"일\"", Kind::Date},
                      CodeCase{u"[$-412]yyyy\"년\" mmmm d\"일\" dddd", Kind::Date}, CodeCase{u"h:mm", Kind::Time},
                      CodeCase{u"mm:ss", Kind::Time}, CodeCase{u"[h]:mm:ss", Kind::Time},
                      CodeCase{u"h:mm AM/PM", Kind::Time}, CodeCase{u"yyyy-mm-dd hh:mm:ss", Kind::DateTime},
                      CodeCase{u"m/d/yy h:mm", Kind::DateTime}, CodeCase{u"General", Kind::Number},
                      CodeCase{u"#,##0\"원\"", Kind::Number}, CodeCase{u"#,##0 \"days\"", Kind::Number},
                      CodeCase{u"[Red]0.00;[Blue]-0.00", Kind::Number}, CodeCase{u"0.00E+00", Kind::Number},
                      CodeCase{u"\\d0", Kind::Number}, CodeCase{u"_(* #,##0_)", Kind::Number},
                      CodeCase{u"@", Kind::Number}));

/** Built-in format ids Excel does not write out: dates, times, and the Korean locale's own. */
TEST(BuiltInFormatTest, DateAndTimeIds)
{
    for (const int id : {14, 15, 16, 17, 27, 30, 31, 34, 36, 50, 57, 58})
        EXPECT_EQ(XlsxCellFormat::builtInKind(id), Kind::Date) << id;
    for (const int id : {18, 19, 20, 21, 32, 33, 45, 46, 47})
        EXPECT_EQ(XlsxCellFormat::builtInKind(id), Kind::Time) << id;
    EXPECT_EQ(XlsxCellFormat::builtInKind(22), Kind::DateTime);
    for (const int id : {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 44, 48, 49, 59, 164})
        EXPECT_EQ(XlsxCellFormat::builtInKind(id), Kind::Number) << id;
}

/** Numbers read as Excel's General format shows them, without its exponents. */
TEST(NumberTextTest, AsExcelShowsThem)
{
    EXPECT_EQ(XlsxCellFormat::numberText(1033334444), QStringLiteral("1033334444"));       // a phone number
    EXPECT_EQ(XlsxCellFormat::numberText(9788934972464), QStringLiteral("9788934972464")); // an ISBN
    EXPECT_EQ(XlsxCellFormat::numberText(15000.0), QStringLiteral("15000"));
    EXPECT_EQ(XlsxCellFormat::numberText(-5000), QStringLiteral("-5000"));
    EXPECT_EQ(XlsxCellFormat::numberText(0.0), QStringLiteral("0"));
    EXPECT_EQ(XlsxCellFormat::numberText(-0.0), QStringLiteral("0"));
    EXPECT_EQ(XlsxCellFormat::numberText(2.5), QStringLiteral("2.5"));
    EXPECT_EQ(XlsxCellFormat::numberText(0.1 + 0.2), QStringLiteral("0.3"));
    EXPECT_EQ(XlsxCellFormat::numberText(1e15), QStringLiteral("1000000000000000"));
    EXPECT_EQ(XlsxCellFormat::numberText(1e20), QStringLiteral("100000000000000000000"));
    EXPECT_EQ(XlsxCellFormat::numberText(123456789012345678.0), QStringLiteral("123456789012346000"));
    EXPECT_EQ(XlsxCellFormat::numberText(1.5e-7), QStringLiteral("0.00000015"));
    EXPECT_EQ(XlsxCellFormat::numberText(-1.25e-5), QStringLiteral("-0.0000125"));
    EXPECT_EQ(XlsxCellFormat::numberText(1234567.891), QStringLiteral("1234567.891"));
}

/** Excel serials to dates, with the 1900 leap-year bug and the 1904 system. */
TEST(SerialTextTest, The1900System)
{
    const auto date = [](double serial) { return XlsxCellFormat::serialText(serial, Kind::Date, false); };
    EXPECT_EQ(date(1), QStringLiteral("1900-01-01"));
    EXPECT_EQ(date(59), QStringLiteral("1900-02-28"));
    EXPECT_EQ(date(60), QStringLiteral("1900-02-29")); // the day that never was, as Excel shows it
    EXPECT_EQ(date(61), QStringLiteral("1900-03-01"));
    EXPECT_EQ(date(46327), QStringLiteral("2026-11-01"));
    EXPECT_EQ(date(46327.75), QStringLiteral("2026-11-01")); // a date format hides the time
    EXPECT_EQ(date(2958465), QStringLiteral("9999-12-31"));
    EXPECT_EQ(date(2958466), std::nullopt);
    EXPECT_EQ(date(-1), std::nullopt);
    EXPECT_EQ(date(0), std::nullopt);
}

TEST(SerialTextTest, TimesAndDateTimes)
{
    EXPECT_EQ(XlsxCellFormat::serialText(46327.41738425926, Kind::DateTime, false),
              QStringLiteral("2026-11-01 10:01:02"));
    EXPECT_EQ(XlsxCellFormat::serialText(46327, Kind::DateTime, false), QStringLiteral("2026-11-01 00:00:00"));
    EXPECT_EQ(XlsxCellFormat::serialText(0.4244444444444445, Kind::Time, false), QStringLiteral("10:11:12"));
    EXPECT_EQ(XlsxCellFormat::serialText(0.5, Kind::DateTime, false), QStringLiteral("12:00:00"));
    // Rounding to the second may carry into the next day.
    EXPECT_EQ(XlsxCellFormat::serialText(46327.999999999, Kind::DateTime, false),
              QStringLiteral("2026-11-02 00:00:00"));
    EXPECT_EQ(XlsxCellFormat::serialText(46327.5, Kind::Number, false), std::nullopt);
}

TEST(SerialTextTest, The1904System)
{
    EXPECT_EQ(XlsxCellFormat::serialText(0, Kind::Date, true), QStringLiteral("1904-01-01"));
    EXPECT_EQ(XlsxCellFormat::serialText(44865, Kind::Date, true), QStringLiteral("2026-11-01"));
    EXPECT_EQ(XlsxCellFormat::serialText(44865.5, Kind::DateTime, true), QStringLiteral("2026-11-01 12:00:00"));
}

/** Styles map each cellXfs entry to a kind; custom formats override built-in ids. */
TEST(StylesTest, CellXfsOnly)
{
    QXmlStreamReader xml(QByteArray(R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;년&quot;"/><numFmt numFmtId="14" formatCode="0.00"/></numFmts>
        <cellStyleXfs><xf numFmtId="22"/></cellStyleXfs>
        <cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="21"><alignment/></xf><xf numFmtId="22"/></cellXfs>
        </styleSheet>)"));
    const std::vector<Kind> kinds = XlsxCellFormat::readStyles(xml);
    EXPECT_FALSE(xml.hasError());
    EXPECT_EQ(kinds, (std::vector<Kind>{Kind::Number, Kind::Date, Kind::Number, Kind::Time, Kind::DateTime}));
}

} // namespace
