#include "TemplateHighlighter.h"
#include "services/messages/TemplateRenderer.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

namespace gonggu::test {
namespace {

QStringList spanTexts(const QString &line, bool known)
{
    QStringList texts;
    for (const PlaceholderSpan &span : placeholderSpans(line)) {
        if (span.known == known)
            texts << line.mid(span.start, span.length);
    }
    return texts;
}

/** The highlighter finds the placeholders the renderer fills or refuses, no more and no less. */
class PlaceholderSpansTest : public ::testing::TestWithParam<const char16_t *>
{
};

TEST_P(PlaceholderSpansTest, UnknownSpansAreWhatTheRendererRefuses)
{
    const QString line = QString::fromUtf16(GetParam());
    QStringList unknown = spanTexts(line, false);
    unknown.removeDuplicates();
    EXPECT_EQ(unknown, TemplateRenderer::unknownPlaceholders(line)) << line.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Lines, PlaceholderSpansTest,
                         ::testing::Values(u"{nickname}님, {amount} 입금 부탁드려요", u"{nickname}님 {amout}",
                                           u"[{round] 입금 안내", u"{{중괄호}} 그대로, {nickname}}", u"{ nickname } 님",
                                           u"{}", u"{nickname {amount}", u"열린 괄호 {",
                                           u"{a very long name that goes on and on and on past forty}",
                                           u"}}{{{nickname}}}", u"{이름}님"),
                         [](const ::testing::TestParamInfo<const char16_t *> &info) {
                             return std::to_string(info.index);
                         });

TEST(PlaceholderSpansTest, PositionsAndKinds)
{
    const QString line = QStringLiteral("안녕 {nickname}님, {amout}, {{x}} { copies }");
    const std::vector<PlaceholderSpan> spans = placeholderSpans(line);
    ASSERT_EQ(spans.size(), 3u);
    EXPECT_EQ(spans[0], (PlaceholderSpan{3, 10, true}));
    EXPECT_EQ(spans[1], (PlaceholderSpan{16, 7, false}));
    EXPECT_EQ(line.mid(spans[2].start, spans[2].length), QStringLiteral("{ copies }"));
    EXPECT_TRUE(spans[2].known);
}

TEST(TemplateHighlighterTest, MarksKnownAndUnknownPlaceholdersInTheDocument)
{
    QPlainTextEdit edit;
    QTextDocument &document = *edit.document();
    TemplateHighlighter highlighter(&document);
    QCoreApplication::processEvents(); // as in the editor: the text comes after the first event loop pass
    edit.setPlainText(QStringLiteral("{nickname}님\n금액 {amout} 원"));
    const QList<QTextLayout::FormatRange> first = document.firstBlock().layout()->formats();
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].start, 0);
    EXPECT_EQ(first[0].length, 10);
    EXPECT_EQ(first[0].format.foreground(), highlighter.knownFormat().foreground());
    const QList<QTextLayout::FormatRange> second = document.lastBlock().layout()->formats();
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].start, 3);
    EXPECT_EQ(second[0].length, 7);
    EXPECT_EQ(second[0].format.underlineStyle(), QTextCharFormat::WaveUnderline);
}

} // namespace
} // namespace gonggu::test
