#include "SheetReader.h"

#include "CsvReader.h"
#include "InputFile.h"
#include "XlsReader.h"
#include "XlsxReader.h"

namespace gonggu {

SheetData SheetReader::readBytes(const QByteArray &bytes, const QString &sourceName, const QString &textEncoding)
{
    const QString name = sourceName.isEmpty() ? QStringLiteral("the file") : sourceName;
    // Local file header, or the end record of an empty archive: either way a zip, so an .xlsx.
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return XlsxReader::readBytes(bytes, name);
    // The OLE compound file that Excel 97–2003 .xls (and .doc, and a password-protected .xlsx) files are.
    if (XlsReader::isCompoundFile(bytes))
        return XlsReader::readBytes(bytes, name);
    return CsvReader::readBytes(bytes, name, textEncoding);
}

SheetData SheetReader::readFile(const QString &path, const QString &textEncoding)
{
    return readBytes(InputFile::readAll(path), InputFile::displayName(path), textEncoding);
}

} // namespace gonggu
