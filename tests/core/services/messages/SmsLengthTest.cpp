#include "services/messages/SmsLength.h"

#include <gtest/gtest.h>

using namespace gonggu;

namespace {

TEST(SmsLengthTest, AsciiCountsOneByteEach)
{
    const SmsLength ninety = SmsLength::of(QString(90, u'a'));
    EXPECT_EQ(ninety.bytes, 90);
    EXPECT_EQ(ninety.kind, SmsKind::Sms);
    const SmsLength ninetyOne = SmsLength::of(QString(91, u'a'));
    EXPECT_EQ(ninetyOne.bytes, 91);
    EXPECT_EQ(ninetyOne.kind, SmsKind::Lms);
}

TEST(SmsLengthTest, HangulCountsTwoBytesEach)
{
    const SmsLength fortyFive = SmsLength::of(QString(45, u'가'));
    EXPECT_EQ(fortyFive.bytes, 90);
    EXPECT_EQ(fortyFive.kind, SmsKind::Sms);
    EXPECT_EQ(SmsLength::of(QString(46, u'한')).kind, SmsKind::Lms);
    EXPECT_EQ(SmsLength::of(QStringLiteral("가a\n")).bytes, 4);
    // Syllables only the Microsoft extension (UHC) has still count two bytes and are not reported.
    const SmsLength uhc = SmsLength::of(QStringLiteral("똠햏"));
    EXPECT_EQ(uhc.bytes, 4);
    EXPECT_TRUE(uhc.unencodable.isEmpty());
}

TEST(SmsLengthTest, LmsEndsAtTwoThousandBytes)
{
    EXPECT_EQ(SmsLength::of(QString(2000, u'x')).kind, SmsKind::Lms);
    EXPECT_EQ(SmsLength::of(QString(1000, u'나')).kind, SmsKind::Lms);
    const SmsLength over = SmsLength::of(QString(1000, u'나') + u'!');
    EXPECT_EQ(over.bytes, 2001);
    EXPECT_EQ(over.kind, SmsKind::TooLong);
}

TEST(SmsLengthTest, CharactersCp949CannotEncodeCountTwoAndAreReported)
{
    const SmsLength length = SmsLength::of(QStringLiteral("고마워요😀😀é"));
    EXPECT_EQ(length.bytes, 8 + 2 + 2 + 2);
    EXPECT_EQ(length.unencodable, QStringLiteral("😀é"));
    EXPECT_EQ(toKey(SmsKind::TooLong), QStringLiteral("too_long"));
}

TEST(SmsLengthTest, TextAfterAnUnencodableCharacterIsStillCountedAsItIs)
{
    const SmsLength length = SmsLength::of(QStringLiteral("😀 입금 확인 ₩5,000"));
    // ₩ (U+20A9) is not in CP949, whose won sign is the full-width ￦.
    EXPECT_EQ(length.unencodable, QStringLiteral("😀₩"));
    EXPECT_EQ(length.bytes, 2 + 1 + 4 + 1 + 4 + 1 + 2 + 5);
    EXPECT_TRUE(SmsLength::of(QStringLiteral("😀 ￦5,000")).unencodable == QStringLiteral("😀"));
}

} // namespace
