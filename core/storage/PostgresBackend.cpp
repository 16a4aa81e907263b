#include "PostgresBackend.h"

#include "FixedStatement.h"
#include "Workspace.h"
#include "domain/Errors.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace gonggu {
namespace {

const QString markTable = QStringLiteral("gonggu_workspace");
const QString applicationMark = QStringLiteral("GGU1");

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = execFixed(db, sql);
    return query.next() ? query.value(0) : QVariant();
}

bool asksForPassword(const QString &message)
{
    return message.contains(QStringLiteral("no password supplied")) ||
           message.contains(QStringLiteral("password authentication failed"));
}

} // namespace

PostgresBackend::PostgresBackend(WorkspaceLocation location) : m_location(std::move(location)) {}

QSqlDatabase PostgresBackend::open(const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw InputError(tr("this Gonggu cannot reach PostgreSQL servers: install the package libqt6sql6-psql"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_location.host());
    if (m_location.port() > 0)
        db.setPort(m_location.port());
    db.setUserName(m_location.user());
    db.setPassword(m_location.password()); // empty: libpq looks in PGPASSWORD and ~/.pgpass
    db.setDatabaseName(m_location.database());
    db.setConnectOptions(m_location.connectOptions());
    // Sums of BIGINT come back as NUMERIC: read them as whole numbers, as money is.
    db.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    if (!db.open()) {
        const QString reason = db.lastError().text().simplified();
        if (asksForPassword(reason))
            throw PasswordRequired(tr("the server of '%1' needs a password: %2").arg(location(), reason));
        throw InputError(tr("cannot connect to the shared workspace '%1': %2").arg(location(), reason));
    }
    configureSession(db);
    adoptOrRefuse(db);
    // A channel name is an identifier of at most 63 bytes; schema names are as long at most, so cut the prefix.
    const QString schema = scalar(db, QStringLiteral("SELECT current_schema()")).toString();
    m_changeChannel = (QStringLiteral("gonggu_") + schema).left(63);
    return db;
}

void PostgresBackend::configureSession(const QSqlDatabase &db)
{
    execFixed(db, QStringLiteral("SET client_min_messages TO WARNING")); // no NOTICE chatter on stderr
    // A coordinator whose program hangs inside a transaction holds the write lock: others give up after a while
    // (and may try again) instead of waiting for ever.
    execFixed(db, QStringLiteral("SET lock_timeout TO '30s'"));
}

bool PostgresBackend::connectionLost(const QSqlDatabase &db, const QSqlError &error) const
{
    if (!db.isOpen()) // the driver closed its side on finding the server gone
        return true;
    // SQLSTATE class 08 (connection exception), or the server ending this session: shut down, crashed, or told
    // to (pg_terminate_backend).
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QStringLiteral("08")) || code == QStringLiteral("57P01") || code == QStringLiteral("57P02") ||
        code == QStringLiteral("57P03"))
        return true;
    if (!code.isEmpty())
        return false; // the server answered, so the connection works
    // No answer at all (a network gone quiet): a statement of its own says whether the server is still there.
    QSqlQuery probe(db);
    return !probe.exec(QStringLiteral("SELECT 1")) && (probe.lastError().nativeErrorCode().isEmpty() || !db.isOpen());
}

bool PostgresBackend::reconnect(QSqlDatabase &db)
{
    db.close();
    if (!db.open()) // with the same host, login, password (even one typed in) and options
        return false;
    configureSession(db);
    return true;
}

