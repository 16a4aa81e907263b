#pragma once

#include "domain/Clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

namespace gonggu {

/** An open workspace file: one SQLite database holding every round, person and payment.
 *  A const Workspace is an open connection that readers and repositories may use; only transactions
 *  (which change the connection's state) need a non-const one.
 *  Opening checks that the file is a workspace this version can read, brings its schema up to date
 *  (with a backup first) and configures durability. Throws InputError when the file is refused. */
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace) // its refusals reach the window, in the user's language

public:
    static constexpr int currentSchemaVersion = 6;
    // Written into the SQLite header (PRAGMA application_id) so other SQLite files are told apart.
    static constexpr int applicationId = 0x47475531; // "GGU1"

    explicit Workspace(const QString &path, const Clock &clock = SystemClock::instance());
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /** The default workspace file under the user's application data folder. */
    static QString defaultPath();

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    /** The clock that stamps created/updated times of this workspace's rows. */
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const;
    /** Where the pre-migration backup went when opening upgraded the schema; empty otherwise. */
    QString migrationBackupPath() const { return m_migrationBackupPath; }

    /** A consistent copy of the whole workspace, written atomically with mode 0600. */
    void backupTo(const QString &targetPath) const;
    /** Problems found by SQLite's integrity and foreign key checks; empty when healthy. */
    QStringList integrityProblems() const;
    /** The same checks on any open connection (a backup about to be restored, say), without the workspace mark. */
    static QStringList integrityProblems(const QSqlDatabase &db);

private:
    friend class Transaction;
    friend class SqlStatement;
    /** A prepared query for this SQL text, reused across calls (preparing dominates bulk writes);
     *  a fresh one when the cached one is still in use further up the stack. */
    QSqlQuery *acquireQuery(const QString &sql, std::unique_ptr<QSqlQuery> &uncached) const;
    void releaseQuery(const QString &sql, QSqlQuery *query) const;

    bool beginTransaction();
    void endTransaction(bool outermost, bool commit);

    void refuseIfNotReadable() const;
    void createEmptyFile() const;
    void configureConnection();
    void migrate();

    const Clock &m_clock;
    QString m_path;
    QString m_connectionName;
    QString m_migrationBackupPath;
    struct CachedQuery
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    mutable std::unordered_map<QString, CachedQuery> m_queryCache;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace gonggu
