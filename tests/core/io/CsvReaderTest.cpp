#include "io/CsvReader.h"
#include "IoTestSupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace gonggu;
using namespace gonggu::test;

namespace {

SheetData parsed(const QString &text)
{
    return SheetData{CsvReader::parse(text), QString()};
}

/** The CSV fixtures read back row by row, with the line each record starts on. */
class CsvFixtureTest : public ::testing::Test
{
};

TEST_F(CsvFixtureTest, FormExportWithBomQuotesAndMultiLineAddresses)
{
    const SheetData sheet = CsvReader::readFile(ioFixture(QStringLiteral("applications-utf8bom.csv")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("UTF-8 with BOM"));
    expectRows(
        sheet,
        {
            {1,
             cells({u"타임스탬프", u"이름", u"닉네임", u"휴대폰 번호", u"구매 수량", u"수령 방법", u"주소", u"비고"})},
            {2, cells({u"2026-11-01 10:01:02", u"홍길동", u"gildong", u"010-1111-2222", u"1", u"현장 수령", u"", u""})},
            // The nickname stays the text it is: nothing here evaluates or strips formulas.
            {3, cells({u"2026-11-01 11:15:40", u"김영희", u"=cmd|' /C calc'!A0", u"01033334444", u"2", u"택배",
                       u"경기도 성남시 분당구 판교로 1\n2층, 201호", u"세금계산서 필요"})},
            // Line 5 is empty and line 6 only spaces: both left out, and the numbering goes on.
            {7, cells({u"2026-11-02 14:30:00", u"박철수", u"cs \"the reader\" park", u"010.5555.6666", u"1권", u"택배",
                       u"서울시 마포구 월드컵로 1, 3층", u""})},
            {8, cells({u"2026-11-03 09:00:00", u"이몽룡", u"mong", u"010-7777-8888", u"3", u"택배",
                       u"부산시 해운대구\n우동 1\n\n(경비실)", u""})},
            {12, cells({u"2026-11-03 09:05:00", u"성춘향", u"chun", u"", u"1", u"현장 수령", u"", u"", u""})},
        });
}

TEST_F(CsvFixtureTest, Cp949BankExportMadeWithIconv)
{
    const SheetData sheet = CsvReader::readFile(ioFixture(QStringLiteral("bank-cp949.csv")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("CP949"));
    expectRows(
        sheet,
        {
            {1, cells({u"No.", u"거래일시", u"적요", u"기재내용", u"찾으신금액", u"맡기신금액", u"거래후 잔액",
                       u"취급점"})},
            {2, cells({u"1", u"2026.11.05 14:22:01", u"인터넷", u"이몽룡", u"0", u"25000", u"525000", u"인터넷"})},
            {3, cells({u"2", u"2026.11.05 15:30:00", u"모바일", u"똠방각하", u"0", u"30000", u"555000", u"모바일"})},
            {4, cells({u"3", u"2026.11.06 08:12:45", u"모바일", u"성춘향(향단대납), 2권", u"0", u"50000", u"605000",
                       u"모바일"})},
        });
}

TEST_F(CsvFixtureTest, ExcelUnicodeTextIsUtf16AndTabSeparated)
{
    const SheetData sheet = CsvReader::readFile(ioFixture(QStringLiteral("bank-utf16le-tab.txt")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("UTF-16LE"));
    expectRows(sheet,
               {
                   {1, cells({u"거래일자", u"거래시간", u"적요", u"출금(원)", u"입금(원)", u"내용", u"잔액(원)"})},
                   {2, cells({u"2026-11-02", u"10:11:12", u"타행이체", u"", u"30,000", u"홍길동", u"1,030,000"})},
                   {3, cells({u"2026-11-02", u"11:00:00", u"체크카드", u"4,500", u"", u"커피", u"1,025,500"})},
                   {4, cells({u"2026-11-03", u"09:30:00", u"모바일", u"", u"60,000", u"김 영 희", u"1,085,500"})},
               });
}

TEST_F(CsvFixtureTest, SemicolonSeparated)
{
    expectRows(CsvReader::readFile(ioFixture(QStringLiteral("semicolon.csv"))),
               {{1, cells({u"이름", u"금액", u"메모"})},
                {2, cells({u"홍길동", u"30000", u"a;b"})},
                {3, cells({u"김영희", u"25000", u""})}});
}

TEST_F(CsvFixtureTest, ClassicMacLineEndingsAndNoFinalNewline)
{
    expectRows(CsvReader::readFile(ioFixture(QStringLiteral("classic-mac-cr.csv"))), {{1, cells({u"이름", u"수량"})},
                                                                                      {2, cells({u"홍길동", u"1"})},
                                                                                      {3, cells({u"김\n영희", u"2"})},
                                                                                      {5, cells({u"박철수", u"3"})}});
}

/** Files that are not CSV text are refused with a message that names them and says why. */
class CsvRefusalTest : public ::testing::Test
{
};

TEST_F(CsvRefusalTest, UnterminatedQuoteNamesTheLineItOpensOn)
{
    const QString message =
        inputErrorOf([] { CsvReader::readFile(ioFixture(QStringLiteral("unterminated-quote.csv"))); });
    EXPECT_EQ(message, QStringLiteral("unterminated-quote.csv, line 3: a quoted field starts here but its closing "
                                      "quote is missing"));
}

TEST_F(CsvRefusalTest, EmptyFile)
{
    EXPECT_EQ(inputErrorOf([] { CsvReader::readFile(ioFixture(QStringLiteral("empty.csv"))); }),
              QStringLiteral("empty.csv is empty"));
    EXPECT_EQ(inputErrorOf([] { CsvReader::readFile(ioFixture(QStringLiteral("bom-only.csv"))); }),
              QStringLiteral("bom-only.csv is empty"));
    EXPECT_EQ(inputErrorOf([] { CsvReader::readBytes(QByteArray("\r\n , \r\n\r\n"), QStringLiteral("x.csv")); }),
              QStringLiteral("x.csv has no rows with data"));
}

TEST_F(CsvRefusalTest, NeitherUtf8NorCp949)
{
    EXPECT_EQ(inputErrorOf([] { CsvReader::readFile(ioFixture(QStringLiteral("latin1.csv"))); }),
              QStringLiteral("latin1.csv is neither UTF-8 nor CP949/EUC-KR text"));
}

TEST_F(CsvRefusalTest, RandomBytesLookBinary)
{
    const QString message = inputErrorOf([] { CsvReader::readFile(ioFixture(QStringLiteral("random.bin"))); });
    EXPECT_TRUE(message.startsWith(QStringLiteral("random.bin looks like a binary file"))) << message.toStdString();
}

TEST_F(CsvRefusalTest, MissingFileAndFolder)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("없는 파일.csv"));
    EXPECT_EQ(inputErrorOf([&] { CsvReader::readFile(missing); }), missing + QStringLiteral(" does not exist"));
    EXPECT_EQ(inputErrorOf([&] { CsvReader::readFile(dir.path()); }),
              dir.path() + QStringLiteral(" is a folder, not a file"));
}

TEST_F(CsvRefusalTest, TooManyColumns)
{
    const QByteArray row = QByteArray("a") + QByteArray(CsvReader::maxColumns, ',');
    const QString message = inputErrorOf([&] { CsvReader::readBytes(row, QStringLiteral("wide.csv")); });
    EXPECT_EQ(message, QStringLiteral("wide.csv, line 1: more than 16384 columns"));
}

/** RFC 4180 and the ways real files bend it. */
class CsvParseTest : public ::testing::Test
{
};

TEST_F(CsvParseTest, QuotesAndDelimitersInsideFields)
{
    expectRows(parsed(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\",\"\"\r\n")),
               {{1, cells({u"a", u"b,c", u"say \"hi\"", u""})}});
}

TEST_F(CsvParseTest, TrailingEmptyCellsAreKept)
{
    expectRows(parsed(QStringLiteral("a,b,,\nc,,,\n")),
               {{1, cells({u"a", u"b", u"", u""})}, {2, cells({u"c", u"", u"", u""})}});
}

TEST_F(CsvParseTest, StrayQuotesAreKeptAsText)
{
    // Excel's reading: a quote inside an unquoted field is a character; text after a closing quote is appended.
    expectRows(parsed(QStringLiteral("5\" monitor,\"ab\"c,x\"y\"\n")),
               {{1, cells({u"5\" monitor", u"abc", u"x\"y\""})}});
}

TEST_F(CsvParseTest, LineBreaksInsideQuotesAreNewlinesAndCountAsLines)
{
    expectRows(parsed(QStringLiteral("\"a\r\nb\",\"c\rd\"\r\n\"e\"\r\nf\n")),
               {{1, cells({u"a\nb", u"c\nd"})}, {4, cells({u"e"})}, {5, cells({u"f"})}});
}

TEST_F(CsvParseTest, BlankAndWhitespaceRowsAreSkippedButCounted)
{
    expectRows(parsed(QStringLiteral("h1,h2\n\n  ,\t\n\"\",\"\"\nv1,v2")),
               {{1, cells({u"h1", u"h2"})}, {5, cells({u"v1", u"v2"})}});
}

TEST_F(CsvParseTest, CellsAreNotTrimmed)
{
    expectRows(parsed(QStringLiteral(" a , b \n")), {{1, cells({u" a ", u" b "})}});
}

/** The delimiter is found from the first records, outside quotes. */
class DelimiterTest : public ::testing::Test
{
};

TEST_F(DelimiterTest, CommaTabSemicolon)
{
    EXPECT_EQ(CsvReader::detectDelimiter(u"a,b,c\n1,2,3\n"), QChar(u','));
    EXPECT_EQ(CsvReader::detectDelimiter(u"a\tb\tc\n1\t2\t3\n"), QChar(u'\t'));
    EXPECT_EQ(CsvReader::detectDelimiter(u"a;b;c\n1;2;3\n"), QChar(u';'));
}

TEST_F(DelimiterTest, SingleColumnFallsBackToComma)
{
    EXPECT_EQ(CsvReader::detectDelimiter(u"이름\n홍길동\n"), QChar(u','));
    EXPECT_EQ(CsvReader::detectDelimiter(u""), QChar(u','));
}

TEST_F(DelimiterTest, ConsistencyBeatsCount)
{
    // More commas than tabs in total, but only the tabs split every record the same way.
    EXPECT_EQ(CsvReader::detectDelimiter(u"일자\t금액\t잔액\n11-02\t30,000\t1,030,000\n11-03\t4,500\t1,025,500\n"),
              QChar(u'\t'));
}

TEST_F(DelimiterTest, QuotedDelimitersDoNotCount)
{
    EXPECT_EQ(CsvReader::detectDelimiter(u"a;\"1,2,3,4\"\nb;\"5,6,7,8\"\n"), QChar(u';'));
}

TEST_F(DelimiterTest, PreambleAboveTheTable)
{
    EXPECT_EQ(CsvReader::detectDelimiter(u"거래내역\n계좌;110-123\n\n일자,적요,금액,잔액\n1,2,3,4\n5,6,7,8\n"),
              QChar(u','));
}

/** Any byte sequence gives rows or an InputError, in time proportional to its size. */
class CsvRobustnessTest : public ::testing::Test
{
};

TEST_F(CsvRobustnessTest, RandomBytesNeverCrash)
{
    QRandomGenerator random(4180);
    const QByteArray alphabet("\",;\t\r\n a\xEA\xB0\x80\xB1\xE8\xFF\xFE\0", 17);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes(random.bounded(1, 400), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = round % 2 ? char(random.bounded(256)) : alphabet[random.bounded(int(alphabet.size()))];
        try {
            const SheetData sheet = CsvReader::readBytes(bytes);
            for (const SheetRow &row : sheet.rows)
                ASSERT_GE(row.line, 1);
        } catch (const InputError &) {
        }
    }
}

TEST_F(CsvRobustnessTest, PathologicalInputsStayLinear)
{
    const qsizetype size = 1024 * 1024;
    QElapsedTimer timer;
    timer.start();
    for (const char filler : {'"', '\n', '\r', ';', 'a'}) {
        try {
            CsvReader::readBytes(QByteArray(size, filler));
        } catch (const InputError &) {
        }
    }
    try {
        CsvReader::readBytes(QByteArray("\"") + QByteArray(size, 'x')); // one quote, never closed
    } catch (const InputError &) {
    }
    EXPECT_LT(timer.elapsed(), 20'000) << "six 1 MB inputs should take well under a second each";
}

} // namespace
