#pragma once

#include "TableDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gonggu {

/** Writes a TableDocument as an Excel workbook (.xlsx): one worksheet per table with a bold, frozen header row
 *  and a filter on it, column widths from the content, won as "#,##0", days as yyyy-mm-dd, and a bold totals
 *  row of SUM formulas with their values. Text always goes in as a string cell, never as a formula.
 *
 *  libxlsxwriter writes the workbook, in constant-memory mode (row after row), to a file next to the target that
 *  replaces it only once complete. */
class XlsxWriter
{
public:
    /** InputError for a path that cannot be written or a cell Excel cannot hold; StorageError when writing
     *  fails underneath. The file at \a path is left as it was in every failing case. */
    static void writeFile(const TableDocument &document, const QString &path);
    /** The whole workbook. InputError for a cell Excel cannot hold; StorageError when writing fails. */
    static QByteArray toBytes(const TableDocument &document);

    /** A worksheet name Excel accepts, made from \a title: without []:*?/\ and apostrophes at either end, at
     *  most 31 characters, not empty, and unlike the names in \a taken (compared as Excel does, ignoring case). */
    static QString sheetName(const QString &title, const QStringList &taken);

    /** The column width Excel needs for \a text, in its character units: a wide (Hangul, CJK) character
     *  takes two. */
    static int displayWidth(QStringView text);
};

} // namespace gonggu
