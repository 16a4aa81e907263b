#pragma once

#include "io/TableDocument.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace gonggu {

/** Prints a round's document on paper: A4 laid out as the PDF is (the same DocumentPainter, landscape when a
 *  table is too wide), after a preview where the user picks the printer. */
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    /** A4 with the PDF's margins, in the orientation the document prefers, named after its title. */
    static void setUp(QPrinter &printer, const TableDocument &document);
    /** Paints every page on the printer as it is set up; returns how many. */
    static int print(QPrinter &printer, const TableDocument &document);
    /** Shows the print preview (QPrintPreviewDialog) and prints from it if the user says so. */
    static void preview(const TableDocument &document, QWidget *parent);
};

} // namespace gonggu
