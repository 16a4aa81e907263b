#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace gonggu {

/** Where a {placeholder} sits in one line of a template, and whether the renderer knows its name. */
struct PlaceholderSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool known = false;

    bool operator==(const PlaceholderSpan &) const = default;
};

/** The placeholders of one line, read by TemplateRenderer's rules: "{{" and "}}" are braces, a name may have
 *  spaces around it, and a "{" left open is unknown up to the end of its word. */
std::vector<PlaceholderSpan> placeholderSpans(const QString &line);

/** Marks a template's placeholders as the coordinator types: known ones in the link colour, unknown ones
 *  (typos, a brace left open) red with a wavy underline, so that the mistake shows where it is. */
class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit TemplateHighlighter(QTextDocument *document);

    /** The formats, for tests to compare what a position was given. */
    const QTextCharFormat &knownFormat() const { return m_known; }
    const QTextCharFormat &unknownFormat() const { return m_unknown; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_known;
    QTextCharFormat m_unknown;
};

} // namespace gonggu
