#include "domain/Money.h"

#include <gtest/gtest.h>

#include <optional>

using gonggu::Money;

namespace {

struct ParseCase
{
    const char16_t *text;
    std::optional<qint64> won; // nullopt: the text must be refused
};

// ctest names each case after this text, so control characters are spelled out.
void PrintTo(const ParseCase &c, std::ostream *out)
{
    QString text = QString::fromUtf16(c.text);
    text.replace(u'\t', QStringLiteral("\\t")).replace(u'\n', QStringLiteral("\\n"));
    *out << '"' << text.toStdString() << '"';
}

/** Money::parse over accepted spellings and refused ones: the amount or nullopt, nothing in between. */
class MoneyParseTest : public ::testing::TestWithParam<ParseCase>
{
};

TEST_P(MoneyParseTest, GivesTheAmountOrNothing)
{
    const ParseCase &c = GetParam();
    const std::optional<Money> parsed = Money::parse(QString::fromUtf16(c.text));
    if (c.won) {
        ASSERT_TRUE(parsed.has_value());
        EXPECT_EQ(parsed->toWon(), *c.won);
    } else {
        EXPECT_FALSE(parsed.has_value()) << "parsed as " << parsed->toWon();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, MoneyParseTest,
    ::testing::Values(ParseCase{u"30000", 30000}, ParseCase{u"30,000", 30000}, ParseCase{u"-5000", -5000},
                      ParseCase{u"₩30,000", 30000}, ParseCase{u"30,000원", 30000}, ParseCase{u"  30000  ", 30000},
                      ParseCase{u"\t1,234,567\n", 1234567}, ParseCase{u"₩ 30,000", 30000}, ParseCase{u"-₩5,000", -5000},
                      ParseCase{u"-5,000원", -5000}, ParseCase{u"\uFFE630,000", 30000}, ParseCase{u"\u22125000", -5000},
                      ParseCase{u"0", 0}, ParseCase{u"999", 999}, ParseCase{u"1000000000000", Money::maxAbsoluteWon},
                      ParseCase{u"-1,000,000,000,000", -Money::maxAbsoluteWon}));

INSTANTIATE_TEST_SUITE_P(
    Refused, MoneyParseTest,
    ::testing::Values(ParseCase{u"1.5", std::nullopt}, ParseCase{u"abc", std::nullopt}, ParseCase{u"", std::nullopt},
                      ParseCase{u"   ", std::nullopt}, ParseCase{u"1e3", std::nullopt},
                      ParseCase{u"3,0000", std::nullopt}, ParseCase{u",300", std::nullopt},
                      ParseCase{u"1,,000", std::nullopt}, ParseCase{u"1,000,", std::nullopt},
                      ParseCase{u"1,23", std::nullopt}, ParseCase{u"1234,567", std::nullopt},
                      ParseCase{u"1000000000001", std::nullopt}, ParseCase{u"-1,000,000,000,001", std::nullopt},
                      ParseCase{u"99999999999999999999", std::nullopt},
                      ParseCase{u"999999999999999999999999", std::nullopt}, ParseCase{u"+5000", std::nullopt},
                      ParseCase{u"--5000", std::nullopt}, ParseCase{u"-", std::nullopt}, ParseCase{u"₩", std::nullopt},
                      ParseCase{u"원", std::nullopt}, ParseCase{u"5000원원", std::nullopt},
                      ParseCase{u"30 000", std::nullopt}, ParseCase{u"0x10", std::nullopt},
                      ParseCase{u"３０００", std::nullopt}, ParseCase{u"삼만원", std::nullopt}));

TEST(MoneyTest, SpaceBeforeTheWonSignIsAccepted)
{
    // "₩ 30,000" is accepted, so "30,000 원" (as often typed in Korean forms and chats) must be too.
    const std::optional<Money> parsed = Money::parse(QStringLiteral("30,000 원"));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->toWon(), 30000);
}

TEST(MoneyTest, ArithmeticStaysInWholeWon)
{
    const Money a = Money::won(30000);
    const Money b = Money::won(5000);
    EXPECT_EQ((a + b).toWon(), 35000);
    EXPECT_EQ((a - b).toWon(), 25000);
    EXPECT_EQ((b - a).toWon(), -25000);
    EXPECT_EQ((-a).toWon(), -30000);
    EXPECT_EQ((Money::won(25200) * 27).toWon(), 680400);
    EXPECT_EQ((3 * Money::won(25200)).toWon(), 75600);

    Money total;
    total += a;
    total += b;
    total -= Money::won(1000);
    EXPECT_EQ(total.toWon(), 34000);
}

TEST(MoneyTest, SignPredicates)
{
    EXPECT_TRUE(Money().isZero());
    EXPECT_FALSE(Money().isNegative());
    EXPECT_TRUE(Money::won(-1).isNegative());
    EXPECT_FALSE(Money::won(1).isNegative());
    EXPECT_FALSE(Money::won(1).isZero());
}

TEST(MoneyTest, ComparesByAmount)
{
    EXPECT_LT(Money::won(-5000), Money());
    EXPECT_LT(Money::won(4999), Money::won(5000));
    EXPECT_GT(Money::won(30000), Money::won(25200));
    EXPECT_EQ(Money::won(30000), Money::won(30000));
    EXPECT_NE(Money::won(30000), Money::won(-30000));
    EXPECT_LE(Money::won(7), Money::won(7));
    EXPECT_GE(Money::won(8), Money::won(7));
}

TEST(MoneyTest, PlainStringIsDigitsWithMinus)
{
    EXPECT_EQ(Money::won(30000).toPlainString(), QStringLiteral("30000"));
    EXPECT_EQ(Money::won(-5000).toPlainString(), QStringLiteral("-5000"));
}

struct FormatCase
{
    qint64 won;
    bool korean;
    const char16_t *expected;
};

void PrintTo(const FormatCase &c, std::ostream *out)
{
    *out << c.won << (c.korean ? " ko" : " en");
}

/** Money::format in both languages, with the sign in front (never QLocale's "(₩5,000)"). */
class MoneyFormatTest : public ::testing::TestWithParam<FormatCase>
{
};

TEST_P(MoneyFormatTest, WritesWonTheKoreanWay)
{
    const FormatCase &c = GetParam();
    EXPECT_EQ(Money::won(c.won).format(c.korean), QString::fromUtf16(c.expected));
}

TEST_P(MoneyFormatTest, ParsesBackToTheSameAmount)
{
    const FormatCase &c = GetParam();
    const std::optional<Money> back = Money::parse(Money::won(c.won).format(c.korean));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->toWon(), c.won);
}

INSTANTIATE_TEST_SUITE_P(Formats, MoneyFormatTest,
                         ::testing::Values(FormatCase{30000, true, u"30,000원"}, FormatCase{-5000, true, u"-5,000원"},
                                           FormatCase{0, true, u"0원"}, FormatCase{999, true, u"999원"},
                                           FormatCase{1234567, true, u"1,234,567원"},
                                           FormatCase{Money::maxAbsoluteWon, true, u"1,000,000,000,000원"},
                                           FormatCase{30000, false, u"₩30,000"}, FormatCase{-5000, false, u"-₩5,000"},
                                           FormatCase{0, false, u"₩0"}, FormatCase{1234567, false, u"₩1,234,567"}));

} // namespace
