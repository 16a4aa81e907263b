#include "XlsxWriter.h"

#include "PrivateFile.h"
#include "XlsxWorkbookParts.h"
#include "XlsxXml.h"
#include "domain/Errors.h"

#include <QBuffer>
#include <QDateTime>

#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>
#include <vector>

namespace gonggu {
namespace {

constexpr int sheetNameLimit = 31; // Excel's
constexpr qsizetype cellTextLimit = 32767;
constexpr double minimumColumnWidth = 6;
constexpr double maximumColumnWidth = 60;
constexpr int headerPadding = 3; // the filter button sits on the right of each header cell

using Parts = XlsxWorkbookParts;

/** A cell's style attribute: ` s="N"`. */
QByteArray style(Parts::Style index)
{
    return " s=\"" + QByteArray::number(int(index)) + '"';
}

int numberWidth(qint64 number, bool grouped)
{
    int digits = 1;
    for (qint64 n = number < 0 ? -(number / 10) : number / 10; n > 0; n /= 10)
        ++digits;
    return digits + (grouped ? (digits - 1) / 3 : 0) + (number < 0 ? 1 : 0);
}

int cellWidth(const TableCell &cell, CellType type)
{
    switch (type) {
    case CellType::Text:
        return XlsxWriter::displayWidth(cell.text);
    case CellType::Integer:
        return cell.hasNumber ? numberWidth(cell.number, false) : 0;
    case CellType::Money:
        return cell.hasNumber ? numberWidth(cell.number, true) : 0;
    case CellType::Date:
        return cell.hasNumber ? 10 : 0;
    }
    return 0;
}

int totalsLabelColumn(const DocumentTable &table)
{
    for (int column = 0; column < table.columnCount(); ++column) {
        if (!table.columns()[std::size_t(column)].summed)
            return column;
    }
    return -1;
}

std::vector<double> columnWidths(const DocumentTable &table)
{
    std::vector<double> widths;
    const int labelColumn = table.hasTotals() ? totalsLabelColumn(table) : -1;
    for (int column = 0; column < table.columnCount(); ++column) {
        const TableColumn &spec = table.columns()[std::size_t(column)];
        int widest = std::max(XlsxWriter::displayWidth(spec.title) + headerPadding, spec.minimumWidth);
        for (qsizetype row = 0; row < table.rowCount(); ++row)
            widest = std::max(widest, cellWidth(table.cell(row, column), spec.type));
        if (column == labelColumn)
            widest = std::max(widest, XlsxWriter::displayWidth(table.totalsLabel()));
        if (table.hasTotals() && spec.summed)
            widest = std::max(widest, numberWidth(table.total(column), spec.type == CellType::Money));
        widths.push_back(std::clamp(double(widest) + 1.5, minimumColumnWidth, maximumColumnWidth));
    }
    return widths;
}

/** A zip part being written; closed (and checked) by finish(). */
class Part
{
public:
    Part(QuaZip &zip, const QString &name, const QDateTime &time) : m_file(&zip)
    {
        QuaZipNewInfo info(name);
        info.dateTime = time;
        if (!m_file.open(QIODevice::WriteOnly, info))
            throw StorageError(
                QStringLiteral("cannot add %1 to the workbook (zip error %2)").arg(name).arg(m_file.getZipError()));
    }
    QIODevice &device() { return m_file; }
    void write(const QByteArray &bytes)
    {
        if (m_file.write(bytes) != bytes.size())
            throw StorageError(QStringLiteral("writing the workbook failed: %1").arg(m_file.errorString()));
    }
    void finish()
    {
        m_file.close();
        if (m_file.getZipError() != 0)
            throw StorageError(QStringLiteral("writing the workbook failed (zip error %1)").arg(m_file.getZipError()));
    }

private:
    QuaZipFile m_file;
};

void writeSheet(XlsxXmlOut &out, const DocumentTable &table, const std::vector<QByteArray> &letters)
{
    const qsizetype lastRow = table.rowCount() + 1 + (table.hasTotals() && table.rowCount() > 0 ? 1 : 0);
    const QByteArray lastColumn = letters.back();
    out << R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           "\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        << "<dimension ref=\"A1:" << lastColumn << lastRow << "\"/>"
        << "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
           "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" "
           "sqref=\"A2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>";
    // Made once, not per cell.
    const QByteArray moneyStyle = style(Parts::Money);
    const QByteArray dayStyle = style(Parts::Day);
    const std::vector<double> widths = columnWidths(table);
    for (std::size_t column = 0; column < widths.size(); ++column)
        out << "<col min=\"" << qint64(column + 1) << "\" max=\"" << qint64(column + 1) << "\" width=\""
            << QByteArray::number(widths[column], 'f', 2) << "\" customWidth=\"1\"/>";
    out << "</cols><sheetData><row r=\"1\">";
    for (int column = 0; column < table.columnCount(); ++column) {
        out << "<c r=\"" << letters[std::size_t(column)] << "1\"" << style(Parts::Header) << " t=\"inlineStr\"><is><t>";
        out.text(table.columns()[std::size_t(column)].title);
        out << "</t></is></c>";
    }
    out << "</row>";

    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const qint64 sheetRow = row + 2;
        out << "<row r=\"" << sheetRow << "\">";
        for (int column = 0; column < table.columnCount(); ++column) {
            const TableCell &cell = table.cell(row, column);
            const CellType type = table.columns()[std::size_t(column)].type;
            if (type == CellType::Text) {
                if (cell.text.isEmpty())
                    continue;
                if (cell.text.size() > cellTextLimit)
                    throw InputError(QStringLiteral("sheet '%1', row %2: a cell is longer than Excel allows "
                                                    "(32,767 characters)")
                                         .arg(table.title())
                                         .arg(sheetRow));
                // An inline string: never a formula, whatever it starts with.
                const bool edgeSpace = cell.text.front().isSpace() || cell.text.back().isSpace();
                out << "<c r=\"" << letters[std::size_t(column)] << sheetRow << "\" t=\"inlineStr\"><is>"
                    << (edgeSpace ? "<t xml:space=\"preserve\">" : "<t>");
                out.text(cell.text);
                out << "</t></is></c>";
                continue;
            }
            if (!cell.hasNumber)
                continue;
            out << "<c r=\"" << letters[std::size_t(column)] << sheetRow << "\"";
            if (type == CellType::Money)
                out << moneyStyle;
            if (type == CellType::Date) {
                // Excel's day number: days since 1899-12-30 (its 1900 leap-year bug included).
                out << dayStyle << "><v>" << cell.date().toJulianDay() - QDate(1899, 12, 30).toJulianDay()
                    << "</v></c>";
            } else {
                // Excel keeps numbers as doubles; whole won below 2^53 stays exact.
                out << "><v>" << cell.number << "</v></c>";
            }
        }
        out << "</row>";
        out.flushIfFull();
    }

