#include "SqliteBackend.h"

#include "FixedStatement.h"
#include "Workspace.h"
#include "domain/Errors.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace gonggu {
namespace {

constexpr int busyTimeoutMs = 5000;
constexpr qint64 mappedBytes = 256 * 1024 * 1024;
constexpr int pageCacheKiB = 16 * 1024;
constexpr int sqliteReadOnly = 8; // SQLITE_READONLY; its extended codes keep it in the low byte
constexpr int sqliteBusy = 5;
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString nextInspectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("gonggu-inspection-%1").arg(counter.fetchAndAddRelaxed(1));
}

int pragmaInt(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        throw StorageError(QStringLiteral("cannot read PRAGMA %1: %2").arg(pragma, query.lastError().text()));
    return query.value(0).toInt();
}

int sqliteCode(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber ? code & 0xff : -1;
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
    const QString name = nextInspectionName();
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

SqliteBackend::SqliteBackend(const QString &path, const Clock &clock)
    : m_path(QFileInfo(path).absoluteFilePath()), m_clock(clock)
{
}

QSqlDatabase SqliteBackend::open(const QString &connectionName)
{
    const QFileInfo info(m_path);
    if (info.exists() && info.size() > 0)
        refuseIfNotReadable();
    else if (!info.exists())
        createEmptyFile();
    else if (!QFile::setPermissions(m_path, ownerOnly)) // an empty file adopted as a new workspace
        throw InputError(tr("cannot make '%1' private to you").arg(m_path));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        throw StorageError(QStringLiteral("cannot open workspace '%1': %2").arg(m_path, db.lastError().text()));
    configure(db);
    return db;
}

QString SqliteBackend::defaultCoordinator() const
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

int SqliteBackend::schemaVersion(const QSqlDatabase &db) const
{
    return pragmaInt(db, QStringLiteral("user_version"));
}

void SqliteBackend::writeSchemaVersion(const QSqlDatabase &db, int version) const
{
    if (version == 1) // the mark in the file header that tells a workspace from other SQLite files
        execFixed(db, QStringLiteral("PRAGMA application_id = %1").arg(Workspace::applicationId));
    execFixed(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QString SqliteBackend::backUpBeforeMigration(const QSqlDatabase &db, int fromVersion)
{
    if (fromVersion == 0)
        return {};
    const QString stamp = m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString backup = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    backupTo(db, backup);
    return backup;
}

QStringList SqliteBackend::beginWriteStatements() const
{
    // IMMEDIATE takes the write lock up front, so two writers wait (busy_timeout) instead of
    // failing half-way when a read transaction tries to upgrade.
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

void SqliteBackend::backupTo(const QSqlDatabase &db, const QString &targetPath) const
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
    QSqlQuery vacuum(db);
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO :target")) ||
        (vacuum.bindValue(QStringLiteral(":target"), partial), !vacuum.exec())) {
        const QString reason = vacuum.lastError().text();
        QFile::remove(partial);
        throw StorageError(QStringLiteral("backup to '%1' failed: %2").arg(target, reason));
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

QStringList SqliteBackend::integrityProblems(const QSqlDatabase &db) const
{
    QStringList problems = sqliteIntegrityProblems(db);
    if (pragmaInt(db, QStringLiteral("application_id")) != Workspace::applicationId)
        problems << QStringLiteral("the file is not marked as a Gonggu workspace");
    return problems;
}

QStringList SqliteBackend::sqliteIntegrityProblems(const QSqlDatabase &db)
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

bool SqliteBackend::refusedAsReadOnly(const QSqlError &error) const
{
    return sqliteCode(error) == sqliteReadOnly;
}

bool SqliteBackend::isTransient(const QSqlError &error) const
{
    return sqliteCode(error) == sqliteBusy;
}

void SqliteBackend::refuseIfNotReadable() const
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
    if (facts.applicationId != Workspace::applicationId && !emptyDatabase)
        throw InputError(tr("'%1' is an SQLite database of another program, not a Gonggu workspace; "
                            "it was left untouched")
                             .arg(m_path));
    if (facts.userVersion > Workspace::currentSchemaVersion)
        throw InputError(
            tr("'%1' was written by a newer Gonggu (workspace version %2; this version reads "
               "up to %3); it was left untouched — please update Gonggu")
                .arg(m_path, QString::number(facts.userVersion), QString::number(Workspace::currentSchemaVersion)));
}

void SqliteBackend::createEmptyFile() const
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

void SqliteBackend::configure(const QSqlDatabase &db) const
{
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

} // namespace gonggu
