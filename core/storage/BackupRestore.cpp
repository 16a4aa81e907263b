#include "BackupRestore.h"

#include "BackupRotation.h"
#include "Workspace.h"
#include "domain/Errors.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace gonggu {
namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
// SQLite's result codes for "another connection holds the lock".
const QStringList busyCodes{QStringLiteral("5"), QStringLiteral("6")};

/** A plain SQLite connection of its own, beside any Workspace: to read a backup without changing it, or to
 *  hold the workspace file still while it is replaced. */
class PlainConnection
{
public:
    PlainConnection(const QString &path, bool readOnly)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("gonggu-restore-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open())
            m_openError = db.lastError().text();
    }
    ~PlainConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;

    QString openError() const { return m_openError; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_openError;
};

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.absoluteFilePath() == second.absoluteFilePath())
        return true;
    return first.exists() && second.exists() && first.canonicalFilePath() == second.canonicalFilePath();
}

/** The first column of the first row of a statement that takes no values (PRAGMAs and fixed counts). */
QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *failure)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *failure = query.lastError().text();
        return {};
    }
    return query.value(0);
}

BackupContents readContents(const PlainConnection &connection, const QString &path)
{
    const QSqlDatabase db = connection.database();
    QString failure;
    const int applicationId = scalar(db, QStringLiteral("PRAGMA application_id"), &failure).toInt();
    if (!failure.isEmpty())
        throw InputError(QStringLiteral("'%1' cannot be read as a Gonggu workspace: %2").arg(path, failure));
    if (applicationId != Workspace::applicationId)
        throw InputError(QStringLiteral("'%1' is not a Gonggu workspace or backup").arg(path));
    BackupContents contents;
    contents.schemaVersion = scalar(db, QStringLiteral("PRAGMA user_version"), &failure).toInt();
    if (contents.schemaVersion > Workspace::currentSchemaVersion)
        throw InputError(QStringLiteral("'%1' was written by a newer Gonggu (workspace version %2; this version reads "
                                        "up to %3) — please update Gonggu first")
                             .arg(path)
                             .arg(contents.schemaVersion)
                             .arg(Workspace::currentSchemaVersion));
    contents.rounds = scalar(db, QStringLiteral("SELECT count(*) FROM round"), &failure).toInt();
    contents.buyers = scalar(db,
                             QStringLiteral("SELECT count(DISTINCT person_id) FROM buyer_order "
                                            "WHERE status <> 'cancelled'"),
                             &failure)
                          .toInt();
    if (!failure.isEmpty())
        throw InputError(QStringLiteral("'%1' is damaged: %2").arg(path, failure));
    return contents;
}

