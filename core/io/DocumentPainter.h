#pragma once

#include "TableDocument.h"

#include <QPageLayout>

class QPagedPaintDevice;
class QPaintDevice;

namespace gonggu {

/** Lays a TableDocument out on pages and paints it for paper: the title, round and contact at the top (short
 *  on later pages), each table with its header row repeated on every page it spans, rows as tall as their
 *  wrapped text, numbers on the right, and "n / N" at the foot. Paints on any paged device, a QPdfWriter or the
 *  GUI's QPrinter, whose page layout the caller has set. Text needs a QGuiApplication (the platform's fonts). */
class DocumentPainter
{
public:
    explicit DocumentPainter(const TableDocument &document) : m_document(document) {}

    /** Portrait, unless a table would have to squeeze its text columns too narrow to read on a portrait page
     *  of \a device (measured with its fonts, before anything is painted). */
    QPageLayout::Orientation preferredOrientation(const QPagedPaintDevice &device) const;

    /** Paints every page on \a device; returns how many there are. */
    int paint(QPagedPaintDevice &device) const;

    /** The family every text is set in: it has every Hangul syllable, and PDF viewers get it embedded. */
    static QString fontFamily();

private:
    const TableDocument &m_document;
};

} // namespace gonggu
