#pragma once

#include <QByteArray>
#include <QStringView>

class QIODevice;

namespace gonggu {

/** XML for one part of a workbook, built in a buffer that goes to the part (a zip entry, deflated as it comes)
 *  in large pieces, so that a sheet of 100,000 rows never sits in memory whole. */
class XlsxXmlOut
{
public:
    explicit XlsxXmlOut(QIODevice &part);

    XlsxXmlOut &operator<<(const char *ascii)
    {
        m_buffer.append(ascii);
        return *this;
    }
    XlsxXmlOut &operator<<(const QByteArray &bytes)
    {
        m_buffer.append(bytes);
        return *this;
    }
    XlsxXmlOut &operator<<(qint64 number);

    /** Text as XML character data in UTF-8: markup escaped, and the control characters XML cannot carry written
     *  as OOXML's _xHHHH_ (so is an underscore that would read as the start of one). */
    void text(QStringView text);

    /** Sends what is buffered once it is large. */
    void flushIfFull();
    /** Sends what is buffered; StorageError when the part does not take it. */
    void flush();

private:
    void escaped(char16_t c);
    void utf8(char32_t code);

    QIODevice &m_part;
    QByteArray m_buffer;
};

/** Text as escaped XML character data in UTF-8, for names and short elements. */
QByteArray xlsxXmlText(QStringView text);

/** "A", "B", … "Z", "AA": a column's letters in a cell reference. */
QByteArray xlsxColumnLetters(int column);

} // namespace gonggu
