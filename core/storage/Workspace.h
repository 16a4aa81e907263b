#pragma once

#include "domain/Clock.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace gonggu {

class WorkspaceBackend;
class WorkspaceLocation;

/** An open workspace: every round, person and payment, in an SQLite file (the default) or in a PostgreSQL
 *  database shared by a team of coordinators (a postgresql:// URL); WorkspaceBackend holds what differs.
 *  A const Workspace is an open connection that readers and repositories may use; only transactions
 *  (which change the connection's state) need a non-const one.
 *  Opening checks that it is a workspace this version can read, brings its schema up to date
 *  (with a backup first where the system cannot undo DDL) and configures durability. Throws InputError when
 *  it is refused, PasswordRequired when a server wants a password it was not given. */
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace) // its refusals reach the window, in the user's language

public:
    static constexpr int currentSchemaVersion = 7;
    // Written into the SQLite header (PRAGMA application_id) so other SQLite files are told apart.
    static constexpr int applicationId = 0x47475531; // "GGU1"

    /** A file path, or a postgresql:// URL. */
    explicit Workspace(const QString &location, const Clock &clock = SystemClock::instance());
    explicit Workspace(const WorkspaceLocation &location, const Clock &clock = SystemClock::instance());
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /** The default workspace file under the user's application data folder. */
    static QString defaultPath();

    /** The file path, or the server URL without its password. */
    QString path() const;
    /** Shared on a server by several coordinators, rather than a file one window holds. */
    bool isShared() const;
    /** Who the changes made through this connection are recorded as (see the change history). */
    QString coordinator() const { return m_coordinator; }
    void setCoordinator(const QString &name);
    const WorkspaceBackend &backend() const { return *m_backend; }
    QSqlDatabase database() const;
    /** The clock that stamps created/updated times of this workspace's rows. */
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const;
    /** Where the pre-migration backup went when opening upgraded the schema; empty otherwise. */
    QString migrationBackupPath() const { return m_migrationBackupPath; }

    bool inTransaction() const { return m_transactionDepth > 0; }
    /** Why a change was refused when other coordinators' changes kept the workspace busy past the wait. */
    static QString busyRefusal(const QString &location);
    /** How often a lost connection to the server was made again: whoever listened on the old one listens anew. */
    int connectionGeneration() const { return m_connectionGeneration; }

    /** What the changes committed from now on are recorded as in the change history (ChangeLog): the round they
     *  concern, if one, and a summary in the user's words ("Add payment …", "payment add --round 1 …"). Without
     *  one, a change is summed up by the tables it wrote. */
    void describeNextChanges(std::optional<RoundId> round, const QString &summary);
    /** The channel a shared workspace announces each committed change on (LISTEN/NOTIFY), the coordinator's
     *  name as payload; empty for a file. */
    QString changeChannel() const;
    /** The ids of the change records that changes made through this connection committed since the last call:
     *  a window tells its own changes from everybody else's by them. */
    std::vector<qint64> takeCommittedChangeIds();

    /** A consistent copy of the whole workspace file, written atomically with mode 0600; a shared workspace is
     *  backed up on its server, and refuses. */
    void backupTo(const QString &targetPath) const;
    /** Problems found by the system's own consistency checks and the workspace mark; empty when healthy. */
    QStringList integrityProblems() const;
    /** SQLite's integrity and foreign key checks on any open connection (a backup about to be restored, say). */
    static QStringList integrityProblems(const QSqlDatabase &db);

private:
    friend class Transaction;
    friend class SqlStatement;
    /** A prepared query for this SQL text, reused across calls (preparing dominates bulk writes);
     *  a fresh one when the cached one is still in use further up the stack. */
    QSqlQuery *acquireQuery(const QString &sql, std::unique_ptr<QSqlQuery> &uncached) const;
    void releaseQuery(const QString &sql, QSqlQuery *query) const;
    /** Called when a statement failed with `error`: true when the connection to the server was gone and is made
     *  again (the statements prepared on it are dropped); ConflictError when it cannot be made again now. */
    bool reconnectIfLost(const QSqlError &error) const;
    /** The same, refusing the change with a ConflictError that says so (nothing was changed, or, `committing`,
     *  perhaps the change was saved); returns when the connection is there. */
    void throwIfConnectionLost(const QSqlError &error, bool committing) const;

    /** SqlStatement reports each write ("payment added"), for the change history. */
    void noteWrite(const QString &what, int rows) const;
    void recordChange();

    bool beginTransaction();
    void endTransaction(bool outermost, bool commit);

    void migrate();

    const Clock &m_clock;
    std::unique_ptr<WorkspaceBackend> m_backend;
    QString m_coordinator;
    QString m_connectionName;
    QString m_migrationBackupPath;
    struct CachedQuery
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
        bool stale = false; // prepared on a connection since lost: dropped once released
    };
    mutable std::unordered_map<QString, CachedQuery> m_queryCache;
    int m_transactionDepth = 0;
    std::optional<RoundId> m_describedRound;
    QString m_describedSummary;
    mutable std::map<QString, int> m_writesInTransaction; // "payment added" → rows
    bool m_rollbackOnly = false;
    std::optional<qint64> m_recordedChangeId; // of the transaction under way, until it commits
    std::vector<qint64> m_committedChangeIds;
    mutable int m_connectionGeneration = 0;
    mutable bool m_transactionLost = false; // with the connection: the server rolled it back already
};

} // namespace gonggu
