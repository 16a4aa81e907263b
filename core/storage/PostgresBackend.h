#pragma once

#include "WorkspaceBackend.h"
#include "WorkspaceLocation.h"

#include <QCoreApplication>

namespace gonggu {

/** A workspace shared by a team of coordinators in a PostgreSQL database (QPSQL). The database holds one
 *  workspace in its current schema; a small table `gonggu_workspace` plays the part of the SQLite file header
 *  (application mark and schema version). The password comes from the URL, PGPASSWORD or ~/.pgpass (libpq
 *  reads both) or from the user when PasswordRequired is thrown. */
class PostgresBackend : public WorkspaceBackend
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    explicit PostgresBackend(WorkspaceLocation location);

    QSqlDatabase open(const QString &connectionName) override;
    QString location() const override { return m_location.display(); }
    bool isShared() const override { return true; }
    QString defaultCoordinator() const override;

    int schemaVersion(const QSqlDatabase &db) const override;
    int lockedSchemaVersion(const QSqlDatabase &db) const override;
    void writeSchemaVersion(const QSqlDatabase &db, int version) const override;
    QString ddl(const QString &portable) const override;
    QString backUpBeforeMigration(const QSqlDatabase &, int) override { return {}; } // its DDL is transactional
    QStringList beginWriteStatements() const override;
    void backupTo(const QSqlDatabase &db, const QString &targetPath) const override;
    void continueIdsAfter(const QSqlDatabase &db, const QString &table) const override;

    void announceChange(const QSqlDatabase &db, const QString &coordinator) const override;
    /** One channel per schema: notifications are per database, and a database may hold several workspaces. */
    QString changeChannel() const override { return m_changeChannel; }

    QStringList integrityProblems(const QSqlDatabase &db) const override;
    bool refusedAsReadOnly(const QSqlError &error) const override;
    bool isTransient(const QSqlError &error) const override;
    bool connectionLost(const QSqlDatabase &db, const QSqlError &error) const override;
    bool reconnect(QSqlDatabase &db) override;

private:
    /** The session settings every connection of a workspace starts with. */
    static void configureSession(const QSqlDatabase &db);
    void adoptOrRefuse(const QSqlDatabase &db) const;

    WorkspaceLocation m_location;
    QString m_changeChannel;
};

} // namespace gonggu
