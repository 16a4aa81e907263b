#include "CsvWriter.h"

#include "domain/Errors.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
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
    const QByteArray bytes = toBytes(); // before touching the file: an encoding error writes nothing
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isDir())
        throw InputError(QStringLiteral("cannot write '%1': it is a folder").arg(target));
    if (!QFileInfo(target).dir().exists())
        throw InputError(QStringLiteral("cannot write '%1': the folder does not exist").arg(target));

    // QSaveFile writes a temporary file beside the target and renames it over the target on commit,
    // so a failure at any point leaves the old file whole. It is made private before any byte goes in.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(QStringLiteral("cannot write '%1': %2").arg(target, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        throw StorageError(QStringLiteral("cannot make '%1' private: %2").arg(target, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(QStringLiteral("writing '%1' failed: %2").arg(target, file.errorString()));
}

} // namespace gonggu
