#include "io/CsvWriter.h"
#include "IoTestSupport.h"
#include "TempWorkspace.h"
#include "io/CsvReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** CsvWriter: files written, then read back with CsvReader and compared byte by byte or cell by cell. */
class CsvWriterTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString pathFor(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray digest(const QString &path)
    {
        return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
    }
    static void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    /** The folder's entries: a failed write must leave no temporary file behind either. */
    QStringList entries() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden); }

    QTemporaryDir m_dir;
};

TEST_F(CsvWriterTest, WhatIsWrittenReadsBackCellByCell)
{
    CsvWriter writer;
    writer.addRow({u"항목", u"금액", u"메모"});
    writer.addRow({u"받은 돈", CsvCell::number(158000), u"계좌 이체, 현금 포함"});
    writer.addRow({u"환불", CsvCell::money(Money::won(-60000)), u"마 \"취소\" 건"});
    writer.addRow({u"주소", u"", u"경기도 성남시\n2층, 201호\r\n경비실"});
    writer.addRow({u"똠방각하 햏", CsvCell::number(0), u"  spaces kept  "});
    const QString path = pathFor(QStringLiteral("report.csv"));
    writer.writeFile(path);

    const SheetData sheet = CsvReader::readFile(path);
    EXPECT_EQ(sheet.encoding, QStringLiteral("UTF-8 with BOM"));
    expectRows(sheet, {
                          {1, cells({u"항목", u"금액", u"메모"})},
                          {2, cells({u"받은 돈", u"158000", u"계좌 이체, 현금 포함"})},
                          {3, cells({u"환불", u"-60000", u"마 \"취소\" 건"})},
                          // The reader gives every line break inside a cell as LF.
                          {4, cells({u"주소", u"", u"경기도 성남시\n2층, 201호\n경비실"})},
                          {7, cells({u"똠방각하 햏", u"0", u"  spaces kept  "})},
                      });
}

TEST_F(CsvWriterTest, Utf8WithBomAndCrlfByDefault)
{
    CsvWriter writer;
    writer.addRow({u"가", CsvCell::number(1)});
    writer.addRow({u"b", u"x\ny"});
    EXPECT_EQ(writer.toBytes(), QByteArray("\xEF\xBB\xBF"
                                           "\xEA\xB0\x80,1\r\n"
                                           "b,\"x\ny\"\r\n"));
}

TEST_F(CsvWriterTest, PlainUtf8AndLfWhenAskedFor)
{
    CsvWriter writer({CsvEncoding::Utf8, false});
    writer.addRow({u"가", CsvCell::number(1)});
    writer.addRow({u"b", u"c"});
    EXPECT_EQ(writer.toBytes(), QByteArray("\xEA\xB0\x80,1\n"
                                           "b,c\n"));
}

TEST_F(CsvWriterTest, Cp949WritesWindowsBytesForEveryHangulSyllable)
{
    CsvWriter writer({CsvEncoding::Cp949, true});
    // 가 is in EUC-KR; 똠 only in Microsoft's extension (UHC), which IBM's "CP949" table lacks.
    writer.addRow({u"가", u"똠", u"원", u"♡"});
    EXPECT_EQ(writer.toBytes(), QByteArray("\xB0\xA1,\x8C\x63,\xBF\xF8,\xA2\xBD\r\n"));

    const QString path = pathFor(QStringLiteral("cp949.csv"));
    writer.writeFile(path);
    const SheetData sheet = CsvReader::readFile(path);
    EXPECT_EQ(sheet.encoding, QStringLiteral("CP949"));
    expectRows(sheet, {{1, cells({u"가", u"똠", u"원", u"♡"})}});
}

