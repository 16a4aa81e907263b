#include "services/messages/TemplateRenderer.h"

#include <gtest/gtest.h>

using namespace gonggu;

namespace {

/** Every known placeholder is replaced by its value, with nothing flagged. */
class EveryPlaceholderTest : public ::testing::TestWithParam<QString>
{
};

TEST_P(EveryPlaceholderTest, IsReplacedByItsValue)
{
    const QString name = GetParam();
    const RenderedText rendered =
        TemplateRenderer::render(QStringLiteral("<{%1}>").arg(name), {{name, QStringLiteral("값 of %1").arg(name)}});
    EXPECT_EQ(rendered.text, QStringLiteral("<값 of %1>").arg(name));
    EXPECT_TRUE(rendered.unknownPlaceholders.isEmpty());
    EXPECT_TRUE(rendered.missingPlaceholders.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Known, EveryPlaceholderTest, ::testing::ValuesIn(TemplateRenderer::knownPlaceholders()),
                         [](const ::testing::TestParamInfo<QString> &info) { return info.param.toStdString(); });

TEST(TemplateRendererTest, KnowsThePlaceholdersMessagesNeed)
{
    for (const char *name : {"nickname", "name", "items", "copies", "amount", "account", "deadline", "round",
                             "tracking", "buyers", "total_copies", "meetup", "place", "supplier"})
        EXPECT_TRUE(TemplateRenderer::isKnown(QString::fromLatin1(name))) << name;
    EXPECT_FALSE(TemplateRenderer::isKnown(QStringLiteral("nicknam")));
}

TEST(TemplateRendererTest, FillsHangulText)
{
    const RenderedText rendered =
        TemplateRenderer::render(QStringLiteral("{nickname}님, 『{items}』 {copies}권 신청 확인했습니다."),
                                 {{QStringLiteral("nickname"), QStringLiteral("홍승민")},
                                  {QStringLiteral("items"), QStringLiteral("실전 리팩터링")},
                                  {QStringLiteral("copies"), QStringLiteral("2")}});
    EXPECT_EQ(rendered.text, QStringLiteral("홍승민님, 『실전 리팩터링』 2권 신청 확인했습니다."));
    EXPECT_FALSE(rendered.hasErrors());
}

TEST(TemplateRendererTest, MissingDataRendersEmptyAndIsReported)
{
    const RenderedText rendered = TemplateRenderer::render(
        QStringLiteral("송장번호: {tracking} / {tracking} / {nickname}"),
        {{QStringLiteral("nickname"), QStringLiteral("dain")}, {QStringLiteral("tracking"), QString()}});
    EXPECT_EQ(rendered.text, QStringLiteral("송장번호:  /  / dain"));
    EXPECT_EQ(rendered.missingPlaceholders, QStringList{QStringLiteral("{tracking}")}); // listed once
    EXPECT_FALSE(rendered.hasErrors());
}

TEST(TemplateRendererTest, UnknownPlaceholdersAreFlaggedAndKeptAsWritten)
{
    const RenderedText rendered = TemplateRenderer::render(QStringLiteral("{nicknam}님 {닉네임} {nickname}"),
                                                           {{QStringLiteral("nickname"), QStringLiteral("dain")}});
    EXPECT_TRUE(rendered.hasErrors());
    EXPECT_EQ(rendered.unknownPlaceholders, (QStringList{QStringLiteral("{nicknam}"), QStringLiteral("{닉네임}")}));
    EXPECT_EQ(rendered.text, QStringLiteral("{nicknam}님 {닉네임} dain"));
}

TEST(TemplateRendererTest, ABraceLeftOpenIsFlagged)
{
    EXPECT_EQ(TemplateRenderer::unknownPlaceholders(QStringLiteral("{nickname님, 안녕하세요")),
              QStringList{QStringLiteral("{nickname")});
    EXPECT_EQ(TemplateRenderer::unknownPlaceholders(QStringLiteral("끝에 {")), QStringList{QStringLiteral("{")});
    // A line break ends a placeholder: "{" on one line and "}" on the next is not one.
    EXPECT_EQ(TemplateRenderer::unknownPlaceholders(QStringLiteral("{round\n}")),
              QStringList{QStringLiteral("{round")});
}

TEST(TemplateRendererTest, DoubledBracesEscape)
{
    const RenderedText rendered = TemplateRenderer::render(QStringLiteral("{{nickname}} {{ {nickname} }} a } b"),
                                                           {{QStringLiteral("nickname"), QStringLiteral("dain")}});
    EXPECT_EQ(rendered.text, QStringLiteral("{nickname} { dain } a } b"));
    EXPECT_FALSE(rendered.hasErrors());
    EXPECT_TRUE(rendered.missingPlaceholders.isEmpty());
}

TEST(TemplateRendererTest, SpacesAroundANameAreAllowed)
{
    const RenderedText rendered = TemplateRenderer::render(QStringLiteral("{ nickname }님"),
                                                           {{QStringLiteral("nickname"), QStringLiteral("dain")}});
    EXPECT_EQ(rendered.text, QStringLiteral("dain님"));
}

TEST(TemplateRendererTest, DescribeUnknownNamesThemInOneLine)
{
    const QString line = TemplateRenderer::describeUnknown({QStringLiteral("{typo}")});
    EXPECT_TRUE(line.contains(QStringLiteral("{typo}")));
    EXPECT_TRUE(line.contains(QStringLiteral("{nickname}")));
    EXPECT_FALSE(line.contains(u'\n'));
}

} // namespace
