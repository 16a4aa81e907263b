#include "io/XlsReader.h"
#include "IoTestSupport.h"
#include "io/SheetReader.h"
#include "io/XlsxReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace gonggu;
using namespace gonggu::test;

namespace {

const QString damaged = QStringLiteral(" is not a readable Excel 97-2003 workbook: it is damaged or incomplete");
const QString passwordAdvice =
    QStringLiteral(" is protected by a password; open it in Excel, remove the password and save it again");

/** The .xls fixtures read back row by row: the first sheet only, as XlsxReader reads the same cells. */
class XlsFixtureTest : public ::testing::Test
{
};

TEST_F(XlsFixtureTest, ApplicationsWorkbook)
{
    const SheetData sheet = XlsReader::readFile(ioFixture(QStringLiteral("applications.xls")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("XLS"));
    expectRows(
        sheet,
        {
            {1,
             cells({u"신청일시", u"이름", u"닉네임", u"휴대폰", u"수량", u"단가", u"입금일", u"입금 시각", u"주소"})},
            // Date-time, date and time cells; whole numbers as written; the row ends at its last value.
            {2, cells({u"2026-11-01 10:01:02", u"홍길동", u"gildong", u"010-1111-2222", u"1", u"15000", u"2026-11-03",
                       u"10:11:12"})},
            // A formula-looking nickname stays text; a phone number stored as a number loses no digit.
            {3, cells({u"2026-11-01 11:15:40", u"김영희", u"=cmd|' /C calc'!A0", u"1033334444", u"2", u"15000",
                       u"2026-11-04", u"", u"경기도 성남시 분당구 판교로 1\n2층"})},
            // Row 4 is empty; row 5 has cells in A, D and I only.
            {5, cells({u"2026-11-02 14:30:00", u"", u"", u"010.5555.6666", u"", u"", u"", u"", u"서울시 마포구 1"})},
            // Text that looks like a date stays text; binary noise of 0.1 + 0.2 is hidden as Excel does.
            {6, cells({u"2026-11-02", u"박철수", u"cs_park", u"12345678901234", u"1권", u"0.3", u"-5000", u"2.5"})},
            // Row 7 holds only spaces. Numbers never get an exponent.
            {8, cells({u"100000000000000000000", u"0.00000015", u"1234.5"})},
            // Row 9 holds only empty strings.
            {10, cells({u"끝"})},
        });
}

TEST_F(XlsFixtureTest, BytesReadAsTheFileDoes)
{
    const QString path = ioFixture(QStringLiteral("applications.xls"));
    const SheetData fromFile = XlsReader::readFile(path);
    const SheetData fromBytes = XlsReader::readBytes(fileBytes(path), QStringLiteral("신청.xls"));
    ASSERT_EQ(fromBytes.rows.size(), fromFile.rows.size());
    for (size_t i = 0; i < fromFile.rows.size(); ++i) {
        EXPECT_EQ(fromBytes.rows[i].line, fromFile.rows[i].line);
        EXPECT_EQ(utf8(fromBytes.rows[i].cells), utf8(fromFile.rows[i].cells));
    }
}

TEST_F(XlsFixtureTest, StatementReadsAsItsXlsxTwin)
{
    const SheetData xls = XlsReader::readFile(bankFixture(QStringLiteral("statement.xls")));
    const SheetData xlsx = XlsxReader::readFile(bankFixture(QStringLiteral("statement.xlsx")));
    std::vector<ExpectedRow> expected;
    for (const SheetRow &row : xlsx.rows)
        expected.push_back({row.line, row.cells});
    expectRows(xls, expected);
    ASSERT_GE(xls.rows.size(), 4u);
    // The date-time and amount cells are real Excel values, not text, in both files.
    EXPECT_EQ(utf8(xls.rows[3].cells), utf8(cells({u"1", u"2026-11-02 10:11:12", u"타행이체", u"홍길동", u"0", u"30000",
                                                   u"1030000", u"인터넷"})));
}

TEST_F(XlsFixtureTest, EmptyFirstSheetIsNamedInTheRefusal)
{
    EXPECT_EQ(inputErrorOf([] { XlsReader::readFile(ioFixture(QStringLiteral("first-sheet-empty.xls"))); }),
              QStringLiteral("first-sheet-empty.xls: the first sheet, '빈 시트', is empty (Gonggu reads only the "
                             "first sheet)"));
}

/** Points TMPDIR somewhere else for one scope. */
class TempPathOverride
{
public:
    explicit TempPathOverride(const QString &path) : m_previous(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", QFile::encodeName(path));
    }
    ~TempPathOverride()
    {
        if (m_previous.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_previous);
    }
    TempPathOverride(const TempPathOverride &) = delete;
    TempPathOverride &operator=(const TempPathOverride &) = delete;

private:
    QByteArray m_previous;
};

// The copy FreeXL reads from may be a bank statement: nothing of it stays behind.
TEST_F(XlsFixtureTest, TemporaryCopyIsRemovedWhetherTheReadSucceedsOrNot)
{
    QTemporaryDir tempDir;
    ASSERT_TRUE(tempDir.isValid());
    {
        const TempPathOverride override(tempDir.path());
        ASSERT_EQ(QDir::tempPath(), QDir::cleanPath(tempDir.path()));
        EXPECT_EQ(XlsReader::readBytes(fileBytes(ioFixture(QStringLiteral("applications.xls")))).rows.size(), 7u);
        EXPECT_FALSE(inputErrorOf([] {
                         XlsReader::readBytes(fileBytes(ioFixture(QStringLiteral("record-length-damaged.xls"))));
                     }).isEmpty());
    }
    const QStringList left = QDir(tempDir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    EXPECT_TRUE(left.isEmpty()) << left.join(u' ').toStdString();
}

/** Files that are not readable workbooks: one clear line each, and the process lives on. */
class XlsRefusalTest : public ::testing::Test
{
};

TEST_F(XlsRefusalTest, TruncatedWorkbook)
{
    EXPECT_EQ(inputErrorOf([] { XlsReader::readFile(ioFixture(QStringLiteral("applications-truncated.xls"))); }),
              QStringLiteral("applications-truncated.xls") + damaged);
}

// FreeXL 1.0.6 dereferences a wild pointer on this file; the reader's child process takes the crash.
TEST_F(XlsRefusalTest, WorkbookThatCrashesFreeXl)
{
    EXPECT_EQ(inputErrorOf([] { XlsReader::readFile(ioFixture(QStringLiteral("record-length-damaged.xls"))); }),
              QStringLiteral("record-length-damaged.xls") + damaged);
    // And the next file reads as if nothing had happened.
    EXPECT_EQ(XlsReader::readFile(ioFixture(QStringLiteral("applications.xls"))).rows.size(), 7u);
}

TEST_F(XlsRefusalTest, ReadThatRunsPastTheDeadlineIsGivenUp)
{
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(inputErrorOf([] {
                  XlsReader::readBytes(fileBytes(ioFixture(QStringLiteral("date-serial-in-the-billions.xls"))),
                                       QStringLiteral("입금.xls"), XlsLimits{300});
              }),
              QStringLiteral("입금.xls is not a readable Excel 97-2003 workbook: reading it took longer than 0.3 "
                             "seconds (it may be damaged)"));
    // FreeXL alone spends more than a minute on this file.
    EXPECT_LT(timer.elapsed(), 10'000);
}

TEST_F(XlsRefusalTest, PasswordProtectedXls)
{
    EXPECT_EQ(inputErrorOf([] { XlsReader::readFile(ioFixture(QStringLiteral("password-protected.xls"))); }),
              QStringLiteral("password-protected.xls") + passwordAdvice);
}

TEST_F(XlsRefusalTest, PasswordProtectedXlsxIsAnOleFileToo)
{
    EXPECT_EQ(inputErrorOf([] { SheetReader::readFile(ioFixture(QStringLiteral("password-protected.xlsx"))); }),
              QStringLiteral("password-protected.xlsx") + passwordAdvice);
}

TEST_F(XlsRefusalTest, WordDocument)
{
    EXPECT_EQ(inputErrorOf([] { SheetReader::readFile(ioFixture(QStringLiteral("word-document.doc"))); }),
              QStringLiteral("word-document.doc is not a readable Excel 97-2003 workbook: it is an Office file with "
                             "no workbook in it (a Word document?)"));
}

TEST_F(XlsRefusalTest, OleSignatureFollowedByGarbage)
{
    QByteArray zeros("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    zeros.append(504, '\0');
    EXPECT_EQ(inputErrorOf([&] { SheetReader::readBytes(zeros, QStringLiteral("명단.xls")); }),
              QStringLiteral("명단.xls") + damaged);

    QByteArray noise("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    QRandomGenerator random(20261102);
    for (int i = 0; i < 4096; ++i)
        noise.append(char(random.bounded(256)));
    EXPECT_EQ(inputErrorOf([&] { SheetReader::readBytes(noise); }), QStringLiteral("the file") + damaged);
}

TEST_F(XlsRefusalTest, NotAnOleFileAtAll)
{
    EXPECT_EQ(inputErrorOf([] { XlsReader::readFile(sampleFile(QStringLiteral("bank-style-b-cp949.csv"))); }),
              QStringLiteral("bank-style-b-cp949.csv is not a readable Excel 97-2003 workbook: it is not an Excel "
                             "97-2003 file"));
    EXPECT_EQ(inputErrorOf([] { XlsReader::readBytes(QByteArray()); }), QStringLiteral("the file is empty"));
}

// Damage anywhere in a workbook gives its rows or one InputError of the reader's own; never a crash.
TEST_F(XlsRefusalTest, DamagedCopiesGiveRowsOrAnInputError)
{
    const QByteArray original = fileBytes(ioFixture(QStringLiteral("applications.xls")));
    // Each read is a process of its own, and FreeXL takes seconds over a date serial damaged into the
    // billions: a few dozen rounds, with a seed that meets no such date.
    QRandomGenerator random(4);
    const int rounds = 40;
    int read = 0;
    int refused = 0;
    for (int round = 0; round < rounds; ++round) {
        QByteArray copy = original;
        for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
            copy[qsizetype(random.bounded(quint32(copy.size())))] = char(random.bounded(256));
        try {
            const SheetData sheet = XlsReader::readBytes(copy, QStringLiteral("x.xls"));
            EXPECT_EQ(sheet.encoding, QStringLiteral("XLS"));
            ++read;
        } catch (const InputError &error) {
            EXPECT_TRUE(error.message().startsWith(QStringLiteral("x.xls"))) << error.message().toStdString();
            EXPECT_FALSE(error.message().contains(u'\n')) << error.message().toStdString();
            ++refused;
        }
    }
    EXPECT_EQ(read + refused, rounds);
    EXPECT_GT(read, 0);
    EXPECT_GT(refused, 0);
}

/** SheetReader chooses the .xls reader by what the file holds, not by its name. */
class XlsSniffingTest : public ::testing::Test
{
protected:
    QString copyAs(const QString &source, const QString &newName)
    {
        const QString target = m_dir.filePath(newName);
        EXPECT_TRUE(QFile::copy(source, target));
        return target;
    }
    QTemporaryDir m_dir;
};

TEST_F(XlsSniffingTest, WorkbookNamedCsvIsReadAsXls)
{
    const SheetData sheet =
        SheetReader::readFile(copyAs(ioFixture(QStringLiteral("applications.xls")), QStringLiteral("신청.csv")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("XLS"));
    ASSERT_FALSE(sheet.rows.empty());
    EXPECT_EQ(sheet.rows.front().line, 1);
    EXPECT_EQ(sheet.rows.front().cells.value(0), QStringLiteral("신청일시"));
}

TEST_F(XlsSniffingTest, CsvNamedXlsIsReadAsText)
{
    const SheetData sheet = SheetReader::readFile(
        copyAs(bankFixture(QStringLiteral("kb-style-cp949.csv")), QStringLiteral("거래내역조회.xls")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("CP949"));
    ASSERT_EQ(sheet.rows.size(), 9u);
    EXPECT_EQ(sheet.rows[2].cells.value(1), QStringLiteral("거래일시"));
}

TEST_F(XlsSniffingTest, XlsxNamedXlsIsReadAsXlsx)
{
    const SheetData sheet =
        SheetReader::readFile(copyAs(bankFixture(QStringLiteral("statement.xlsx")), QStringLiteral("거래내역.xls")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("XLSX"));
}

} // namespace