TEST_F(CsvWriterTest, Cp949RefusesCharactersItCannotHoldNamingThemAndWritesNothing)
{
    const QString path = pathFor(QStringLiteral("existing.csv"));
    writeBytes(path, "old,contents\r\n");
    const QByteArray before = digest(path);

    CsvWriter writer({CsvEncoding::Cp949, true});
    writer.addRow({u"이름", u"메모"});
    writer.addRow({u"하윤", u"감사합니다 😀"});
    writer.addRow({u"Zoë", u"😀 again"});
    const QString message = inputErrorOf([&] { writer.writeFile(path); });
    EXPECT_TRUE(message.contains(QStringLiteral("😀"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("row 2"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("ë"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("row 3"))) << message.toStdString();
    EXPECT_EQ(message.count(QStringLiteral("😀")), 1) << "each character is named once";
    EXPECT_EQ(digest(path), before);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("existing.csv")});

    const QString fresh = pathFor(QStringLiteral("fresh.csv"));
    EXPECT_THROW(writer.writeFile(fresh), InputError);
    EXPECT_FALSE(QFile::exists(fresh));
}

struct FieldCase
{
    const char16_t *text;
    bool number;
    const char16_t *written;
};

/** One field as written: formula starts neutralised in text only, quoting where RFC 4180 needs it. */
class CsvFieldTest : public ::testing::TestWithParam<FieldCase>
{
};

TEST_P(CsvFieldTest, IsWrittenAs)
{
    const FieldCase &c = GetParam();
    const QString text = QString::fromUtf16(c.text);
    const CsvCell cell = c.number ? CsvCell::number(text.toLongLong()) : CsvCell::text(text);
    EXPECT_EQ(CsvWriter::field(cell).toStdString(), QString::fromUtf16(c.written).toStdString());
}

INSTANTIATE_TEST_SUITE_P(Fields, CsvFieldTest,
                         ::testing::Values(FieldCase{u"plain", false, u"plain"}, FieldCase{u"", false, u""},
                                           FieldCase{u"=SUM(A1:A9)", false, u"'=SUM(A1:A9)"},
                                           FieldCase{u"=HYPERLINK(\"http://x\",\"y\")", false,
                                                     u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
                                           FieldCase{u"+82 10-1234-5678", false, u"'+82 10-1234-5678"},
                                           FieldCase{u"-5000", false, u"'-5000"}, FieldCase{u"-5000", true, u"-5000"},
                                           FieldCase{u"5000", true, u"5000"},
                                           FieldCase{u"@everyone", false, u"'@everyone"},
                                           FieldCase{u"\tTab", false, u"'\tTab"},
                                           FieldCase{u"\rCR", false, u"\"'\rCR\""}, FieldCase{u"a=b", false, u"a=b"},
                                           FieldCase{u"1,000", false, u"\"1,000\""},
                                           FieldCase{u"say \"hi\"", false, u"\"say \"\"hi\"\"\""},
                                           FieldCase{u"line\nbreak", false, u"\"line\nbreak\""},
                                           FieldCase{u"=cmd|' /C calc'!A0", false, u"'=cmd|' /C calc'!A0"}));

TEST_F(CsvWriterTest, NeutralisedCellsReadBackWithTheirApostropheAndNumbersStayNumbers)
{
    CsvWriter writer;
    writer.addRow({u"=1+1", u"-5000", CsvCell::number(-5000), u"@x", u"\tt", u"\rr", u"+1"});
    const QString path = pathFor(QStringLiteral("formulas.csv"));
    writer.writeFile(path);
    expectRows(CsvReader::readFile(path),
               {{1, cells({u"'=1+1", u"'-5000", u"-5000", u"'@x", u"'\tt", u"'\nr", u"'+1"})}}); // CR read as LF
}

TEST_F(CsvWriterTest, TheFileIsPrivateWhenNewAndWhenReplacingAnOpenerOne)
{
    CsvWriter writer;
    writer.addRow({u"a"});
    const QString fresh = pathFor(QStringLiteral("fresh.csv"));
    writer.writeFile(fresh);
    EXPECT_EQ(posixMode(fresh), 0600);

    const QString existing = pathFor(QStringLiteral("existing.csv"));
    writeBytes(existing, "old\r\n");
    ASSERT_TRUE(QFile::setPermissions(existing, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_EQ(posixMode(existing), 0644);
    writer.writeFile(existing);
    EXPECT_EQ(posixMode(existing), 0600);
    EXPECT_EQ(fileBytes(existing), QByteArray("\xEF\xBB\xBF"
                                              "a\r\n"));
}

TEST_F(CsvWriterTest, APathThatCannotBeWrittenIsRefused)
{
    CsvWriter writer;
    writer.addRow({u"a"});
    EXPECT_THROW(writer.writeFile(pathFor(QStringLiteral("missing/report.csv"))), InputError);
    EXPECT_THROW(writer.writeFile(m_dir.path()), InputError);
    EXPECT_TRUE(entries().isEmpty());
}

/** Caps the size of files this process may write (the kernel refuses the write past it), even as root. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN); // fail the write with EFBIG instead of killing the test
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

TEST_F(CsvWriterTest, AWriteThatFailsMidwayLeavesTheExistingFileUntouched)
{
    const QString path = pathFor(QStringLiteral("report.csv"));
    writeBytes(path, "the report from yesterday\r\n");
    const QByteArray before = digest(path);

    CsvWriter writer;
    for (int row = 0; row < 2000; ++row)
        writer.addRow({u"구매자", CsvCell::number(row), u"메모 메모 메모"});
    {
        const FileSizeLimit limit(4096);
        EXPECT_THROW(writer.writeFile(path), StorageError);
    }
    EXPECT_EQ(digest(path), before);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("report.csv")}) << "no temporary file left behind";
}

} // namespace
