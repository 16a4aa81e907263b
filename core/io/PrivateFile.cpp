#include "PrivateFile.h"

#include "domain/Errors.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace gonggu {

void writePrivateFile(const QString &path, const QByteArray &bytes)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(target).isDir())
        throw InputError(QStringLiteral("cannot write '%1': it is a folder").arg(target));
    if (!QFileInfo(target).dir().exists())
        throw InputError(QStringLiteral("cannot write '%1': the folder does not exist").arg(target));

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(QStringLiteral("cannot write '%1': %2").arg(target, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        throw StorageError(QStringLiteral("cannot make '%1' private: %2").arg(target, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(QStringLiteral("writing '%1' failed: %2").arg(target, file.errorString()));
}

} // namespace gonggu