    if (table.hasTotals() && table.rowCount() > 0) {
        out << "<row r=\"" << lastRow << "\">";
        const int labelColumn = totalsLabelColumn(table);
        for (int column = 0; column < table.columnCount(); ++column) {
            const TableColumn &spec = table.columns()[std::size_t(column)];
            const QByteArray &letter = letters[std::size_t(column)];
            if (column == labelColumn) {
                out << "<c r=\"" << letter << lastRow << "\"" << style(Parts::TotalLabel) << " t=\"inlineStr\"><is><t>";
                out.text(table.totalsLabel());
                out << "</t></is></c>";
            } else if (spec.summed) {
                // The formula keeps the total right when the publisher edits a row; the stored value is for
                // viewers that do not calculate.
                out << "<c r=\"" << letter << lastRow << "\""
                    << style(spec.type == CellType::Money ? Parts::TotalMoney : Parts::TotalInteger) << "><f>SUM("
                    << letter << "2:" << letter << lastRow - 1 << ")</f><v>" << table.total(column) << "</v></c>";
            } else {
                out << "<c r=\"" << letter << lastRow << "\"" << style(Parts::TotalLabel) << "/>";
            }
        }
        out << "</row>";
    }
    out << "</sheetData>";
    if (table.rowCount() > 0)
        out << "<autoFilter ref=\"A1:" << lastColumn << table.rowCount() + 1 << "\"/>";
    out << "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
           "<pageSetup paperSize=\"9\"/></worksheet>\n";
    out.flush();
}

} // namespace

