#pragma once

#include "domain/Clock.h"

#include <QString>

namespace gonggu {

/** What a backup holds, read without writing to it. */
struct BackupContents
{
    int schemaVersion = 0;
    int rounds = 0;
    int buyers = 0; // people with an order that is not cancelled, in any round
};

/** Puts a workspace back as one of its backups (or any other workspace file) holds it. The backup is checked
 *  first and the current file is kept as a before-restore backup, so a restore can itself be undone; every
 *  refusal leaves the workspace exactly as it was. */
class BackupRestore
{
public:
    struct Outcome
    {
        BackupContents restored;
        QString beforeRestorePath; // empty when there was no workspace file to keep
    };

    /** Reads what a backup holds without changing it. InputError when it is not a Gonggu workspace this version
     *  can open (another file, another program's database, a newer version). Cheap: a few counts. */
    static BackupContents peek(const QString &backupPath);
    /** peek() plus SQLite's integrity and foreign key checks: InputError when the backup is damaged. */
    static BackupContents verify(const QString &backupPath);

    /** Replaces the workspace file with the backup: verify(), a private staging copy that must open as a
     *  workspace (an older backup is brought up to date there), a copy of the current file in the backups
     *  folder, then one atomic rename. The workspace must not be open in this process; InputError (nothing
     *  changed) when the backup is refused or another program has the workspace open. */
    static Outcome restore(const QString &workspacePath, const QString &backupPath, const Clock &clock);
};

} // namespace gonggu
