#include "PdfWriter.h"

#include "DocumentPainter.h"
#include "PrivateFile.h"
#include "domain/Errors.h"

#include <QBuffer>
#include <QPageSize>
#include <QPdfWriter>

namespace gonggu {

QByteArray PdfWriter::toBytes(const TableDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Gonggu"));
        writer.setTitle(document.subtitle.isEmpty() ? document.title
                                                    : document.title + QStringLiteral(" — ") + document.subtitle);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(12, 12, 12, 10), QPageLayout::Millimeter);
        const DocumentPainter painter(document);
        writer.setPageOrientation(painter.preferredOrientation(writer));
        painter.paint(writer);
    } // the writer finishes the file when it goes
    return bytes;
}

void PdfWriter::writeFile(const TableDocument &document, const QString &path)
{
    writePrivateFile(path, toBytes(document));
}

} // namespace gonggu
