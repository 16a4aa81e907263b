#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace gonggu {

/** What differs between the database systems a workspace can live in: how a connection is opened and
 *  configured, where the schema version is kept, the few words of DDL that differ, how a write transaction
 *  starts and what an error means. Every other statement of core/storage is written once, in the SQL both
 *  systems share. */
class WorkspaceBackend
{
public:
    virtual ~WorkspaceBackend() = default;

    /** Opens and configures the connection under this name; InputError when the workspace is refused. */
    virtual QSqlDatabase open(const QString &connectionName) = 0;
    /** The file path or the server URL without its password. */
    virtual QString location() const = 0;
    /** Several coordinators work on it at once (a server), rather than one window at a time (a file). */
    virtual bool isShared() const = 0;
    /** Who makes the changes unless told otherwise: the server login, or the computer's user. */
    virtual QString defaultCoordinator() const = 0;

    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    /** The version, read inside a migration step's transaction so that two programs opening the workspace at
     *  once do not both apply the step. */
    virtual int lockedSchemaVersion(const QSqlDatabase &db) const { return schemaVersion(db); }
    /** Written in the same transaction as the migration step that reaches it. */
    virtual void writeSchemaVersion(const QSqlDatabase &db, int version) const = 0;
    /** The portable DDL of a migration step, in this system's words. */
    virtual QString ddl(const QString &portable) const = 0;
    /** Keeps a copy of the workspace before migrating it from an older version; the path, or empty. */
    virtual QString backUpBeforeMigration(const QSqlDatabase &db, int fromVersion) = 0;
    /** What starts a write transaction. Write transactions of one workspace run one at a time on every system,
     *  so that a change that reads before it writes (the next position, "is there an order yet?") never races
     *  another coordinator's. */
    virtual QStringList beginWriteStatements() const = 0;
    /** A consistent copy of the whole workspace in a new file, written atomically with mode 0600. */
    virtual void backupTo(const QSqlDatabase &db, const QString &targetPath) const = 0;
    /** After rows were written with explicit ids (a copy of another workspace), the next id this table hands
     *  out comes after them. */
    virtual void continueIdsAfter(const QSqlDatabase &db, const QString &table) const = 0;

    /** Tells other programs on the workspace that a change is being committed (on a server, NOTIFY on
     *  changeChannel(), delivered at COMMIT); nothing for a file. */
    virtual void announceChange(const QSqlDatabase &db, const QString &coordinator) const = 0;
    virtual QString changeChannel() const = 0;

    /** Problems found by the system's own consistency checks; empty when healthy. */
    virtual QStringList integrityProblems(const QSqlDatabase &db) const = 0;
    /** The failure is the system refusing to write (a read-only file), not a fault of the request. */
    virtual bool refusedAsReadOnly(const QSqlError &error) const = 0;
    /** Another coordinator's transaction got in the way (deadlock, serialization): running it again may succeed. */
    virtual bool isTransient(const QSqlError &error) const = 0;
    /** After a statement failed with `error`: the connection itself is gone (the server restarted, the network
     *  or the laptop slept). A file's connection is never lost. */
    virtual bool connectionLost(const QSqlDatabase &db, const QSqlError &error) const
    {
        Q_UNUSED(db)
        Q_UNUSED(error)
        return false;
    }
    /** Opens a lost connection again, configured as open() left it; false when the server cannot be reached. */
    virtual bool reconnect(QSqlDatabase &db)
    {
        Q_UNUSED(db)
        return false;
    }
};

} // namespace gonggu
