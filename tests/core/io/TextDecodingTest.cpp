#include "io/TextDecoding.h"
#include "IoTestSupport.h"

#include <QStringEncoder>

using namespace gonggu;
using namespace gonggu::test;

namespace {

const QString name = QStringLiteral("list.csv");

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

/** decode() recognises each encoding Korean spreadsheets and banks write, and names it. */
class TextDecodingTest : public ::testing::Test
{
};

TEST_F(TextDecodingTest, Utf8WithBomDropsTheBom)
{
    const DecodedText decoded = TextDecoding::decode(QByteArray("\xEF\xBB\xBF") + "이름,금액", name);
    EXPECT_EQ(decoded.text, QStringLiteral("이름,금액"));
    EXPECT_EQ(decoded.encoding, QStringLiteral("UTF-8 with BOM"));
}

TEST_F(TextDecodingTest, Utf8WithoutBom)
{
    const DecodedText decoded = TextDecoding::decode(QByteArray("이름,금액\n"), name);
    EXPECT_EQ(decoded.text, QStringLiteral("이름,금액\n"));
    EXPECT_EQ(decoded.encoding, QStringLiteral("UTF-8"));
}

TEST_F(TextDecodingTest, Cp949IncludingTheWindowsOnlySyllables)
{
    // 김 is in EUC-KR; 똠 (8C 63) only in Microsoft's extension, which ICU's own "CP949" table garbles.
    const DecodedText decoded = TextDecoding::decode(QByteArray("\xB1\xE8\x8C\x63,25000"), name);
    EXPECT_EQ(decoded.text, QStringLiteral("김똠,25000"));
    EXPECT_EQ(decoded.encoding, QStringLiteral("CP949"));
}

TEST_F(TextDecodingTest, AsciiIsUtf8)
{
    EXPECT_EQ(TextDecoding::decode(QByteArray("a,b\r\n"), name).encoding, QStringLiteral("UTF-8"));
}

TEST_F(TextDecodingTest, Utf16WithEitherBom)
{
    const QString text = QStringLiteral("거래일자\t입금\r\n2026-11-02\t30,000\r\n");
    const DecodedText little = TextDecoding::decode(utf16(text, QStringConverter::Utf16LE), name);
    EXPECT_EQ(little.text, text);
    EXPECT_EQ(little.encoding, QStringLiteral("UTF-16LE"));
    const DecodedText big = TextDecoding::decode(utf16(text, QStringConverter::Utf16BE), name);
    EXPECT_EQ(big.text, text);
    EXPECT_EQ(big.encoding, QStringLiteral("UTF-16BE"));
}

TEST_F(TextDecodingTest, OverrideSkipsDetection)
{
    // Plain ASCII would be detected as UTF-8; the caller knows better and is believed.
    const DecodedText ascii = TextDecoding::decode(QByteArray("a,b"), name, QStringLiteral("euc-kr"));
    EXPECT_EQ(ascii.encoding, QStringLiteral("CP949"));
    const DecodedText korean = TextDecoding::decode(QByteArray("\xB1\xE8\x8C\x63"), name, QStringLiteral("CP949"));
    EXPECT_EQ(korean.text, QStringLiteral("김똠"));
    const DecodedText utf8 = TextDecoding::decode(QByteArray("\xEF\xBB\xBF이름"), name, QStringLiteral("utf-8"));
    EXPECT_EQ(utf8.text, QStringLiteral("이름"));
    const DecodedText latin1 = TextDecoding::decode(QByteArray("Ren\xE9"), name, QStringLiteral("ISO-8859-1"));
    EXPECT_EQ(latin1.text, QStringLiteral("René"));
}

TEST_F(TextDecodingTest, OverrideThatDoesNotFitIsRefused)
{
    const QString message =
        inputErrorOf([] { TextDecoding::decode(QByteArray("\xB1\xE8\x8C\x63"), name, QStringLiteral("UTF-8")); });
    EXPECT_TRUE(message.contains(QStringLiteral("list.csv is not valid UTF-8 text"))) << message.toStdString();
}

TEST_F(TextDecodingTest, UnknownOverrideIsRefused)
{
    const QString message =
        inputErrorOf([] { TextDecoding::decode(QByteArray("a"), name, QStringLiteral("klingon-8")); });
    EXPECT_TRUE(message.contains(QStringLiteral("unknown text encoding 'klingon-8'"))) << message.toStdString();
}

TEST_F(TextDecodingTest, NulBytesMeanBinary)
{
    const QString message = inputErrorOf([] { TextDecoding::decode(QByteArray("a,b\0c", 5), name); });
    EXPECT_TRUE(message.contains(QStringLiteral("list.csv looks like a binary file"))) << message.toStdString();
}

TEST_F(TextDecodingTest, Latin1IsNeitherUtf8NorCp949)
{
    const QString message = inputErrorOf([] { TextDecoding::decode(QByteArray("Ren\xE9;Cr\xE8me"), name); });
    EXPECT_EQ(message, QStringLiteral("list.csv is neither UTF-8 nor CP949/EUC-KR text"));
}

TEST_F(TextDecodingTest, BytesThatWindows949OnlyMapsToPrivateUseAreNotKorean)
{
    // C9 A1 is a valid windows-949 sequence, but for the user-defined area no real file uses.
    const QString message = inputErrorOf([] { TextDecoding::decode(QByteArray("\xC9\xA1\xC9\xA2\x80"), name); });
    EXPECT_EQ(message, QStringLiteral("list.csv is neither UTF-8 nor CP949/EUC-KR text"));
}

TEST_F(TextDecodingTest, BrokenUtf8AfterABomIsRefused)
{
    const QString message = inputErrorOf([] { TextDecoding::decode(QByteArray("\xEF\xBB\xBF\xB1\xE8"), name); });
    EXPECT_TRUE(message.contains(QStringLiteral("starts as UTF-8"))) << message.toStdString();
}

TEST_F(TextDecodingTest, Utf16WithADanglingByteIsRefused)
{
    const QString message = inputErrorOf([] {
        TextDecoding::decode(QByteArray("\xFF\xFE"
                                        "a\0b",
                                        5),
                             name);
    });
    EXPECT_EQ(message, QStringLiteral("list.csv is not valid UTF-16LE text"));
}

} // namespace
