#pragma once

#include "SheetTable.h"

#include <QByteArray>
#include <QString>

namespace gonggu {

/** Bounds on the work any .xls file can cause; tests lower them. */
struct XlsLimits
{
    // FreeXL spends tens of seconds on the largest sheets BIFF8 holds (65,536 rows of dates), and can
    // spend hours on a damaged one: past this the read is given up.
    int timeoutMs = 120'000;
};

/** Reads the first worksheet of a legacy Excel 97–2003 workbook (.xls, BIFF5/BIFF8) into a SheetData with
 *  the text XlsxReader gives the same cells: numbers without exponents or ".0", dates as "yyyy-MM-dd"
 *  (with " HH:mm:ss" when the format shows a time), rows numbered as Excel shows them.
 *
 *  FreeXL does the decoding. It keeps no formula results (formula cells read as empty) and reports TRUE
 *  and FALSE as 1 and 0. It also crashes on some damaged files, so it runs in a short-lived child process:
 *  a file that crashes or hangs it costs an InputError, never the application. */
class XlsReader
{
public:
    /** Whether \a bytes start like an OLE compound file, as .xls (and .doc, and an .xlsx with a password
     *  to open) do. */
    static bool isCompoundFile(const QByteArray &bytes);

    /** Reads the file at \a path. Throws InputError for anything that is not a readable workbook. */
    static SheetData readFile(const QString &path);

    /** Reads \a bytes as an .xls file; \a sourceName names it in messages. */
    static SheetData readBytes(const QByteArray &bytes, const QString &sourceName = {}, const XlsLimits &limits = {});
};

} // namespace gonggu
