#include "DepositorName.h"

#include "domain/TextNormalization.h"

#include <QRegularExpression>

namespace gonggu {
namespace {

// Words that say the money came from someone else: "(향단대납)", "[엄마 대신]", "for hana".
const QStringList onBehalfWords{QStringLiteral("대납"), QStringLiteral("대신"), QStringLiteral("대리"),
                                QStringLiteral("onbehalfof"), QStringLiteral("onbehalf")};

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isLatin(QChar c)
{
    return (c >= u'a' && c <= u'z') || c == u'_' || c == u'.';
}

} // namespace

DepositorName DepositorName::parse(const QString &text)
{
    DepositorName name;
    name.raw = text.trimmed();
    name.key = foldForMatching(name.raw);
    QString rest = name.key; // NFKC has already turned full-width brackets into ASCII ones

    static const QRegularExpression bracketed(QStringLiteral("[(\\[{<]([^)\\]}>]*)[)\\]}>]?"));
    QStringList insides;
    for (const QRegularExpressionMatch &match : bracketed.globalMatch(rest))
        insides << match.captured(1);
    rest.remove(bracketed);
    name.bracketed = insides.join(QString());

    for (const QString &word : onBehalfWords) {
        if (name.key.contains(word)) {
            name.onBehalf = true;
            QString payer = name.bracketed.isEmpty() ? QString() : name.bracketed;
            payer.remove(word);
            name.payer = payer;
            if (name.bracketed.isEmpty())
                rest.remove(word);
            break;
        }
    }

    // Separators some banks or people put between a name and its affix: "박철수-0042", "김하나/tini".
    while (!rest.isEmpty() && QStringLiteral("-_/.,:;~").contains(rest.back()))
        rest.chop(1);
    qsizetype digitsStart = rest.size();
    while (digitsStart > 0 && rest[digitsStart - 1].isDigit())
        --digitsStart;
    if (digitsStart > 0 && digitsStart < rest.size()) {
        name.digits = rest.mid(digitsStart);
        rest.truncate(digitsStart);
    }
    while (!rest.isEmpty() && QStringLiteral("-_/.,:;~").contains(rest.back()))
        rest.chop(1);

    // A Hangul name with a Latin nickname after it ("김하나tini") or before it ("tini김하나").
    qsizetype hangulEnd = 0;
    while (hangulEnd < rest.size() && isHangul(rest[hangulEnd]))
        ++hangulEnd;
    if (hangulEnd > 0 && hangulEnd < rest.size()) {
        const QString tail = rest.mid(hangulEnd);
        if (std::all_of(tail.begin(), tail.end(), [](QChar c) { return isLatin(c) || c.isDigit(); }) &&
            isLatin(tail.front())) {
            name.trailing = tail;
            rest.truncate(hangulEnd);
        }
    } else if (hangulEnd == 0) {
        qsizetype latinEnd = 0;
        while (latinEnd < rest.size() && (isLatin(rest[latinEnd]) || rest[latinEnd].isDigit()))
            ++latinEnd;
        const QString tail = rest.mid(latinEnd);
        if (latinEnd > 0 && !tail.isEmpty() && std::all_of(tail.begin(), tail.end(), isHangul)) {
            name.trailing = rest.left(latinEnd);
            rest = tail;
        }
    }
    name.core = rest;
    return name;
}

} // namespace gonggu
