#pragma once

#include "domain/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gonggu {

/** The bytes a CSV file is written in. */
enum class CsvEncoding
{
    Utf8WithBom, // what Korean Excel opens correctly; the default
    Utf8,        // for scripts and tools that stumble on a BOM
    Cp949        // for older Korean spreadsheets (windows-949, a superset of EUC-KR)
};

struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8WithBom;
    bool crlf = true; // RFC 4180 line ends; false writes LF only
};

/** One cell of a CSV row: text, which is kept from being read as a spreadsheet formula, or a whole
 *  number, which is written as bare digits so that spreadsheets can add it up. */
class CsvCell
{
public:
    CsvCell(const QString &text) : m_text(text) {} // implicit: most cells are text
    CsvCell(const char16_t *text) : m_text(QString::fromUtf16(text)) {}
    static CsvCell text(const QString &text) { return CsvCell(text); }
    static CsvCell number(qint64 value) { return CsvCell(QString::number(value), true); }
    static CsvCell money(Money amount) { return number(amount.toWon()); }

    bool isNumber() const { return m_number; }
    const QString &value() const { return m_text; }

private:
    CsvCell(QString text, bool number) : m_text(std::move(text)), m_number(number) {}
    QString m_text;
    bool m_number = false;
};

/** Writes RFC 4180 CSV for people to open in a spreadsheet: fields with a comma, quote or line break
 *  quoted, text that would start a formula (= + - @ tab CR) prefixed with an apostrophe, UTF-8 with BOM
 *  and CRLF unless told otherwise. Rows are collected, then written in one go: a file is replaced only
 *  when everything could be encoded and written, and it is private to the user (0600). */
class CsvWriter
{
public:
    explicit CsvWriter(CsvFormat format = {}) : m_format(format) {}

    void addRow(const QList<CsvCell> &cells);
    qsizetype rowCount() const { return m_rows.size(); }

    /** The whole file as bytes, BOM included. Throws InputError naming the characters the encoding
     *  cannot hold (CP949 has no emoji, for one). */
    QByteArray toBytes() const;
    /** Writes the file atomically with mode 0600. Throws InputError for characters the encoding cannot
     *  hold or a path that cannot be written, StorageError when writing fails midway; the file at
     *  \a path is left as it was in every case. */
    void writeFile(const QString &path) const;

    /** One field as written: neutralised when it is text that could start a formula, quoted when needed. */
    static QString field(const CsvCell &cell);

private:
    CsvFormat m_format;
    QStringList m_rows; // each already joined, without its line end
};

} // namespace gonggu
