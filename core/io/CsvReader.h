#pragma once

#include "SheetTable.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

namespace gonggu {

/** Reads CSV and other delimited text (RFC 4180, as Excel, web forms and Korean banks write it) into
 *  a SheetData: any byte sequence gives rows or an InputError, in time linear in its size. */
class CsvReader
{
public:
    // Excel's own column limit; with the cell limit it bounds the memory any input can take.
    static constexpr int maxColumns = 16384;
    static constexpr qint64 maxCells = 10'000'000;
    // Excel's limit on the text of one cell: a longer field is a damaged or wrong file, not a form answer.
    static constexpr qsizetype maxCellChars = 32767;

    /** Reads the file at \a path, detecting its encoding unless \a encoding names one. Throws InputError. */
    static SheetData readFile(const QString &path, const QString &encoding = {});

    /** Reads \a bytes as a file; \a sourceName names it in messages. Throws InputError. */
    static SheetData readBytes(const QByteArray &bytes, const QString &sourceName = {}, const QString &encoding = {});

    /** Splits decoded \a text into rows, each with the physical line its record starts on; rows that are
     *  all blank are left out. Throws InputError for an unclosed quote, too many cells or too
     *  long a cell. */
    static std::vector<SheetRow> parse(QStringView text, const QString &sourceName = {});

    /** Comma, tab or semicolon: whichever splits the first records most consistently (comma if none). */
    static QChar detectDelimiter(QStringView text);
};

} // namespace gonggu