int XlsxWriter::displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit)) {
            ++i;        // the pair is one character,
            width += 2; // most of them wide (CJK extensions, emoji)
        } else {
            // Hangul Jamo and everything from the CJK radicals on (Hangul syllables, Han, full-width forms).
            width += (unit >= 0x1100 && unit <= 0x115F) || (unit >= 0x2E80 && unit <= 0xD7A3) ||
                             (unit >= 0xF900 && unit <= 0xFAFF) || (unit >= 0xFF00 && unit <= 0xFF60)
                         ? 2
                         : 1;
        }
    }
    return width;
}

QString XlsxWriter::sheetName(const QString &title, const QStringList &taken)
{
    QString base;
    for (const QChar c : title) {
        if (QStringView(u"[]:*?/\\").contains(c))
            base += u' ';
        else if (c.category() != QChar::Other_Control)
            base += c;
    }
    base = base.simplified();
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");

    const auto fit = [](QString name, qsizetype limit) {
        if (name.size() > limit) {
            name.truncate(limit);
            if (name.back().isHighSurrogate())
                name.chop(1);
        }
        return name.trimmed();
    };
    const auto isTaken = [&](const QString &name) {
        return taken.contains(name, Qt::CaseInsensitive) || name.compare(u"History", Qt::CaseInsensitive) == 0;
    };
    QString name = fit(base, sheetNameLimit);
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = fit(base, sheetNameLimit - suffix.size()) + suffix;
    }
    return name;
}

QByteArray XlsxWriter::toBytes(const TableDocument &document)
{
    if (document.tables.empty())
        throw InputError(QStringLiteral("a workbook needs at least one table"));
    QStringList names;
    for (const DocumentTable &table : document.tables)
        names << sheetName(table.title(), names);
    const QDateTime created =
        document.date.isValid() ? document.date.startOfDay(Qt::UTC) : QDateTime::currentDateTimeUtc();
    const int sheets = int(document.tables.size());

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        throw StorageError(QStringLiteral("cannot start the workbook (zip error %1)").arg(zip.getZipError()));
    const auto writePart = [&](const QString &name, const QByteArray &content) {
        Part part(zip, name, created);
        part.write(content);
        part.finish();
    };
    writePart(QStringLiteral("[Content_Types].xml"), XlsxWorkbookParts::contentTypes(sheets));
    writePart(QStringLiteral("_rels/.rels"), XlsxWorkbookParts::rootRelationships());
    writePart(QStringLiteral("docProps/core.xml"), XlsxWorkbookParts::coreProperties(document, created));
    writePart(QStringLiteral("xl/workbook.xml"), XlsxWorkbookParts::workbook(names, document));
    writePart(QStringLiteral("xl/_rels/workbook.xml.rels"), XlsxWorkbookParts::workbookRelationships(sheets));
    writePart(QStringLiteral("xl/styles.xml"), XlsxWorkbookParts::styles());
    for (int i = 0; i < sheets; ++i) {
        const DocumentTable &table = document.tables[std::size_t(i)];
        std::vector<QByteArray> letters;
        for (int column = 0; column < std::max(table.columnCount(), 1); ++column)
            letters.push_back(xlsxColumnLetters(column));
        Part part(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), created);
        XlsxXmlOut out(part.device());
        writeSheet(out, table, letters);
        part.finish();
    }
    zip.close();
    if (zip.getZipError() != 0)
        throw StorageError(QStringLiteral("cannot finish the workbook (zip error %1)").arg(zip.getZipError()));
    return bytes;
}

void XlsxWriter::writeFile(const TableDocument &document, const QString &path)
{
    writePrivateFile(path, toBytes(document));
}

} // namespace gonggu