BackupContents inspect(const QString &backupPath, bool checkIntegrity)
{
    const QString path = QFileInfo(backupPath).absoluteFilePath();
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw InputError(QStringLiteral("the backup '%1' does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QStringLiteral("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        throw InputError(QStringLiteral("'%1' is not a Gonggu workspace or backup").arg(path));
    file.close();

    const PlainConnection connection(path, true);
    if (!connection.openError().isEmpty())
        throw InputError(QStringLiteral("cannot open '%1': %2").arg(path, connection.openError()));
    const BackupContents contents = readContents(connection, path);
    if (checkIntegrity) {
        const QStringList problems = Workspace::integrityProblems(connection.database());
        if (!problems.isEmpty())
            throw InputError(QStringLiteral("'%1' is damaged (%2)").arg(path, problems.join(QStringLiteral("; "))));
    }
    return contents;
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

/** A consistent, compact copy of the backup (its write-ahead log included) at `staging`, private from the
 *  first byte, made through a read-only connection so that the backup itself is never written. */
void stage(const QString &backupPath, const QString &staging)
{
    {
        QFile placeholder(staging);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !placeholder.setPermissions(ownerOnly))
            throw InputError(QStringLiteral("cannot write '%1': %2").arg(staging, placeholder.errorString()));
    }
    const PlainConnection connection(backupPath, true);
    QSqlQuery vacuum(connection.database());
    vacuum.prepare(QStringLiteral("VACUUM INTO :target"));
    vacuum.bindValue(QStringLiteral(":target"), staging);
    if (!vacuum.exec())
        throw StorageError(
            QStringLiteral("cannot copy the backup '%1': %2").arg(backupPath, vacuum.lastError().text()));
}

/** Copies the file's bytes as they are, privately and completely or not at all. */
void copyPrivately(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        throw StorageError(QStringLiteral("cannot read '%1': %2").arg(source, in.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(ownerOnly))
        throw StorageError(QStringLiteral("cannot write '%1': %2").arg(target, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            throw StorageError(QStringLiteral("copying '%1' failed: %2").arg(source, out.errorString()));
        }
    }
    if (!out.commit())
        throw StorageError(QStringLiteral("copying '%1' failed: %2").arg(source, out.errorString()));
}

void renameOver(const QString &from, const QString &to)
{
    // POSIX rename() replaces the target in one step: a reader sees the old file or the new one, never neither.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw StorageError(QStringLiteral("cannot move the restored workspace into place at '%1'").arg(to));
}

/** Keeps a copy of the current workspace in its backups folder, then swaps the staged file in. Meanwhile the
 *  workspace is held still: it leaves write-ahead logging (which SQLite allows only when no other connection
 *  has it open, and which folds the log into the file) and stays read-locked, so no one commits to it
 *  between the copy and the swap. A damaged file that SQLite cannot lock is copied as it is. */
QString keepCurrentAndSwap(const QString &workspacePath, const QString &staging, const Clock &clock)
{
    const PlainConnection connection(workspacePath, false);
    QSqlQuery query(connection.database());
    bool held = false;
    if (query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && query.next()) {
        if (query.value(0).toString().compare(QStringLiteral("delete"), Qt::CaseInsensitive) != 0)
            throw InputError(
                QStringLiteral("'%1' is open in another program; close it and try again").arg(workspacePath));
        held = query.exec(QStringLiteral("BEGIN")) && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    } else if (busyCodes.contains(query.lastError().nativeErrorCode())) {
        throw InputError(QStringLiteral("'%1' is open in another program; close it and try again").arg(workspacePath));
    }
    query.finish();

    const QString beforeRestore = BackupRotation(workspacePath, clock).newBackupPath(BackupKind::BeforeRestore);
    copyPrivately(workspacePath, beforeRestore);
    if (!held) {
        // A log SQLite could not fold in goes with the copy (SQLite reads "<file>-wal" beside its file); left
        // beside the restored file it would be replayed into it.
        const QString log = workspacePath + QStringLiteral("-wal");
        if (QFileInfo(log).size() > 0)
            copyPrivately(log, beforeRestore + QStringLiteral("-wal"));
        QFile::remove(log);
        QFile::remove(workspacePath + QStringLiteral("-shm"));
    }
    renameOver(staging, workspacePath);
    if (held)
        QSqlQuery(connection.database()).exec(QStringLiteral("COMMIT"));
    return beforeRestore;
}

} // namespace

BackupContents BackupRestore::peek(const QString &backupPath)
{
    return inspect(backupPath, false);
}

BackupContents BackupRestore::verify(const QString &backupPath)
{
    return inspect(backupPath, true);
}

BackupRestore::Outcome BackupRestore::restore(const QString &workspacePath, const QString &backupPath,
                                              const Clock &clock)
{
    const QString target = QFileInfo(workspacePath).absoluteFilePath();
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    if (sameFile(target, backup))
        throw InputError(QStringLiteral("'%1' is the workspace itself; choose one of its backups").arg(backup));
    if (!QFileInfo(target).dir().exists())
        throw InputError(QStringLiteral("cannot restore to '%1': the folder does not exist").arg(target));

    Outcome outcome;
    outcome.restored = verify(backup);
    const QString staging = target + QStringLiteral(".restoring");
    removeWithCompanions(staging); // left by a restore that was interrupted
    try {
        stage(backup, staging);
        QString upgradeCopy;
        {
            // Opening it proves that it is a workspace this version uses, and brings an older one up to date.
            const Workspace staged(staging, clock);
            upgradeCopy = staged.migrationBackupPath();
        }
        if (!upgradeCopy.isEmpty())
            QFile::remove(upgradeCopy); // the backup itself is that copy
        if (QFileInfo::exists(target))
            outcome.beforeRestorePath = keepCurrentAndSwap(target, staging, clock);
        else
            renameOver(staging, target);
    } catch (...) {
        removeWithCompanions(staging);
        throw;
    }
    return outcome;
}

} // namespace gonggu
