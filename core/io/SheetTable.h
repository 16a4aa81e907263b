#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace gonggu {

/** One row of an imported sheet, with the line (CSV) or row number (XLSX) the user sees in their
 *  editor, so that messages can say "line 14: …". */
struct SheetRow
{
    int line = 0;
    QStringList cells;
};

/** A sheet as read from a CSV or XLSX file: text cells only, before any meaning is given to them.
 *  Rows whose cells are all empty are left out; which row is the header is the importer's call
 *  (bank exports put an account preamble above it). */
struct SheetData
{
    std::vector<SheetRow> rows;
    // What the text was decoded from: "UTF-8", "UTF-8 with BOM", "CP949", "UTF-16LE", "UTF-16BE", "XLSX",
    // "XLS", or the encoding a caller forced.
    QString encoding;
};

/** A row that cannot be imported, with the reason the user reads ("copies '두 권' is not a number"). */
struct RejectedRow
{
    int line = 0;
    QString reason;
};

} // namespace gonggu
