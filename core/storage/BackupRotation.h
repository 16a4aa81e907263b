#pragma once

#include "domain/Clock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace gonggu {

class Workspace;

enum class BackupKind
{
    Rolling,      // taken when the workspace is opened; only the newest few are kept
    BeforeRestore // the workspace as it was just before a restore replaced it; never pruned
};

/** One backup file in a workspace's backups folder. */
struct BackupFile
{
    QString path;
    QDateTime taken; // local time, read from the file name
    qint64 bytes = 0;
    BackupKind kind = BackupKind::Rolling;
};

/** The backups of one workspace: a private folder next to it ("<name>.backups", 0700) with one private file
 *  per backup, named after the local time it was taken ("<name>-YYYYMMDD-HHMMSS.gonggu"). Only the newest
 *  rolling backups are kept; the copies made before a restore ("…-before-restore.gonggu") are listed with
 *  them but never pruned, so that a restore can itself be undone. */
class BackupRotation
{
public:
    static constexpr int defaultKeep = 10;
    static constexpr int maximumKeep = 100;

    BackupRotation(const QString &workspacePath, const Clock &clock);

    QString workspacePath() const { return m_workspacePath; }
    /** The backups folder; it may not exist yet. */
    QString folder() const;
    /** Creates the backups folder when missing and makes it private to the user. */
    void ensureFolder() const;

    /** Every backup in the folder, newest first. */
    std::vector<BackupFile> list() const;
    /** A free path in the folder for a backup of this kind taken now (the folder is created). */
    QString newBackupPath(BackupKind kind) const;

    /** Whether the workspace file was written after its newest rolling backup (true when there is none; false
     *  when the workspace does not exist). Opening an unchanged workspace again need not push an older backup
     *  out. Ask before opening the workspace: an open connection touches its write-ahead log. */
    bool changedSinceNewestBackup() const;
    /** Writes a rolling backup of the open workspace into the folder and prunes to `keep`; returns it.
     *  InputError for a `keep` outside 1…maximumKeep or a folder that cannot be written. */
    BackupFile takeRollingBackup(const Workspace &workspace, int keep) const;
    /** Deletes the oldest rolling backups beyond the newest `keep`; returns the deleted paths. */
    QStringList prune(int keep) const;

    /** InputError unless 1 ≤ keep ≤ maximumKeep. */
    static void checkKeep(int keep);

private:
    QString baseName() const;
    QRegularExpression namePattern() const;

    QString m_workspacePath;
    const Clock &m_clock;
};

} // namespace gonggu
