#include "TextNormalization.h"

namespace gonggu {

QString foldForMatching(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

int indexOfHeader(const QStringList &header, const QString &wanted)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].trimmed() == wanted.trimmed())
            return i;
    }
    const QString folded = foldForMatching(wanted);
    for (int i = 0; i < header.size(); ++i) {
        if (foldForMatching(header[i]) == folded)
            return i;
    }
    return -1;
}

QString phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone.normalized(QString::NormalizationForm_KC)) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    if (phone.trimmed().startsWith(u'+') && digits.startsWith(QStringLiteral("82")))
        digits = u'0' + digits.mid(2);
    // Spreadsheets that stored the number as a number dropped the leading 0 of "010…".
    if (digits.size() == 10 && digits.startsWith(QStringLiteral("10")))
        digits.prepend(u'0');
    return digits;
}

QString formatPhone(const QString &phone)
{
    const QString digits = phoneDigits(phone);
    if (digits.size() == 11 && digits.startsWith(QStringLiteral("01")))
        return QStringLiteral("%1-%2-%3").arg(digits.left(3), digits.mid(3, 4), digits.mid(7));
    if (digits.size() == 10 && digits.startsWith(QStringLiteral("01")))
        return QStringLiteral("%1-%2-%3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
    if (digits.size() == 10 && digits.startsWith(QStringLiteral("02")))
        return QStringLiteral("%1-%2-%3").arg(digits.left(2), digits.mid(2, 4), digits.mid(6));
    if (digits.size() == 9 && digits.startsWith(QStringLiteral("02")))
        return QStringLiteral("%1-%2-%3").arg(digits.left(2), digits.mid(2, 3), digits.mid(5));
    return phone.trimmed();
}

QString normalizedEmail(const QString &email)
{
    const QString trimmed = email.trimmed().toLower();
    const qsizetype at = trimmed.indexOf(u'@');
    if (at <= 0 || at == trimmed.size() - 1 || trimmed.contains(u' '))
        return {};
    return trimmed;
}

} // namespace gonggu
