#include "Money.h"

#include <QLocale>

namespace gonggu {

std::optional<Money> Money::parse(const QString &text)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'\u2212')) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    if (s.startsWith(u'₩') || s.startsWith(u'\uFFE6')) // ₩ and the full-width ￦ seen in Korean documents
        s = s.mid(1).trimmed();
    if (s.endsWith(u'원')) {
        s.chop(1);
        s = s.trimmed(); // "30,000 원" is as common as "30,000원"
    }
    if (s.isEmpty() || s.size() > 20)
        return std::nullopt;

    // Digits with optional thousands separators in groups of three ("1,234,567"); nothing else.
    qint64 value = 0;
    int digitsSinceComma = 0;
    bool sawComma = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u',') {
            if (i == 0 || (sawComma && digitsSinceComma != 3) || (!sawComma && digitsSinceComma > 3))
                return std::nullopt;
            sawComma = true;
            digitsSinceComma = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
        ++digitsSinceComma;
        if (value > maxAbsoluteWon)
            return std::nullopt;
    }
    if (sawComma && digitsSinceComma != 3)
        return std::nullopt;
    return Money(negative ? -value : value);
}

QString Money::format(bool korean) const
{
    const QLocale locale(korean ? QLocale::Korean : QLocale::English,
                         korean ? QLocale::SouthKorea : QLocale::UnitedStates);
    const QString digits = locale.toString(m_won < 0 ? -m_won : m_won);
    const QString sign = m_won < 0 ? QStringLiteral("-") : QString();
    return korean ? sign + digits + u'원' : sign + u'₩' + digits;
}

} // namespace gonggu
