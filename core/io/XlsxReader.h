#pragma once

#include "SheetTable.h"

#include <QByteArray>
#include <QString>

namespace gonggu {

/** Bounds on the work any .xlsx file can cause, zip bombs included; tests lower them. */
struct XlsxLimits
{
    qint64 maxPartBytes = 200 * 1024 * 1024; // one XML part, unpacked
    qint64 maxCells = 10'000'000;            // cells kept, counting the empty ones between them
};

/** Reads the first worksheet of an Excel .xlsx file into a SheetData, as the text Excel shows: numbers
 *  without exponents or ".0", dates as "yyyy-MM-dd" (with " HH:mm:ss" when the format shows a time),
 *  formulas as their last computed value, never evaluated. Rows end at their last non-empty cell. */
class XlsxReader
{
public:
    /** Reads the file at \a path. Throws InputError for anything that is not a readable workbook. */
    static SheetData readFile(const QString &path);

    /** Reads \a bytes as an .xlsx file; \a sourceName names it in messages. */
    static SheetData readBytes(const QByteArray &bytes, const QString &sourceName = {}, const XlsxLimits &limits = {});
};

} // namespace gonggu
