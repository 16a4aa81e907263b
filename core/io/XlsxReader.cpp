#include "XlsxReader.h"

#include "InputFile.h"
#include "XlsxCellFormat.h"
#include "XlsxPackage.h"
#include "domain/Errors.h"

#include <QDateTime>
#include <QXmlStreamReader>

#include <algorithm>

namespace gonggu {

using namespace Qt::StringLiterals;

namespace {

// Excel's own sheet size.
constexpr int maxColumns = 16384;
constexpr int maxRows = 1048576;

/** What the cells of the first sheet refer to, read before the sheet itself. */
struct SheetContext
{
    QStringList sharedStrings;
    std::vector<XlsxCellFormat::Kind> styles;
    bool date1904 = false;
};

[[noreturn]] void damaged(XlsxPackage &package, const QString &part, const QString &detail)
{
    package.fail(QStringLiteral("%1 is damaged (%2)").arg(part, detail));
}

void checkXml(XlsxPackage &package, const QString &part, const QXmlStreamReader &xml)
{
    if (xml.hasError())
        damaged(package, part, QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// OOXML spells characters XML cannot carry (a CR, control codes) as _xHHHH_, and a literal "_x" as _x005F_x.
QString unescapeXstring(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_' &&
            isHexDigit(text[i + 2]) && isHexDigit(text[i + 3]) && isHexDigit(text[i + 4]) && isHexDigit(text[i + 5])) {
            plain += QChar(text.sliced(i + 2, 4).toUShort(nullptr, 16));
            i += 6;
        } else {
            plain += text[i];
        }
    }
    return plain;
}

// The text of a shared string (<si>) or inline string (<is>): its <t>, or its rich-text runs' <t>s joined.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (xml.name() == u"rPh")
                xml.skipCurrentElement(); // a phonetic reading shown above the text, not part of it
            else
                ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return unescapeXstring(text);
}

QStringList readSharedStrings(XlsxPackage &package, const QString &part, const QByteArray &bytes, qint64 maxCount)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            if (strings.size() >= maxCount)
                damaged(package, part, QStringLiteral("more strings than a sheet can hold"));
            strings.append(readStringItem(xml));
        }
    }
    checkXml(package, part, xml);
    return strings;
}

// "C7" → column 2 (0-based) and row 7; nothing if it is not a cell reference inside Excel's grid.
std::optional<std::pair<int, int>> parseCellReference(QStringView reference)
{
    qsizetype i = 0;
    int column = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        const char16_t letter = reference[i].toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            return std::nullopt;
        column = column * 26 + (letter - u'A' + 1);
        if (column > maxColumns)
            return std::nullopt;
    }
    bool ok = false;
    const int row = reference.sliced(i).toInt(&ok);
    if (i == 0 || !ok || row < 1 || row > maxRows)
        return std::nullopt;
    return std::pair{column - 1, row};
}

QString isoDateText(const QString &value)
{
    if (value.contains(u'T')) {
        const QDateTime dateTime = QDateTime::fromString(value, Qt::ISODate);
        return dateTime.isValid() ? dateTime.toString(u"yyyy-MM-dd HH:mm:ss") : value;
    }
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() ? date.toString(u"yyyy-MM-dd") : value;
}

class SheetParser
{
public:
    SheetParser(XlsxPackage &package, const QString &part, const SheetContext &context, const XlsxLimits &limits)
        : m_package(package), m_part(part), m_context(context), m_limits(limits)
    {
    }

    std::vector<SheetRow> parse(const QByteArray &bytes)
    {
        QXmlStreamReader xml(bytes);
        bool inSheetData = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"sheetData")
                inSheetData = true;
            else if (xml.isStartElement() && inSheetData && xml.name() == u"row")
                startRow(xml.attributes().value("r"_L1));
            else if (xml.isStartElement() && inSheetData && xml.name() == u"c")
                readCell(xml);
            else if (xml.isEndElement() && xml.name() == u"row")
                finishRow();
            else if (xml.isEndElement() && xml.name() == u"sheetData")
                inSheetData = false;
        }
        checkXml(m_package, m_part, xml);
        return std::move(m_rows);
    }

