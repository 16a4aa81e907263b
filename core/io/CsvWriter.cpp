#include "CsvWriter.h"

#include "PrivateFile.h"

#include "domain/Errors.h"

#include <QStringEncoder>

#include <set>

namespace gonggu {
namespace {

// See TextDecoding.cpp: ICU's "CP949" is IBM-949, which lacks the Hangul syllables Windows added.
constexpr char koreanCodec[] = "windows-949";
constexpr int maxNamedCharacters = 5;

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

bool needsQuotes(const QString &text)
{
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

// A fresh encoder for each check: an ICU-backed one keeps its error through resetState().
bool encodes(QStringView text)
{
    QStringEncoder encoder(koreanCodec, QStringConverter::Flag::Stateless);
    // encode() is lazy: the conversion (and its error) happens when the result becomes a QByteArray.
    const QByteArray bytes = encoder.encode(text);
    return !encoder.hasError();
}

QByteArray encodeKorean(const QStringList &rows, const QString &text)
{
    QStringEncoder encoder(koreanCodec, QStringConverter::Flag::Stateless);
    if (!encoder.isValid())
        throw StorageError(QStringLiteral("this system cannot write CP949 text"));
    QByteArray bytes = encoder.encode(text);
    if (!encoder.hasError())
        return bytes;

    // Say which characters, and where the first of each is, so the user can fix or drop them.
    QStringList named;
    std::set<char32_t> seen;
    int more = 0;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const QString &line = rows.at(row);
        for (qsizetype i = 0; i < line.size(); ++i) {
            const qsizetype length = line.at(i).isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
            const QStringView character = QStringView(line).mid(i, length);
            const char32_t code =
                length == 2 ? QChar::surrogateToUcs4(line.at(i), line.at(i + 1)) : line.at(i).unicode();
            i += length - 1;
            if (code < 0x80 || seen.count(code) || encodes(character))
                continue;
            seen.insert(code);
            if (named.size() < maxNamedCharacters)
                named << QStringLiteral("\"%1\" (U+%2, row %3)")
                             .arg(character.toString(),
                                  QString::number(uint(code), 16).toUpper().rightJustified(4, u'0'))
                             .arg(row + 1);
            else
                ++more;
        }
    }
    QString list = named.join(QStringLiteral(", "));
    if (more > 0)
        list += QStringLiteral(" and %1 more").arg(more);
    throw InputError(QStringLiteral("CP949 cannot hold %1; remove those characters or save as UTF-8 instead")
                         .arg(list.isEmpty() ? QStringLiteral("some characters") : list));
}

} // namespace

QString CsvWriter::field(const CsvCell &cell)
{
    QString text = cell.value();
    // A number cell is digits with an optional minus, written as is: "-5000" is a refund, not a formula.
    if (!cell.isNumber() && startsFormula(text))
        text.prepend(u'\'');
    if (!needsQuotes(text))
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

void CsvWriter::addRow(const QList<CsvCell> &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const CsvCell &cell : cells)
        fields << field(cell);
    m_rows << fields.join(u',');
}

QByteArray CsvWriter::toBytes() const
{
    const QString lineEnd = m_format.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QString text;
    for (const QString &row : m_rows)
        text += row + lineEnd;

    switch (m_format.encoding) {
    case CsvEncoding::Utf8WithBom:
        return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    case CsvEncoding::Utf8:
        return text.toUtf8();
    case CsvEncoding::Cp949:
        return encodeKorean(m_rows, text);
    }
    Q_UNREACHABLE();
    return {};
}

void CsvWriter::writeFile(const QString &path) const
{
    writePrivateFile(path, toBytes()); // toBytes() first: an encoding error writes nothing
}

} // namespace gonggu
