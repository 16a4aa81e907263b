#include "TemplateRenderer.h"

#include <QCoreApplication>

namespace gonggu {
namespace {

// Longer than any real name: a "{" that runs on past this is a brace left open, not a placeholder.
constexpr qsizetype maxPlaceholderLength = 40;

void appendOnce(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list << value;
}

bool isNameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

} // namespace

QStringList TemplateRenderer::knownPlaceholders()
{
    static const QStringList names{// the buyer
                                   QStringLiteral("nickname"), QStringLiteral("name"), QStringLiteral("items"),
                                   QStringLiteral("item_lines"), QStringLiteral("copies"), QStringLiteral("amount"),
                                   QStringLiteral("amount_due"), QStringLiteral("paid"), QStringLiteral("tracking"),
                                   // the round
                                   QStringLiteral("round"), QStringLiteral("supplier"), QStringLiteral("account"),
                                   QStringLiteral("deadline"), QStringLiteral("closes"),
                                   QStringLiteral("delivery_date"), QStringLiteral("meetup"), QStringLiteral("place"),
                                   QStringLiteral("buyers"), QStringLiteral("total_copies")};
    return names;
}

bool TemplateRenderer::isKnown(const QString &name)
{
    return knownPlaceholders().contains(name);
}

RenderedText TemplateRenderer::render(const QString &templateText, const PlaceholderValues &values)
{
    RenderedText result;
    result.text.reserve(templateText.size() * 2);
    const qsizetype size = templateText.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = templateText.at(i);
        if (c == u'}') {
            result.text += c;
            i += (i + 1 < size && templateText.at(i + 1) == u'}') ? 2 : 1;
            continue;
        }
        if (c != u'{') {
            result.text += c;
            ++i;
            continue;
        }
        if (i + 1 < size && templateText.at(i + 1) == u'{') {
            result.text += c;
            i += 2;
            continue;
        }
        // A placeholder runs to the next "}" on the same line.
        qsizetype close = i + 1;
        while (close < size && close - i <= maxPlaceholderLength && templateText.at(close) != u'}' &&
               templateText.at(close) != u'{' && templateText.at(close) != u'\n')
            ++close;
        if (close >= size || templateText.at(close) != u'}') {
            // Left open: flag what follows the brace (up to the end of the word) and keep it as written.
            qsizetype end = i + 1;
            while (end < size && end - i <= maxPlaceholderLength && isNameCharacter(templateText.at(end)))
                ++end;
            appendOnce(result.unknownPlaceholders, templateText.mid(i, end - i));
            result.text += templateText.mid(i, end - i);
            i = end;
            continue;
        }
        const QString written = templateText.mid(i, close - i + 1);
        const QString name = templateText.mid(i + 1, close - i - 1).trimmed();
        if (!isKnown(name)) {
            appendOnce(result.unknownPlaceholders, written);
            result.text += written;
        } else {
            const QString value = values.value(name);
            if (value.isEmpty())
                appendOnce(result.missingPlaceholders, QStringLiteral("{%1}").arg(name));
            result.text += value;
        }
        i = close + 1;
    }
    return result;
}

QStringList TemplateRenderer::unknownPlaceholders(const QString &templateText)
{
    return render(templateText, {}).unknownPlaceholders;
}

QString TemplateRenderer::describeUnknown(const QStringList &unknown)
{
    QStringList known;
    for (const QString &name : knownPlaceholders())
        known << QStringLiteral("{%1}").arg(name);
    // Translated when the GUI installed a translator: the template editor shows this under the text.
    return QCoreApplication::translate("gonggu::TemplateRenderer",
                                       "unknown placeholder(s) %1 (known: %2; write {{ for a brace)", nullptr,
                                       int(unknown.size()))
        .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", ")));
}

} // namespace gonggu
