#include "XlsxXml.h"

#include "domain/Errors.h"

#include <QBuffer>

#include <cstdio>

namespace gonggu {
namespace {

constexpr qsizetype flushBytes = 1 << 16;

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f');
}

/** Whether \a text starts with what Excel would read as an escape: _xHHHH_. */
bool startsEscape(QStringView text)
{
    if (text.size() < 7 || text[1] != u'x' || text[6] != u'_')
        return false;
    for (qsizetype i = 2; i < 6; ++i) {
        if (!isHexDigit(text[i]))
            return false;
    }
    return true;
}

} // namespace

XlsxXmlOut::XlsxXmlOut(QIODevice &part) : m_part(part)
{
    m_buffer.reserve(flushBytes + 4096);
}

XlsxXmlOut &XlsxXmlOut::operator<<(qint64 number)
{
    char digits[24];
    const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(number));
    m_buffer.append(digits, length);
    return *this;
}

void XlsxXmlOut::text(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            switch (c) {
            case u'&':
                m_buffer.append("&amp;");
                break;
            case u'<':
                m_buffer.append("&lt;");
                break;
            case u'>':
                m_buffer.append("&gt;");
                break;
            case u'"':
                m_buffer.append("&quot;");
                break;
            case u'_':
                m_buffer.append(startsEscape(text.mid(i)) ? "_x005F_" : "_");
                break;
            default:
                if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                    escaped(c);
                else
                    m_buffer.append(char(c));
                break;
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            utf8(QChar::surrogateToUcs4(c, text[++i].unicode()));
        } else if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            escaped(c); // not a character XML can carry
        } else {
            utf8(c);
        }
    }
}

void XlsxXmlOut::flushIfFull()
{
    if (m_buffer.size() >= flushBytes)
        flush();
}

void XlsxXmlOut::flush()
{
    if (!m_buffer.isEmpty() && m_part.write(m_buffer) != m_buffer.size())
        throw StorageError(QStringLiteral("writing the workbook failed: %1").arg(m_part.errorString()));
    m_buffer.clear();
}

void XlsxXmlOut::escaped(char16_t c)
{
    char code[10];
    std::snprintf(code, sizeof code, "_x%04X_", unsigned(c));
    m_buffer.append(code);
}

void XlsxXmlOut::utf8(char32_t code)
{
    if (code < 0x800) {
        m_buffer.append(char(0xC0 | (code >> 6)));
    } else if (code < 0x10000) {
        m_buffer.append(char(0xE0 | (code >> 12)));
        m_buffer.append(char(0x80 | ((code >> 6) & 0x3F)));
    } else {
        m_buffer.append(char(0xF0 | (code >> 18)));
        m_buffer.append(char(0x80 | ((code >> 12) & 0x3F)));
        m_buffer.append(char(0x80 | ((code >> 6) & 0x3F)));
    }
    m_buffer.append(char(0x80 | (code & 0x3F)));
}

QByteArray xlsxXmlText(QStringView text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    XlsxXmlOut out(buffer);
    out.text(text);
    out.flush();
    return bytes;
}

QByteArray xlsxColumnLetters(int column)
{
    QByteArray letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters;
}

} // namespace gonggu
