#include "Workspace.h"

#include "Migrations.h"
#include "SqlStatement.h"
#include "Transaction.h"
#include "domain/Errors.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace gonggu {
namespace {

constexpr int busyTimeoutMs = 5000;
constexpr qint64 mappedBytes = 256 * 1024 * 1024;
constexpr int pageCacheKiB = 16 * 1024;
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("gonggu-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs one statement that takes no values (PRAGMAs cannot take bound parameters; every value
// spliced into these is a compile-time constant of this file, never user input).
void execFixed(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError(QStringLiteral("workspace setup failed: %1 (%2)").arg(query.lastError().text(), sql));
}

int pragmaInt(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        throw StorageError(QStringLiteral("cannot read PRAGMA %1: %2").arg(pragma, query.lastError().text()));
    return query.value(0).toInt();
}

/** Facts read from an existing file without writing to it. */
struct FileFacts
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

FileFacts inspectReadOnly(const QString &path)
{
    const QString name = nextConnectionName();
    FileFacts facts;
    QString failure;
    // Even a read-only look at a file in WAL mode makes its -wal and -shm files: a file refused below keeps none.
    QStringList journalsMadeHere;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(path + suffix))
            journalsMadeHere << path + suffix;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            try {
                facts.applicationId = pragmaInt(db, QStringLiteral("application_id"));
                facts.userVersion = pragmaInt(db, QStringLiteral("user_version"));
                QSqlQuery count(db);
                if (count.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && count.next())
                    facts.objectCount = count.value(0).toInt();
                else
                    failure = count.lastError().text();
            } catch (const StorageError &error) {
                failure = error.message();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty()) {
        for (const QString &journal : journalsMadeHere)
            QFile::remove(journal);
        throw InputError(QCoreApplication::translate("Workspace", "'%1' cannot be read as a Gonggu workspace: %2")
                             .arg(path, failure));
    }
    return facts;
}

} // namespace

Workspace::Workspace(const QString &path, const Clock &clock)
    : m_clock(clock), m_path(QFileInfo(path).absoluteFilePath())
{
    const QFileInfo info(m_path);
    if (info.exists() && info.size() > 0)
        refuseIfNotReadable();
    else if (!info.exists())
        createEmptyFile();
    else if (!QFile::setPermissions(m_path, ownerOnly)) // an empty file adopted as a new workspace
        throw InputError(tr("cannot make '%1' private to you").arg(m_path));

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(QStringLiteral("cannot open workspace '%1': %2").arg(m_path, reason));
    }
    try {
        configureConnection();
        migrate();
    } catch (...) {
        m_queryCache.clear();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Workspace::~Workspace()
{
    m_queryCache.clear(); // prepared statements must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery *Workspace::acquireQuery(const QString &sql, std::unique_ptr<QSqlQuery> &uncached) const
{
    auto it = m_queryCache.find(sql);
    if (it != m_queryCache.end() && !it->second.inUse) {
        it->second.inUse = true;
        return it->second.query.get();
    }
    auto query = std::make_unique<QSqlQuery>(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        throw StorageError(
            QStringLiteral("cannot prepare SQL (%1): %2").arg(sql.simplified(), query->lastError().text()));
    if (it != m_queryCache.end()) {
        uncached = std::move(query); // the cached one is busy further up the stack
        return uncached.get();
    }
    QSqlQuery *cached = query.get();
    m_queryCache.emplace(sql, CachedQuery{std::move(query), true});
    return cached;
}

void Workspace::releaseQuery(const QString &sql, QSqlQuery *query) const
{
    query->finish(); // resets the statement so that it holds no read snapshot or lock while cached
    auto it = m_queryCache.find(sql);
    if (it != m_queryCache.end() && it->second.query.get() == query)
        it->second.inUse = false;
}

QString Workspace::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("workspace.gonggu"));
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Workspace::schemaVersion() const
{
    return pragmaInt(database(), QStringLiteral("user_version"));
}

void Workspace::refuseIfNotReadable() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(tr("cannot read '%1': %2").arg(m_path, file.errorString()));
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        throw InputError(
            tr("'%1' is not a Gonggu workspace (it is not an SQLite database); it was left untouched").arg(m_path));
    file.close();

    const FileFacts facts = inspectReadOnly(m_path);
    const bool emptyDatabase = facts.applicationId == 0 && facts.objectCount == 0 && facts.userVersion == 0;
    if (facts.applicationId != applicationId && !emptyDatabase)
        throw InputError(tr("'%1' is an SQLite database of another program, not a Gonggu workspace; "
                            "it was left untouched")
                             .arg(m_path));
    if (facts.userVersion > currentSchemaVersion)
        throw InputError(tr("'%1' was written by a newer Gonggu (workspace version %2; this version reads "
                            "up to %3); it was left untouched — please update Gonggu")
                             .arg(m_path)
                             .arg(facts.userVersion)
                             .arg(currentSchemaVersion));
}

void Workspace::createEmptyFile() const
{
    const QFileInfo info(m_path);
    if (!info.dir().exists())
        throw InputError(
            tr("cannot create workspace '%1': the folder '%2' does not exist").arg(m_path, info.dir().path()));
    // Create the file ourselves so that it is private (0600) from the first byte: the workspace holds
    // names, phone numbers and addresses. SQLite gives its -wal and -shm files the same mode.
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !file.setPermissions(ownerOnly))
        throw InputError(tr("cannot create workspace '%1': %2").arg(m_path, file.errorString()));
}

