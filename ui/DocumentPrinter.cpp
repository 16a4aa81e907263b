#include "DocumentPrinter.h"

#include "io/DocumentPainter.h"

#include <QGuiApplication>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QWidget>

namespace gonggu {

void DocumentPrinter::setUp(QPrinter &printer, const TableDocument &document)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    // As PdfWriter sets them, so that paper and PDF break the pages alike.
    printer.setPageMargins(QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter);
    printer.setPageOrientation(DocumentPainter(document).preferredOrientation(printer));
    printer.setDocName(document.subtitle.isEmpty() ? document.title
                                                   : QStringLiteral("%1 — %2").arg(document.title, document.subtitle));
    printer.setCreator(QCoreApplication::applicationName());
}

int DocumentPrinter::print(QPrinter &printer, const TableDocument &document)
{
    return DocumentPainter(document).paint(printer);
}

void DocumentPrinter::preview(const TableDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(document.title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { print(*target, document); });
    // A page tall enough to read, on screens that have the room.
    QSize size(900, 1000);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    dialog.resize(size);
    dialog.exec();
}

} // namespace gonggu
