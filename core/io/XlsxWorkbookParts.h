#pragma once

#include "TableDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace gonggu {

/** The parts of an .xlsx package around its worksheets: content types, relationships, the workbook with its sheet
 *  names, filter ranges and print titles, the cell styles, and the document's title and author. */
class XlsxWorkbookParts
{
public:
    /** The cell styles styles() defines, by their index (the s="…" of a cell). */
    enum Style
    {
        Plain = 0,
        Header = 1,       // bold, grey, a rule below
        Money = 2,        // #,##0
        Day = 3,          // yyyy-mm-dd
        TotalLabel = 4,   // bold, a rule above
        TotalInteger = 5, // bold, a rule above
        TotalMoney = 6    // bold, a rule above, #,##0
    };

    static QByteArray contentTypes(int sheets);
    static QByteArray rootRelationships();
    static QByteArray coreProperties(const TableDocument &document, const QDateTime &created);
    /** The workbook: \a names are the sheets' names, one per table of \a document. */
    static QByteArray workbook(const QStringList &names, const TableDocument &document);
    static QByteArray workbookRelationships(int sheets);
    static QByteArray styles();
};

} // namespace gonggu
