#include "TemplateHighlighter.h"

#include "services/messages/TemplateRenderer.h"

#include <QGuiApplication>
#include <QPalette>

namespace gonggu {
namespace {

// As TemplateRenderer: a "{" that runs on past this is a brace left open, not a placeholder.
constexpr qsizetype maxPlaceholderLength = 40;

bool isNameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

} // namespace

std::vector<PlaceholderSpan> placeholderSpans(const QString &line)
{
    std::vector<PlaceholderSpan> spans;
    const qsizetype size = line.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = line.at(i);
        if (c == u'}') {
            i += (i + 1 < size && line.at(i + 1) == u'}') ? 2 : 1;
            continue;
        }
        if (c != u'{') {
            ++i;
            continue;
        }
        if (i + 1 < size && line.at(i + 1) == u'{') {
            i += 2;
            continue;
        }
        qsizetype close = i + 1;
        while (close < size && close - i <= maxPlaceholderLength && line.at(close) != u'}' && line.at(close) != u'{' &&
               line.at(close) != u'\n')
            ++close;
        if (close >= size || line.at(close) != u'}') {
            qsizetype end = i + 1;
            while (end < size && end - i <= maxPlaceholderLength && isNameCharacter(line.at(end)))
                ++end;
            spans.push_back({i, end - i, false});
            i = end;
            continue;
        }
        const QString name = line.mid(i + 1, close - i - 1).trimmed();
        spans.push_back({i, close - i + 1, TemplateRenderer::isKnown(name)});
        i = close + 1;
    }
    return spans;
}

TemplateHighlighter::TemplateHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_known.setForeground(QGuiApplication::palette().color(QPalette::Link));
    m_known.setFontWeight(QFont::DemiBold);
    const QColor alert(0xc6, 0x28, 0x28); // FieldError's red: readable on light and dark palettes
    m_unknown.setForeground(alert);
    m_unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_unknown.setUnderlineColor(alert);
}

void TemplateHighlighter::highlightBlock(const QString &text)
{
    for (const PlaceholderSpan &span : placeholderSpans(text))
        setFormat(int(span.start), int(span.length), span.known ? m_known : m_unknown);
}

} // namespace gonggu
