#include "DocumentPrinter.h"

#include "io/DocumentPainter.h"

#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>

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
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace gonggu
