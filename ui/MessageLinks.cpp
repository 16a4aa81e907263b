#include "MessageLinks.h"

#include "services/messages/ComposedMessage.h"

#include <QStringList>

namespace gonggu::MessageLinks {
namespace {

// Everything but letters, digits and "-._~" is encoded: "&", "=", "+" and "#" in a message would otherwise end
// the field or turn into a space in some programs.
QByteArray encoded(const QString &text)
{
    QString crlf = text;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    return QUrl::toPercentEncoding(crlf);
}

} // namespace

QUrl mailto(const QString &email, const QString &subject, const QString &body)
{
    QByteArray url = "mailto:" + QUrl::toPercentEncoding(email.trimmed(), "@");
    QByteArrayList fields;
    if (!subject.isEmpty())
        fields << "subject=" + encoded(subject);
    if (!body.isEmpty())
        fields << "body=" + encoded(body);
    if (!fields.isEmpty())
        url += '?' + fields.join('&');
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QUrl sms(const QString &phone, const QString &body)
{
    QByteArray url = "sms:" + dialable(phone).toLatin1();
    if (!body.isEmpty())
        url += "?body=" + encoded(body);
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QString dialable(const QString &phone)
{
    QString digits;
    for (const QChar c : phone.trimmed()) {
        if (c.isDigit() && c.unicode() < 0x80)
            digits += c;
        else if (c == u'+' && digits.isEmpty())
            digits += c;
    }
    return digits == QStringLiteral("+") ? QString() : digits;
}

QString addressee(const ComposedMessage &message)
{
    if (message.nickname.isEmpty() || message.nickname == message.name)
        return message.name;
    return QStringLiteral("%1 (%2)").arg(message.nickname, message.name);
}

QString clipboardText(const std::vector<ComposedMessage> &messages)
{
    if (messages.size() == 1)
        return messages.front().text;
    // A plain divider: chat apps and notes keep ASCII as typed.
    static const QString divider = QStringLiteral("\n\n----------\n");
    QStringList parts;
    for (const ComposedMessage &message : messages)
        parts << QStringLiteral("[%1]\n%2").arg(addressee(message), message.text);
    return parts.join(divider);
}

} // namespace gonggu::MessageLinks
