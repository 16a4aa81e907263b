#include "io/SheetReader.h"
#include "IoTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cctype>
#include <ostream>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** The shared sample files, in the shapes coordinators really meet. */
class SampleFilesTest : public ::testing::Test
{
};

TEST_F(SampleFilesTest, WebFormExport)
{
    const SheetData sheet = SheetReader::readFile(sampleFile(QStringLiteral("applications-form-style.csv")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("UTF-8 with BOM"));
    expectRows(sheet,
               {
                   {1, cells({u"타임스탬프", u"이름", u"닉네임(커뮤니티 아이디)", u"휴대폰 번호", u"이메일",
                              u"구매 수량", u"수령 방법", u"주소(택배 선택 시)", u"비고"})},
                   {2, cells({u"2026. 11. 1 오전 10:01:02", u"홍길동", u"gildong", u"010-1111-2222", u"gd@example.com",
                              u"1", u"현장 수령", u"", u""})},
                   {3, cells({u"2026. 11. 1 오전 11:15:40", u"김영희", u"younghee", u"01033334444", u"yh@example.com",
                              u"2", u"택배", u"경기도 성남시 분당구 판교로 1\n2층", u"세금계산서 필요"})},
                   {5, cells({u"2026. 11. 2 오후 2:30:00", u"박철수", u"cs_park", u"010.5555.6666", u"cs@example.com",
                              u"1권", u"택배", u"서울시 마포구 1", u""})},
               });
}

TEST_F(SampleFilesTest, BankExportWithPreamble)
{
    const SheetData sheet = SheetReader::readFile(sampleFile(QStringLiteral("bank-style-a-utf8bom.csv")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("UTF-8 with BOM"));
    expectRows(
        sheet,
        {
            {1, cells({u"신한은행 거래내역 조회"})},
            {2, cells({u"조회계좌", u"110-123-456789"})},
            {3, cells({u"조회기간", u"2026-11-01 ~ 2026-11-30"})},
            {5,
             cells({u"거래일자", u"거래시간", u"적요", u"출금(원)", u"입금(원)", u"내용", u"잔액(원)", u"거래점명"})},
            {6,
             cells({u"2026-11-02", u"10:11:12", u"타행이체", u"", u"30,000", u"홍길동", u"1,030,000", u"인터넷뱅킹"})},
            {7, cells({u"2026-11-02", u"11:00:00", u"체크카드", u"4,500", u"", u"커피", u"1,025,500", u"본점"})},
            {8,
             cells({u"2026-11-03", u"09:30:00", u"모바일", u"", u"60,000", u"김 영 희", u"1,085,500", u"모바일뱅킹"})},
            {9, cells({u"2026-11-03", u"13:45:10", u"타행이체", u"", u"30,000", u"박철수0042", u"1,115,500",
                       u"인터넷뱅킹"})},
        });
}

TEST_F(SampleFilesTest, Cp949BankExport)
{
    const SheetData sheet = SheetReader::readFile(sampleFile(QStringLiteral("bank-style-b-cp949.csv")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("CP949"));
    expectRows(
        sheet,
        {
            {1, cells({u"No.", u"거래일시", u"적요", u"기재내용", u"찾으신금액", u"맡기신금액", u"거래후 잔액",
                       u"취급점", u"메모"})},
            {2, cells({u"1", u"2026.11.05 14:22:01", u"인터넷", u"이몽룡", u"0", u"25000", u"525000", u"인터넷", u""})},
            {3, cells({u"2", u"2026.11.05 15:00:00", u"CD출금", u"", u"100000", u"0", u"425000", u"역삼", u""})},
            {4, cells({u"3", u"2026.11.06 08:12:45", u"모바일", u"성춘향(향단대납)", u"0", u"50000", u"475000",
                       u"모바일", u"2권"})},
        });
}

/** The reader is chosen by what the file holds, not by what it is called. */
class SheetSniffingTest : public ::testing::Test
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

TEST_F(SheetSniffingTest, WorkbookNamedCsvIsReadAsXlsx)
{
    const SheetData sheet =
        SheetReader::readFile(copyAs(ioFixture(QStringLiteral("applications.xlsx")), QStringLiteral("신청.csv")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("XLSX"));
    ASSERT_FALSE(sheet.rows.empty());
    EXPECT_EQ(sheet.rows.front().cells.value(0), QStringLiteral("신청일시"));
}

TEST_F(SheetSniffingTest, CsvNamedXlsIsReadAsText)
{
    const SheetData sheet = SheetReader::readFile(
        copyAs(sampleFile(QStringLiteral("bank-style-b-cp949.csv")), QStringLiteral("거래내역.xls")));
    EXPECT_EQ(sheet.encoding, QStringLiteral("CP949"));
    EXPECT_EQ(sheet.rows.size(), 4u);
}

TEST_F(SheetSniffingTest, TextEncodingOverrideReachesTheCsvReader)
{
    const QString message = inputErrorOf(
        [] { SheetReader::readFile(sampleFile(QStringLiteral("bank-style-b-cp949.csv")), QStringLiteral("UTF-8")); });
    EXPECT_EQ(message, QStringLiteral("bank-style-b-cp949.csv is not valid UTF-8 text"));
}

TEST_F(SheetSniffingTest, BrokenOleFileIsReportedAsAWorkbookNotAsText)
{
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    ole.append(504, '\0');
    EXPECT_EQ(inputErrorOf([&] { SheetReader::readBytes(ole, QStringLiteral("명단.csv")); }),
              QStringLiteral("명단.csv is not a readable Excel 97-2003 workbook: it is damaged or incomplete"));
}

TEST_F(SheetSniffingTest, BrokenZipIsReportedAsAWorkbookNotAsText)
{
    const QString message =
        inputErrorOf([] { SheetReader::readBytes(QByteArray("PK\x03\x04garbage"), QStringLiteral("a.csv")); });
    EXPECT_TRUE(message.contains(QStringLiteral("not a readable Excel workbook"))) << message.toStdString();
}

TEST_F(SheetSniffingTest, EmptyAndRandomFiles)
{
    EXPECT_EQ(inputErrorOf([] { SheetReader::readFile(ioFixture(QStringLiteral("empty.csv"))); }),
              QStringLiteral("empty.csv is empty"));
    const QString message = inputErrorOf([] { SheetReader::readFile(ioFixture(QStringLiteral("random.bin"))); });
    EXPECT_TRUE(message.startsWith(QStringLiteral("random.bin looks like a binary file"))) << message.toStdString();
}

/** A bank statement fixture: the same six transactions (overlap-*: four of them) in another format. */
struct BankFile
{
    const char *name;
    const char *encoding;
    int headerLine;
    size_t transactions;
};

void PrintTo(const BankFile &file, std::ostream *out)
{
    *out << file.name;
}

const std::vector<BankFile> bankFiles = {
    {"shinhan-style-utf8bom.csv", "UTF-8 with BOM", 5, 6},
    {"kb-style-cp949.csv", "CP949", 3, 6},
    {"english-style.csv", "UTF-8", 1, 6},
    {"signed-amount.csv", "UTF-8", 1, 6},
    {"unicode-text-utf16.txt", "UTF-16LE", 5, 6},
    {"statement.xlsx", "XLSX", 3, 6},
    {"statement.xls", "XLS", 3, 6},
    {"overlap-1.csv", "UTF-8", 1, 4},
    {"overlap-2.csv", "UTF-8", 1, 4},
};

/** Every bank statement fixture reads into rows a statement parser can find its deposits in. */
class BankStatementFileTest : public ::testing::TestWithParam<BankFile>
{
};

TEST_P(BankStatementFileTest, ReadsIntoTheHeaderAndItsTransactions)
{
    const BankFile &file = GetParam();
    const SheetData sheet = SheetReader::readFile(bankFixture(QString::fromUtf8(file.name)));
    EXPECT_EQ(sheet.encoding, QString::fromUtf8(file.encoding));
    const auto header = std::find_if(sheet.rows.cbegin(), sheet.rows.cend(),
                                     [&](const SheetRow &row) { return row.line == file.headerLine; });
    ASSERT_NE(header, sheet.rows.cend()) << describe(sheet);
    ASSERT_EQ(size_t(sheet.rows.cend() - header - 1), file.transactions) << describe(sheet);

    const QStringList names = cells({u"홍길동", u"커피", u"김 영 희", u"박철수0042", u"성춘향(향단대납)"});
    const auto namesOf = [&](const SheetRow &row) {
        return std::find_if(row.cells.cbegin(), row.cells.cend(),
                            [&](const QString &cell) { return names.contains(cell); });
    };
    for (auto row = header + 1; row != sheet.rows.cend(); ++row)
        EXPECT_NE(namesOf(*row), row->cells.cend()) << "line " << row->line << "\n" << describe(sheet);

    const auto rowWith = [&](const QString &name) {
        return std::find_if(header + 1, sheet.rows.cend(),
                            [&](const SheetRow &row) { return row.cells.contains(name); });
    };
    EXPECT_NE(rowWith(QStringLiteral("홍길동")), sheet.rows.cend()) << describe(sheet);
    const auto younghee = rowWith(QStringLiteral("김 영 희"));
    ASSERT_NE(younghee, sheet.rows.cend()) << describe(sheet);
    const QStringList amounts = younghee->cells;
    EXPECT_TRUE(std::any_of(amounts.cbegin(), amounts.cend(), [](const QString &cell) {
        return QString(cell).remove(u',') == u"60000";
    })) << amounts.join(u'|').toStdString();
}

INSTANTIATE_TEST_SUITE_P(BankFixtures, BankStatementFileTest, ::testing::ValuesIn(bankFiles),
                         [](const ::testing::TestParamInfo<BankFile> &info) {
                             std::string name = info.param.name;
                             std::replace_if(
                                 name.begin(), name.end(), [](char c) { return !std::isalnum(uchar(c)); }, '_');
                             return name;
                         });

// A fixture added to tests/data/bank is a fixture the table above must list.
TEST(BankStatementFilesTest, TableListsEveryFixture)
{
    QStringList listed;
    for (const BankFile &file : bankFiles)
        listed.append(QString::fromUtf8(file.name));
    QStringList present = QDir(dataDir() + QStringLiteral("/bank")).entryList(QDir::Files);
    present.removeAll(QStringLiteral("README.md"));
    listed.sort();
    EXPECT_EQ(utf8(present), utf8(listed));
}

} // namespace
