#pragma once

#include "SheetTable.h"

#include <QByteArray>
#include <QString>

namespace gonggu {

/** Reads any sheet a coordinator is given (.xlsx, .xls or delimited text), choosing the reader by the
 *  file's content rather than its name, so a "list.xls" that is really CSV still opens. */
class SheetReader
{
public:
    /** Reads the file at \a path; \a textEncoding overrides detection for text files. Throws InputError. */
    static SheetData readFile(const QString &path, const QString &textEncoding = {});

    /** Reads \a bytes as a file; \a sourceName names it in messages. Throws InputError. */
    static SheetData readBytes(const QByteArray &bytes, const QString &sourceName = {},
                               const QString &textEncoding = {});
};

} // namespace gonggu
