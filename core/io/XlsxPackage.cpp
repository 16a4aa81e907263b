#include "XlsxPackage.h"

#include "domain/Errors.h"

#include <QDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace gonggu {

using namespace Qt::StringLiterals;

namespace {

QString directoryOf(const QString &partPath)
{
    const qsizetype slash = partPath.lastIndexOf(u'/');
    return slash < 0 ? QString() : partPath.first(slash + 1);
}

// Relationship targets are URIs relative to the part that owns them, or absolute from the package root.
QString resolveTarget(const QString &ownerPath, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    if (decoded.startsWith(u'/'))
        return QDir::cleanPath(decoded.sliced(1));
    return QDir::cleanPath(directoryOf(ownerPath) + decoded);
}

// Relationship types differ between transitional and strict OOXML only in their prefix.
bool hasType(const QString &type, QStringView kind)
{
    return type.endsWith(u'/' + kind.toString());
}

} // namespace

XlsxPackage::XlsxPackage(const QByteArray &bytes, const QString &sourceName, qint64 maxPartBytes)
    : m_sourceName(sourceName), m_maxPartBytes(maxPartBytes), m_bytes(bytes), m_buffer(&m_bytes),
      m_zip(std::make_unique<QuaZip>(&m_buffer))
{
    if (!m_zip->open(QuaZip::mdUnzip))
        fail(QStringLiteral("the zip archive is damaged or incomplete"));
}

XlsxPackage::~XlsxPackage() = default;

void XlsxPackage::fail(const QString &detail) const
{
    throw InputError(QStringLiteral("%1 is not a readable Excel workbook: %2").arg(m_sourceName, detail));
}

std::optional<QByteArray> XlsxPackage::part(const QString &path)
{
    // Zip tools on Windows may change the case of a part name; Excel does not mind, so neither do we.
    if (!m_zip->setCurrentFile(path, QuaZip::csInsensitive))
        return std::nullopt;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1 cannot be unpacked (it may be encrypted or damaged)").arg(path));
    QByteArray data;
    char chunk[64 * 1024];
    qint64 got = 0;
    // Read in chunks against the limit instead of trusting the declared size: a zip bomb lies about it.
    while ((got = file.read(chunk, sizeof chunk)) > 0) {
        if (data.size() + got > m_maxPartBytes)
            throw InputError(QStringLiteral("%1 is too large to read: %2 unpacks to more than %3 MB")
                                 .arg(m_sourceName, path)
                                 .arg(m_maxPartBytes / (1024 * 1024)));
        data.append(chunk, got);
    }
    file.close(); // the CRC is checked on close
    if (got < 0 || file.getZipError() != UNZ_OK)
        fail(QStringLiteral("%1 is damaged").arg(path));
    return data;
}

QHash<QString, XlsxPackage::Relationship> XlsxPackage::relationships(const QString &partPath)
{
    QHash<QString, Relationship> found;
    const QString relsPath = directoryOf(partPath) + QStringLiteral("_rels/") +
                             partPath.sliced(directoryOf(partPath).size()) + QStringLiteral(".rels");
    const std::optional<QByteArray> xmlBytes = part(relsPath);
    if (!xmlBytes)
        return found;
    QXmlStreamReader xml(*xmlBytes);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value("TargetMode"_L1) != u"External") {
                found.insert(attributes.value("Id"_L1).toString(),
                             {attributes.value("Type"_L1).toString(),
                              resolveTarget(partPath, attributes.value("Target"_L1).toString())});
            }
            xml.skipCurrentElement();
        } else if (xml.name() != u"Relationships") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        fail(QStringLiteral("%1 is damaged (%2)").arg(relsPath, xml.errorString()));
    return found;
}

XlsxPackage::FirstSheet XlsxPackage::locateFirstSheet()
{
    FirstSheet sheet;
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    for (const Relationship &relationship : relationships(QString())) { // the package's own: _rels/.rels
        if (hasType(relationship.type, u"officeDocument"))
            workbookPath = relationship.target;
    }
    const std::optional<QByteArray> workbook = part(workbookPath);
    if (!workbook)
        fail(QStringLiteral("it has no workbook part (is it an Excel file?)"));

    // Sheets in tab order; the first worksheet (chart sheets are skipped) is the one read.
    const QHash<QString, Relationship> workbookRelationships = relationships(workbookPath);
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const QString flag = xml.attributes().value("date1904"_L1).toString();
            sheet.date1904 = flag == u"1" || flag == u"true";
        } else if (xml.name() == u"sheet") {
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                // r:id, whatever prefix the producer bound to the relationships namespace
                if (attribute.name() != u"id" || attribute.namespaceUri().isEmpty())
                    continue;
                const Relationship relationship = workbookRelationships.value(attribute.value().toString());
                if (hasType(relationship.type, u"worksheet") && sheet.sheetPath.isEmpty()) {
                    sheet.sheetPath = relationship.target;
                    sheet.name = xml.attributes().value("name"_L1).toString();
                }
            }
        }
    }
    if (xml.hasError())
        fail(QStringLiteral("%1 is damaged (%2)").arg(workbookPath, xml.errorString()));
    if (sheet.sheetPath.isEmpty())
        fail(QStringLiteral("it has no worksheet"));

    // Some generators leave these two out of the relationships; looking under their usual names costs nothing.
    sheet.sharedStringsPath = directoryOf(workbookPath) + QStringLiteral("sharedStrings.xml");
    sheet.stylesPath = directoryOf(workbookPath) + QStringLiteral("styles.xml");
    for (const Relationship &relationship : workbookRelationships) {
        if (hasType(relationship.type, u"sharedStrings"))
            sheet.sharedStringsPath = relationship.target;
        else if (hasType(relationship.type, u"styles"))
            sheet.stylesPath = relationship.target;
    }
    return sheet;
}

} // namespace gonggu
