#pragma once

#include "TableDocument.h"

#include <QFont>
#include <QString>

#include <vector>

class QPaintDevice;

namespace gonggu {

/** How a table is set on paper: the fonts, the text each cell prints (won with digit groups, days as
 *  yyyy-MM-dd), and column widths measured on the device and fitted to the page. */
class PrintedTable
{
public:
    static constexpr double bodyPoints = 8.5;
    static constexpr double cellPaddingMm = 1.3;

    /** The family every text is set in: it has every Hangul syllable, and PDF viewers get it embedded. */
    static QString fontFamily();
    static QFont font(double points, bool bold = false);

    static QString cellText(const TableCell &cell, CellType type);
    /** The total of a summed column as its cells print; empty for the others. */
    static QString totalText(const DocumentTable &table, int column);
    /** The column that carries the totals row's label: the first that is not a sum (-1 when all are). */
    static int totalsLabelColumn(const DocumentTable &table);

    /** How wide each column would like to be on a device (its pixels), and the least a text column may be
     *  squeezed to (wrapping) before it stops being readable. Numbers and days never wrap. */
    struct Widths
    {
        std::vector<double> natural;
        std::vector<double> least;
    };
    static Widths measure(const DocumentTable &table, const QPaintDevice &device);

    /** Fits the columns into \a available pixels: numbers keep their width, text columns share what is left as
     *  evenly as their content allows (a column that needs less keeps less); room to spare widens every column a
     *  little, then goes to the columns meant for writing by hand, or else to the text columns. */
    static std::vector<double> fit(const DocumentTable &table, const Widths &natural, double available);

    static double pixelsPerMm(const QPaintDevice &device);
};

} // namespace gonggu
