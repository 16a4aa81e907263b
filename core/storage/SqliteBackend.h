#pragma once

#include "WorkspaceBackend.h"
#include "domain/Clock.h"

#include <QCoreApplication>

namespace gonggu {

/** The embedded workspace: one SQLite file, private to its owner, in WAL mode with full sync. The file is
 *  checked before it is opened for writing, so that a file that is not a workspace (or is one of a newer
 *  version) is refused untouched. */
class SqliteBackend : public WorkspaceBackend
{
    Q_DECLARE_TR_FUNCTIONS(Workspace) // its refusals reach the window, in the user's language

public:
    SqliteBackend(const QString &path, const Clock &clock);

    QSqlDatabase open(const QString &connectionName) override;
    QString location() const override { return m_path; }
    bool isShared() const override { return false; }
    QString defaultCoordinator() const override;

    int schemaVersion(const QSqlDatabase &db) const override;
    void writeSchemaVersion(const QSqlDatabase &db, int version) const override;
    QString ddl(const QString &portable) const override { return portable; }
    QString backUpBeforeMigration(const QSqlDatabase &db, int fromVersion) override;
    QStringList beginWriteStatements() const override;
    void backupTo(const QSqlDatabase &db, const QString &targetPath) const override;
    // An INTEGER PRIMARY KEY always goes on from the largest id there is.
    void continueIdsAfter(const QSqlDatabase &, const QString &) const override {}

    void announceChange(const QSqlDatabase &, const QString &) const override {}
    QString changeChannel() const override { return {}; }

    QStringList integrityProblems(const QSqlDatabase &db) const override;
    bool refusedAsReadOnly(const QSqlError &error) const override;
    bool isTransient(const QSqlError &error) const override;

    /** SQLite's integrity and foreign key checks on any open connection (a backup about to be restored, say). */
    static QStringList sqliteIntegrityProblems(const QSqlDatabase &db);

private:
    void refuseIfNotReadable() const;
    void createEmptyFile() const;
    void configure(const QSqlDatabase &db) const;

    QString m_path;
    const Clock &m_clock;
};

} // namespace gonggu
