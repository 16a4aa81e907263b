#include "XlsxPackage.h"

#include "domain/Errors.h"

#include <QDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>

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

// minizip's own case-insensitive name comparison: zip tools on Windows may change the case of a part name, and
// Excel does not mind.
constexpr int caseInsensitive = 2;

/** Bytes in memory as minizip's file functions see a file: read-only, never seeked past either end. */
struct MemoryFile
{
    const QByteArray *bytes = nullptr;
    qint64 position = 0;
};

voidpf ZCALLBACK openMemory(voidpf opaque, const void *, int mode)
{
    return (mode & ZLIB_FILEFUNC_MODE_WRITE) ? nullptr : opaque;
}

uLong ZCALLBACK readMemory(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *file = static_cast<MemoryFile *>(stream);
    const qint64 count = std::min<qint64>(qint64(size), file->bytes->size() - file->position);
    std::memcpy(buffer, file->bytes->constData() + file->position, std::size_t(count));
    file->position += count;
    return uLong(count);
}

uLong ZCALLBACK writeMemory(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellMemory(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryFile *>(stream)->position);
}

long ZCALLBACK seekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<MemoryFile *>(stream);
    const qint64 size = file->bytes->size();
    // Offsets come from the archive itself, so a damaged one may point anywhere.
    if (offset > ZPOS64_T(size))
        return -1;
    qint64 position = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        position = qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        position = file->position + qint64(offset);
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        position = size - qint64(offset);
        break;
    default:
        return -1;
    }
    if (position < 0 || position > size)
        return -1;
    file->position = position;
    return 0;
}

int ZCALLBACK closeMemory(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

} // namespace

struct XlsxPackage::Archive
{
    explicit Archive(const QByteArray &bytes) : bytes(bytes), file{&this->bytes, 0}
    {
        zlib_filefunc64_def functions{openMemory, readMemory,  writeMemory, tellMemory,
                                      seekMemory, closeMemory, memoryError, &file};
        zip = unzOpen2_64(nullptr, &functions);
    }
    ~Archive()
    {
        if (zip)
            unzClose(zip);
    }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    QByteArray bytes;
    MemoryFile file;
    unzFile zip = nullptr;
};

XlsxPackage::XlsxPackage(const QByteArray &bytes, const QString &sourceName, qint64 maxPartBytes)
    : m_sourceName(sourceName), m_maxPartBytes(maxPartBytes), m_archive(std::make_unique<Archive>(bytes))
{
    if (!m_archive->zip)
        fail(QStringLiteral("the zip archive is damaged or incomplete"));
}

XlsxPackage::~XlsxPackage() = default;

void XlsxPackage::fail(const QString &detail) const
{
    throw InputError(QStringLiteral("%1 is not a readable Excel workbook: %2").arg(m_sourceName, detail));
}

std::optional<QByteArray> XlsxPackage::part(const QString &path)
{
    const unzFile zip = m_archive->zip;
    const int located = unzLocateFile(zip, path.toUtf8().constData(), caseInsensitive);
    // A name too long for minizip to look up (a parameter error) cannot be a part Excel wrote either.
    if (located == UNZ_END_OF_LIST_OF_FILE || located == UNZ_PARAMERROR)
        return std::nullopt;
    if (located != UNZ_OK)
        fail(QStringLiteral("the zip archive is damaged or incomplete"));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK || (info.flag & 1) != 0 ||
        unzOpenCurrentFile(zip) != UNZ_OK)
        fail(QStringLiteral("%1 cannot be unpacked (it may be encrypted or damaged)").arg(path));

    QByteArray data;
    char chunk[64 * 1024];
    int got = 0;
    // Read in chunks against the limit instead of trusting the declared size: a zip bomb lies about it.
    while ((got = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0) {
        if (data.size() + got > m_maxPartBytes)
            throw InputError(QStringLiteral("%1 is too large to read: %2 unpacks to more than %3 MB")
                                 .arg(m_sourceName, path)
                                 .arg(m_maxPartBytes / (1024 * 1024)));
        data.append(chunk, got);
    }
    // The CRC is checked on closing, but only once the declared size was reached: a stream cut short is caught by
    // its size.
    const int closed = unzCloseCurrentFile(zip);
    if (got < 0 || closed != UNZ_OK || ZPOS64_T(data.size()) != info.uncompressed_size)
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