void PostgresBackend::adoptOrRefuse(const QSqlDatabase &db) const
{
    execFixed(db, QStringLiteral("BEGIN"));
    try {
        // Two coordinators opening a new database at once: one of them marks it.
        execFixed(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Workspace::applicationId));
        const auto tables = [&](const QString &condition) {
            return scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                             "current_schema() %1")
                                  .arg(condition))
                .toInt();
        };
        if (tables(QStringLiteral("AND table_name = '%1'").arg(markTable)) == 0) {
            if (tables(QString()) > 0)
                throw InputError(tr("the database of '%1' holds another program's tables, not a Gonggu workspace; "
                                    "it was left untouched — give Gonggu an empty database")
                                     .arg(location()));
            execFixed(db, QStringLiteral("CREATE TABLE %1 (application TEXT NOT NULL, schema_version INTEGER NOT NULL)")
                              .arg(markTable));
            execFixed(db, QStringLiteral("INSERT INTO %1 VALUES ('%2', 0)").arg(markTable, applicationMark));
        } else {
            const QString mark = scalar(db, QStringLiteral("SELECT application FROM %1").arg(markTable)).toString();
            if (mark != applicationMark)
                throw InputError(
                    tr("the database of '%1' is not a Gonggu workspace; it was left untouched").arg(location()));
            const int version = schemaVersion(db);
            if (version > Workspace::currentSchemaVersion)
                throw InputError(tr("'%1' was written by a newer Gonggu (workspace version %2; this version reads "
                                    "up to %3); it was left untouched — please update Gonggu")
                                     .arg(location(), QString::number(version), // one .arg: a URL may hold "%3D"
                                          QString::number(Workspace::currentSchemaVersion)));
        }
        execFixed(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

QStringList PostgresBackend::beginWriteStatements() const
{
    // The workspace's write lock, as SQLite's BEGIN IMMEDIATE takes it: held until COMMIT or ROLLBACK. Readers
    // never wait for it. Keyed by the schema, so that workspaces side by side in one database do not wait.
    return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema()))")};
}

QString PostgresBackend::defaultCoordinator() const
{
    if (!m_location.user().isEmpty())
        return m_location.user();
    const QString user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    return user.isEmpty() ? QStringLiteral("postgres") : user;
}

int PostgresBackend::schemaVersion(const QSqlDatabase &db) const
{
    return scalar(db, QStringLiteral("SELECT schema_version FROM %1").arg(markTable)).toInt();
}

int PostgresBackend::lockedSchemaVersion(const QSqlDatabase &db) const
{
    return scalar(db, QStringLiteral("SELECT schema_version FROM %1 FOR UPDATE").arg(markTable)).toInt();
}

void PostgresBackend::writeSchemaVersion(const QSqlDatabase &db, int version) const
{
    execFixed(db, QStringLiteral("UPDATE %1 SET schema_version = %2").arg(markTable).arg(version));
}

QString PostgresBackend::ddl(const QString &portable) const
{
    // The schema is written in the words both systems share; three differ. Ids come from an identity column;
    // INTEGER is 32-bit here but 64-bit in SQLite (money is qint64); text compares by code point as in SQLite.
    static const QRegularExpression id(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    QString sql = portable;
    sql.replace(id, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    return sql;
}

void PostgresBackend::backupTo(const QSqlDatabase &, const QString &) const
{
    throw InputError(tr("a shared workspace is backed up on its server (pg_dump); Gonggu makes file backups "
                        "only of workspace files"));
}

void PostgresBackend::announceChange(const QSqlDatabase &db, const QString &coordinator) const
{
    QSqlQuery notify(db);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(m_changeChannel);
    notify.addBindValue(coordinator);
    if (!notify.exec())
        throw StorageError(QStringLiteral("cannot announce the change: %1").arg(notify.lastError().text()));
}

void PostgresBackend::continueIdsAfter(const QSqlDatabase &db, const QString &table) const
{
    // An identity column counts on from its own sequence, which rows inserted with their ids leave behind.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!identifier.match(table).hasMatch())
        throw StorageError(QStringLiteral("'%1' is not a workspace table").arg(table));
    execFixed(db,
              QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce((SELECT max(id) FROM %1), 0) "
                             "+ 1, false)")
                  .arg(table));
}

QStringList PostgresBackend::integrityProblems(const QSqlDatabase &db) const
{
    // The server enforces every constraint as it writes; what is left to check is the mark.
    QStringList problems;
    if (scalar(db, QStringLiteral("SELECT application FROM %1").arg(markTable)).toString() != applicationMark)
        problems << QStringLiteral("the database is not marked as a Gonggu workspace");
    const int unchecked = scalar(db, QStringLiteral("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON "
                                                    "n.oid = c.connamespace WHERE n.nspname = current_schema() "
                                                    "AND NOT c.convalidated"))
                              .toInt();
    if (unchecked > 0)
        problems << QStringLiteral("%1 constraints are not validated").arg(unchecked);
    return problems;
}

bool PostgresBackend::refusedAsReadOnly(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    return state == u"25006" || state == u"42501"; // read-only transaction, insufficient privilege
}

bool PostgresBackend::isTransient(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    return state == u"40001" || state == u"40P01" || state == u"55P03"; // serialization, deadlock, lock wait
}

} // namespace gonggu
