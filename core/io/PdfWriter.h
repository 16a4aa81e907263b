#pragma once

#include "TableDocument.h"

#include <QByteArray>
#include <QString>

namespace gonggu {

/** Writes a TableDocument as an A4 PDF (DocumentPainter's pages, turned to landscape for wide tables) with the
 *  Hangul font embedded, so that it prints and searches the same everywhere. The file at the path is replaced
 *  only when the whole PDF is ready, and it is private to the user (0600). Needs a QGuiApplication. */
class PdfWriter
{
public:
    /** The whole PDF. StorageError when there is no QGuiApplication or drawing fails. */
    static QByteArray toBytes(const TableDocument &document);
    /** InputError for a path that cannot be written; StorageError when writing fails underneath. The file at
     *  \a path is left as it was in every failing case. */
    static void writeFile(const TableDocument &document, const QString &path);
};

} // namespace gonggu