void Workspace::configureConnection()
{
    const QSqlDatabase db = database();
    execFixed(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    execFixed(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
    // WAL lets the GUI read while the CLI writes; FULL sync because the ledger is small and a lost
    // payment is worse than a slower commit.
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next() ||
        journal.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        throw StorageError(QStringLiteral("cannot switch workspace '%1' to WAL journaling").arg(m_path));
    execFixed(db, QStringLiteral("PRAGMA synchronous = FULL"));
    // A round of 100,000 buyers is some 50 MB of pages, read whole by every table and export: mapped, they are
    // read in place instead of copied in through a 2 MB page cache again and again (writes still go through
    // the write-ahead log, so a crash loses nothing more). The larger cache keeps the indexes' pages at hand.
    execFixed(db, QStringLiteral("PRAGMA mmap_size = %1").arg(mappedBytes));
    execFixed(db, QStringLiteral("PRAGMA cache_size = -%1").arg(pageCacheKiB));
    if (pragmaInt(db, QStringLiteral("foreign_keys")) != 1)
        throw StorageError(QStringLiteral("this SQLite build cannot enforce foreign keys"));
}

void Workspace::migrate()
{
    const int from = schemaVersion();
    if (from >= currentSchemaVersion)
        return;
    if (from > 0) {
        const QString stamp = m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_migrationBackupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(from).arg(stamp);
        backupTo(m_migrationBackupPath);
    }
    for (const MigrationStep &step : migrationSteps()) {
        if (step.toVersion <= from)
            continue;
        Transaction transaction(*this);
        if (step.toVersion == 1)
            execFixed(database(), QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        for (const QString &statement : step.statements)
            SqlStatement(*this, statement).exec();
        // user_version is written in the same transaction as the step: a step is done or not at all.
        execFixed(database(), QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion));
        transaction.commit();
    }
}

void Workspace::backupTo(const QString &targetPath) const
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    const QString canonicalTarget = QFileInfo(target).canonicalFilePath(); // empty while it does not exist
    if (target == m_path || (!canonicalTarget.isEmpty() && canonicalTarget == QFileInfo(m_path).canonicalFilePath()))
        throw InputError(tr("the backup must go to another file than the workspace itself"));
    if (!QFileInfo(target).dir().exists())
        throw InputError(tr("cannot write backup '%1': the folder does not exist").arg(target));

    // VACUUM INTO writes a consistent snapshot while others keep using the workspace. It goes to a
    // private temporary file first and replaces the target only when complete.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        QFile placeholder(partial);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !placeholder.setPermissions(ownerOnly))
            throw InputError(tr("cannot write backup '%1': %2").arg(target, placeholder.errorString()));
    }
    try {
        SqlStatement(*this, QStringLiteral("VACUUM INTO :target")).bind(QStringLiteral(":target"), partial).exec();
    } catch (const StorageError &error) {
        QFile::remove(partial);
        throw StorageError(QStringLiteral("backup to '%1' failed: %2").arg(target, error.message()));
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        throw InputError(tr("cannot replace '%1'").arg(target));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw StorageError(QStringLiteral("cannot move the backup into place at '%1'").arg(target));
    }
    QFile::setPermissions(target, ownerOnly);
}

QStringList Workspace::integrityProblems() const
{
    QStringList problems = integrityProblems(database());
    if (pragmaInt(database(), QStringLiteral("application_id")) != applicationId)
        problems << QStringLiteral("the file is not marked as a Gonggu workspace");
    return problems;
}

QStringList Workspace::integrityProblems(const QSqlDatabase &db)
{
    QStringList problems;
    QSqlQuery integrity(db);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return {integrity.lastError().text()};
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    QSqlQuery foreignKeys(db);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return problems << foreignKeys.lastError().text();
    while (foreignKeys.next())
        problems << QStringLiteral("row %1 of %2 refers to a missing row of %3")
                        .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                             foreignKeys.value(2).toString());
    return problems;
}

bool Workspace::beginTransaction()
{
    if (m_transactionDepth++ > 0)
        return false;
    m_rollbackOnly = false;
    // IMMEDIATE takes the write lock up front, so two writers wait (busy_timeout) instead of
    // failing half-way when a read transaction tries to upgrade.
    try {
        execFixed(database(), QStringLiteral("BEGIN IMMEDIATE"));
    } catch (...) {
        m_transactionDepth = 0;
        throw;
    }
    return true;
}

void Workspace::endTransaction(bool outermost, bool commit)
{
    --m_transactionDepth;
    if (!commit)
        m_rollbackOnly = true;
    if (!outermost)
        return;
    if (commit && !m_rollbackOnly) {
        QSqlQuery commitQuery(database());
        if (commitQuery.exec(QStringLiteral("COMMIT")))
            return;
        const QString reason = commitQuery.lastError().text();
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        throw StorageError(QStringLiteral("the change could not be committed: %1").arg(reason));
    }
    QSqlQuery rollback(database());
    rollback.exec(QStringLiteral("ROLLBACK")); // nothing more to do if even this fails: SQLite undoes it on close
    if (commit)
        throw StorageError(QStringLiteral("an inner step failed, so the change was rolled back"));
}

} // namespace gonggu