private:
    void startRow(QStringView number)
    {
        bool ok = false;
        const int row = number.isEmpty() ? m_row + 1 : number.toInt(&ok);
        if (!number.isEmpty() && (!ok || row < 1 || row > maxRows))
            damaged(m_package, m_part, QStringLiteral("row number '%1' is out of range").arg(number));
        m_row = row;
        m_nextColumn = 0;
        m_cells = QStringList();
    }

    void finishRow()
    {
        if (!m_cells.isEmpty() && !std::all_of(m_cells.cbegin(), m_cells.cend(),
                                               [](const QString &cell) { return cell.trimmed().isEmpty(); })) {
            m_rows.push_back(SheetRow{m_row, std::move(m_cells)});
        }
        m_cells = QStringList();
    }

    void readCell(QXmlStreamReader &xml)
    {
        // A copy: the views into it must outlive the reads below.
        const QXmlStreamAttributes attributes = xml.attributes();
        int column = m_nextColumn;
        if (const QStringView reference = attributes.value("r"_L1); !reference.isEmpty()) {
            const auto cell = parseCellReference(reference);
            if (!cell)
                damaged(m_package, m_part, QStringLiteral("'%1' is not a cell reference").arg(reference));
            column = cell->first;
        }
        if (column >= maxColumns)
            damaged(m_package, m_part, QStringLiteral("a row has more than %1 columns").arg(maxColumns));
        m_nextColumn = column + 1;

        QString value;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v")
                value = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = readStringItem(xml);
            else
                xml.skipCurrentElement(); // <f>: the formula itself is never evaluated, only its cached value
        }
        const QString text = cellText(attributes.value("t"_L1), value, inlineText, attributes.value("s"_L1).toInt());
        if (text.isEmpty())
            return;
        if (column >= m_cells.size()) {
            m_cellCount += column + 1 - m_cells.size();
            if (m_cellCount > m_limits.maxCells)
                throw InputError(QStringLiteral("%1 has more than %2 cells; that is not a sheet Gonggu can import")
                                     .arg(m_package.sourceName())
                                     .arg(m_limits.maxCells));
            m_cells.resize(column + 1);
        }
        m_cells[column] = text;
    }

    QString cellText(QStringView type, const QString &value, const QString &inlineText, int style)
    {
        if (type == u"inlineStr" || (value.isEmpty() && !inlineText.isEmpty()))
            return inlineText;
        if (value.isEmpty())
            return {};
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            if (!ok || index < 0 || index >= m_context.sharedStrings.size())
                damaged(m_package, m_part, QStringLiteral("row %1 refers to a missing shared string").arg(m_row));
            return m_context.sharedStrings.at(index);
        }
        if (type == u"str" || type == u"e") // a formula's text result, or an error such as #N/A
            return unescapeXstring(value);
        if (type == u"b")
            return value == u"1" || value == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        if (type == u"d")
            return isoDateText(value);
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return value;
        const auto kind = style >= 0 && size_t(style) < m_context.styles.size() ? m_context.styles[size_t(style)]
                                                                                : XlsxCellFormat::Kind::Number;
        return XlsxCellFormat::serialText(number, kind, m_context.date1904)
            .value_or(XlsxCellFormat::numberText(number));
    }

    XlsxPackage &m_package;
    const QString &m_part;
    const SheetContext &m_context;
    const XlsxLimits &m_limits;
    std::vector<SheetRow> m_rows;
    QStringList m_cells;
    int m_row = 0;
    int m_nextColumn = 0;
    qint64 m_cellCount = 0;
};

} // namespace

SheetData XlsxReader::readBytes(const QByteArray &bytes, const QString &sourceName, const XlsxLimits &limits)
{
    const QString name = sourceName.isEmpty() ? QStringLiteral("the file") : sourceName;
    if (bytes.isEmpty())
        throw InputError(QStringLiteral("%1 is empty").arg(name));
    XlsxPackage package(bytes, name, limits.maxPartBytes);
    const XlsxPackage::FirstSheet first = package.locateFirstSheet();

    SheetContext context;
    context.date1904 = first.date1904;
    if (!first.sharedStringsPath.isEmpty()) {
        if (const auto part = package.part(first.sharedStringsPath))
            context.sharedStrings = readSharedStrings(package, first.sharedStringsPath, *part, limits.maxCells);
    }
    if (!first.stylesPath.isEmpty()) {
        if (const auto part = package.part(first.stylesPath)) {
            QXmlStreamReader xml(*part);
            context.styles = XlsxCellFormat::readStyles(xml);
            checkXml(package, first.stylesPath, xml);
        }
    }
    const auto sheetXml = package.part(first.sheetPath);
    if (!sheetXml)
        package.fail(QStringLiteral("its first sheet (%1) is missing").arg(first.sheetPath));

    SheetData sheet{SheetParser(package, first.sheetPath, context, limits).parse(*sheetXml), QStringLiteral("XLSX")};
    if (sheet.rows.empty())
        throw InputError(QStringLiteral("%1: the first sheet, '%2', is empty (Gonggu reads only the first sheet)")
                             .arg(name, first.name));
    return sheet;
}

SheetData XlsxReader::readFile(const QString &path)
{
    return readBytes(InputFile::readAll(path), InputFile::displayName(path));
}

} // namespace gonggu
