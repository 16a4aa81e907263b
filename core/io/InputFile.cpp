#include "InputFile.h"

#include "domain/Errors.h"

#include <QFile>
#include <QFileInfo>

namespace gonggu {

QString InputFile::displayName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

QByteArray InputFile::readAll(const QString &path)
{
    const QString name = displayName(path);
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(QStringLiteral("%1 does not exist").arg(path));
    // QFile refuses a folder but explains it only as "Unknown error".
    if (info.isDir())
        throw InputError(QStringLiteral("%1 is a folder, not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("cannot read %1: %2").arg(name, file.errorString()));
    // Read in chunks rather than trusting size(): pipes and /proc files report none, and a file may grow.
    QByteArray bytes;
    bytes.reserve(qBound<qint64>(0, file.size(), maxBytes));
    char chunk[64 * 1024];
    qint64 got = 0;
    while ((got = file.read(chunk, sizeof chunk)) > 0) {
        if (bytes.size() + got > maxBytes)
            throw InputError(QStringLiteral("%1 is larger than %2 MB; that is not a sheet Gonggu can import")
                                 .arg(name)
                                 .arg(maxBytes / (1024 * 1024)));
        bytes.append(chunk, got);
    }
    if (got < 0)
        throw InputError(QStringLiteral("cannot read %1: %2").arg(name, file.errorString()));
    if (bytes.isEmpty())
        throw InputError(QStringLiteral("%1 is empty").arg(name));
    return bytes;
}

} // namespace gonggu
