#pragma once

#include "io/CsvWriter.h"
#include "io/TableDocument.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gonggu {

/** The file formats a document can be written in. */
enum class ExportFormat
{
    Csv,
    Xlsx,
    Pdf
};

QString toKey(ExportFormat format); // "csv", "xlsx", "pdf"
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
/** The format a file name's suffix names (".CSV" too); nullopt for any other. */
std::optional<ExportFormat> exportFormatFromPath(const QString &path);
QStringList exportFormatKeys();

/** Writes a document in one of the formats, the same tables in each: CSV (a document of several tables puts
 *  each under its title, a blank line between them), XLSX (a sheet per table) or PDF. The file is replaced
 *  only when complete and is private (0600); InputError or StorageError otherwise, with the old file intact. */
void writeDocument(const TableDocument &document, ExportFormat format, const QString &path,
                   const CsvFormat &csvFormat = {});

/** The CSV text of a document, as writeDocument() writes it. */
CsvWriter documentCsv(const TableDocument &document, const CsvFormat &csvFormat = {});

} // namespace gonggu
