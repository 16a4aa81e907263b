#pragma once

#include <QLockFile>
#include <QString>

#include <optional>

namespace gonggu {

/** Says that a Gonggu window has a workspace open: a private lock file beside it ("<workspace>.lock") holding
 *  the window's process id and host, for as long as this object holds it. SQLite already keeps concurrent
 *  writers apart; the lock keeps two windows from each working on a picture of the workspace that the other
 *  one silently changes, and keeps a restore from swapping the file under a window. A lock left by a process
 *  that is gone (a crash) is taken over. */
class WorkspaceLock
{
public:
    /** Who holds a lock this process could not take. */
    struct Holder
    {
        qint64 pid = 0;
        QString host;
    };

    explicit WorkspaceLock(const QString &workspacePath);
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    static QString lockPathFor(const QString &workspacePath);
    QString lockPath() const { return m_file.fileName(); }

    /** Takes the lock; false when another Gonggu window (process) holds it, see holder(). InputError when the
     *  lock file cannot be written at all (a read-only folder). */
    bool tryLock();
    bool isLocked() const { return m_file.isLocked(); }
    /** Who holds the lock, as its file says; nullopt when nobody does or the file is unreadable. */
    std::optional<Holder> holder() const;

private:
    QLockFile m_file;
};

} // namespace gonggu
