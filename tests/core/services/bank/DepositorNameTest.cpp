#include "services/bank/DepositorName.h"

#include <gtest/gtest.h>

using namespace gonggu;

namespace {

struct NameCase
{
    const char *label;
    const char16_t *text;
    const char16_t *core;
    const char16_t *digits;
    const char16_t *trailing;
    bool onBehalf;
    const char16_t *payer;
};

class DepositorNameTest : public ::testing::TestWithParam<NameCase>
{
};

/** How a statement's depositor text is taken apart before it is compared with buyers' names. */
TEST_P(DepositorNameTest, TakesTheNameApart)
{
    const NameCase &c = GetParam();
    const DepositorName name = DepositorName::parse(QString::fromUtf16(c.text));
    EXPECT_EQ(name.core, QString::fromUtf16(c.core));
    EXPECT_EQ(name.digits, QString::fromUtf16(c.digits));
    EXPECT_EQ(name.trailing, QString::fromUtf16(c.trailing));
    EXPECT_EQ(name.onBehalf, c.onBehalf);
    EXPECT_EQ(name.payer, QString::fromUtf16(c.payer));
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, DepositorNameTest,
    ::testing::Values(NameCase{"plain", u"홍길동", u"홍길동", u"", u"", false, u""},
                      NameCase{"spaces", u" 김 영 희 ", u"김영희", u"", u"", false, u""},
                      NameCase{"phoneSuffix", u"박철수0042", u"박철수", u"0042", u"", false, u""},
                      NameCase{"phoneSuffixWithDash", u"박철수-0042", u"박철수", u"0042", u"", false, u""},
                      NameCase{"nicknameAfter", u"김하나tini", u"김하나", u"", u"tini", false, u""},
                      NameCase{"nicknameBefore", u"tini김하나", u"김하나", u"", u"tini", false, u""},
                      NameCase{"fullWidthLatin", u"ＫＩＭ　Ｈａｎａ", u"kimhana", u"", u"", false, u""},
                      NameCase{"onBehalfBracketed", u"성춘향(향단대납)", u"성춘향", u"", u"", true, u"향단"},
                      NameCase{"fullWidthBrackets", u"성춘향（향단대납）", u"성춘향", u"", u"", true, u"향단"},
                      NameCase{"bracketNote", u"이몽룡(2권)", u"이몽룡", u"", u"", false, u""},
                      NameCase{"latinName", u"Kim Hana", u"kimhana", u"", u"", false, u""}),
    [](const auto &info) { return std::string(info.param.label); });

TEST(DepositorName, KeepsTheWholeFoldedTextAsKey)
{
    const DepositorName name = DepositorName::parse(QStringLiteral(" 김 영 희 "));
    EXPECT_EQ(name.raw, QStringLiteral("김 영 희"));
    EXPECT_EQ(name.key, QStringLiteral("김영희"));
}

TEST(DepositorName, KeepsBracketedTextApart)
{
    EXPECT_EQ(DepositorName::parse(QStringLiteral("이몽룡(2권)")).bracketed, QStringLiteral("2권"));
}

} // namespace
