#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace gonggu {

/** An .xlsx opened as what it is, a zip of XML parts, with the parts its first worksheet needs found the
 *  way Excel finds them (through the package relationships, not by conventional names). */
class XlsxPackage
{
public:
    /** Where the first worksheet and the parts it refers to live (which need not exist). */
    struct FirstSheet
    {
        QString name;
        QString sheetPath;
        QString sharedStringsPath;
        QString stylesPath;
        bool date1904 = false;
    };

    /** Opens \a bytes as a zip; throws InputError naming \a sourceName if it is not one. No part is read
     *  past \a maxPartBytes once unpacked, whatever the archive claims. */
    XlsxPackage(const QByteArray &bytes, const QString &sourceName, qint64 maxPartBytes);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    FirstSheet locateFirstSheet();

    /** The unpacked part at \a path, or nothing if the archive has no such part. Throws if it is damaged. */
    std::optional<QByteArray> part(const QString &path);

    /** How messages name the file. */
    const QString &sourceName() const { return m_sourceName; }

    /** Throws the InputError for a package that is not a readable workbook, with \a detail as the reason. */
    [[noreturn]] void fail(const QString &detail) const;

private:
    struct Relationship
    {
        QString type;
        QString target;
    };
    QHash<QString, Relationship> relationships(const QString &partPath);

    struct Archive; // the zip as minizip reads it, from the bytes in memory

    QString m_sourceName;
    qint64 m_maxPartBytes;
    std::unique_ptr<Archive> m_archive;
};

} // namespace gonggu
