#include "WorkspaceLock.h"

#include "domain/Errors.h"

#include <QFile>
#include <QFileInfo>

namespace gonggu {

WorkspaceLock::WorkspaceLock(const QString &workspacePath) : m_file(lockPathFor(workspacePath))
{
    // Held for as long as the window is open, which may be days: only a lock whose process is gone is stale,
    // never one that is merely old (QLockFile's default is 30 seconds).
    m_file.setStaleLockTime(0);
}

WorkspaceLock::~WorkspaceLock() = default; // QLockFile removes its file when it held it

QString WorkspaceLock::lockPathFor(const QString &workspacePath)
{
    // The same lock for every name of the file (a link, a relative path).
    const QFileInfo info(workspacePath);
    if (info.exists())
        return info.canonicalFilePath() + QStringLiteral(".lock");
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName()) + QStringLiteral(".lock");
}

bool WorkspaceLock::tryLock()
{
    if (m_file.isLocked())
        return true;
    if (m_file.tryLock(0)) {
        // QLockFile creates it under the user's umask; it names the host and process, so keep it private.
        QFile::setPermissions(m_file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return true;
    }
    if (m_file.error() == QLockFile::LockFailedError)
        return false;
    throw InputError(
        QStringLiteral("cannot write the lock file '%1' (is the folder read-only?)").arg(m_file.fileName()));
}

std::optional<WorkspaceLock::Holder> WorkspaceLock::holder() const
{
    Holder holder;
    QString application;
    if (!m_file.getLockInfo(&holder.pid, &holder.host, &application))
        return std::nullopt;
    return holder;
}

} // namespace gonggu
