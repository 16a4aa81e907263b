#include "ExportFiles.h"

#include "io/PdfWriter.h"
#include "io/XlsxWriter.h"

#include <QFileInfo>

namespace gonggu {
namespace {

CsvCell csvCell(const TableCell &cell, CellType type)
{
    if (type == CellType::Text)
        return CsvCell::text(cell.text);
    if (!cell.hasNumber)
        return CsvCell::text(QString());
    if (type == CellType::Date)
        return CsvCell::text(cell.date().toString(Qt::ISODate));
    return CsvCell::number(cell.number);
}

void addTable(CsvWriter &writer, const DocumentTable &table, bool titled)
{
    if (titled)
        writer.addRow({CsvCell::text(table.title())});
    QList<CsvCell> row;
    row.reserve(table.columnCount());
    for (const TableColumn &column : table.columns())
        row << CsvCell::text(column.title);
    writer.addRow(row);
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        row.clear();
        for (int column = 0; column < table.columnCount(); ++column)
            row << csvCell(table.cell(r, column), table.columns()[std::size_t(column)].type);
        writer.addRow(row);
    }
    if (!table.hasTotals())
        return;
    row.clear();
    bool labelled = false;
    for (int column = 0; column < table.columnCount(); ++column) {
        const TableColumn &spec = table.columns()[std::size_t(column)];
        if (spec.summed) {
            row << CsvCell::number(table.total(column));
        } else if (!labelled) {
            row << CsvCell::text(table.totalsLabel());
            labelled = true;
        } else {
            row << CsvCell::text(QString());
        }
    }
    writer.addRow(row);
}

} // namespace

QString toKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        if (key == toKey(format))
            return format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString &path)
{
    return exportFormatFromKey(QFileInfo(path).suffix().toLower());
}

QStringList exportFormatKeys()
{
    return {toKey(ExportFormat::Csv), toKey(ExportFormat::Xlsx), toKey(ExportFormat::Pdf)};
}

CsvWriter documentCsv(const TableDocument &document, const CsvFormat &csvFormat)
{
    CsvWriter writer(csvFormat);
    const bool titled = document.tables.size() > 1;
    for (std::size_t i = 0; i < document.tables.size(); ++i) {
        if (i > 0)
            writer.addRow({}); // a blank line between the tables
        addTable(writer, document.tables[i], titled);
    }
    return writer;
}

void writeDocument(const TableDocument &document, ExportFormat format, const QString &path, const CsvFormat &csvFormat)
{
    switch (format) {
    case ExportFormat::Csv:
        documentCsv(document, csvFormat).writeFile(path);
        return;
    case ExportFormat::Xlsx:
        XlsxWriter::writeFile(document, path);
        return;
    case ExportFormat::Pdf:
        PdfWriter::writeFile(document, path);
        return;
    }
}

} // namespace gonggu
