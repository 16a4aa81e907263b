#include "Workspace.h"

#include "FixedStatement.h"
#include "Migrations.h"
#include "PostgresBackend.h"
#include "SqlStatement.h"
#include "SqliteBackend.h"
#include "StoredTime.h"
#include "Transaction.h"
#include "WorkspaceLocation.h"
#include "domain/Errors.h"

#include <QAtomicInt>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <utility>

namespace gonggu {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("gonggu-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

std::unique_ptr<WorkspaceBackend> backendFor(const WorkspaceLocation &location, const Clock &clock)
{
    if (location.isServer())
        return std::make_unique<PostgresBackend>(location);
    return std::make_unique<SqliteBackend>(location.filePath(), clock);
}

} // namespace

Workspace::Workspace(const QString &location, const Clock &clock) : Workspace(WorkspaceLocation::parse(location), clock)
{
}

Workspace::Workspace(const WorkspaceLocation &location, const Clock &clock)
    : m_clock(clock), m_backend(backendFor(location, clock)), m_coordinator(m_backend->defaultCoordinator())
{
    m_connectionName = nextConnectionName();
    try {
        m_backend->open(m_connectionName);
        migrate();
    } catch (...) {
        m_queryCache.clear();
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
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

QString Workspace::path() const
{
    return m_backend->location();
}

QString Workspace::changeChannel() const
{
    return m_backend->changeChannel();
}

bool Workspace::isShared() const
{
    return m_backend->isShared();
}

void Workspace::setCoordinator(const QString &name)
{
    const QString trimmed = name.trimmed();
    m_coordinator = trimmed.isEmpty() ? m_backend->defaultCoordinator() : trimmed;
}

QSqlQuery *Workspace::acquireQuery(const QString &sql, std::unique_ptr<QSqlQuery> &uncached) const
{
    auto it = m_queryCache.find(sql);
    if (it != m_queryCache.end() && !it->second.inUse) {
        it->second.inUse = true;
        return it->second.query.get();
    }
    const auto newQuery = [this] {
        auto query = std::make_unique<QSqlQuery>(database());
        // PostgreSQL's driver reads a forward-only result a row at a time and leaves the connection busy until
        // its next statement; a busy connection takes in no notifications, so other coordinators' changes went
        // unheard. Read whole, a result leaves the connection free.
        query->setForwardOnly(!m_backend->isShared());
        return query;
    };
    std::unique_ptr<QSqlQuery> query = newQuery();
    bool prepared = query->prepare(sql);
    if (!prepared && !inTransaction() && reconnectIfLost(query->lastError())) {
        // Preparing changes nothing: outside a change it is done again on the connection made anew.
        query = newQuery();
        prepared = query->prepare(sql);
        it = m_queryCache.find(sql); // the reconnection dropped the kept statements not in use
    }
    if (!prepared) {
        throwIfConnectionLost(query->lastError(), false); // inside a change, the change went with the connection
        throw StorageError(
            QStringLiteral("cannot prepare SQL (%1): %2").arg(sql.simplified(), query->lastError().text()));
    }
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
    if (it == m_queryCache.end() || it->second.query.get() != query)
        return;
    if (it->second.stale)
        m_queryCache.erase(it);
    else
        it->second.inUse = false;
}

bool Workspace::reconnectIfLost(const QSqlError &error) const
{
    QSqlDatabase db = database();
    if (!m_backend->connectionLost(db, error))
        return false;
    // The statements prepared on the lost connection went with it; those in use go when released.
    for (auto it = m_queryCache.begin(); it != m_queryCache.end();) {
        if (it->second.inUse) {
            it->second.stale = true;
            ++it;
        } else {
            it = m_queryCache.erase(it);
        }
    }
    m_transactionLost = m_transactionDepth > 0;
    if (!m_backend->reconnect(db))
        throw ConflictError(QCoreApplication::translate("Workspace",
                                                        "the connection to the server of '%1' was lost and cannot "
                                                        "be made again now (%2): nothing was changed, try again "
                                                        "later")
                                .arg(path(), db.lastError().text().simplified()));
    ++m_connectionGeneration;
    return true;
}

void Workspace::throwIfConnectionLost(const QSqlError &error, bool committing) const
{
    if (!reconnectIfLost(error))
        return;
    if (committing)
        throw ConflictError(QCoreApplication::translate("Workspace",
                                                        "the connection to the server of '%1' was lost while the "
                                                        "change was being saved, and is made again: look whether "
                                                        "the change is there before making it again")
                                .arg(path()));
    throw ConflictError(QCoreApplication::translate("Workspace",
                                                    "the connection to the server of '%1' was lost and is made "
                                                    "again: nothing was changed, try again")
                            .arg(path()));
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
    return m_backend->schemaVersion(database());
}

void Workspace::migrate()
{
    const int from = schemaVersion();
    if (from >= currentSchemaVersion)
        return;
    m_migrationBackupPath = m_backend->backUpBeforeMigration(database(), from);
    for (const MigrationStep &step : migrationSteps()) {
        if (step.toVersion <= from)
            continue;
        Transaction transaction(*this);
        if (m_backend->lockedSchemaVersion(database()) < step.toVersion) { // else another program just did it
            for (const QString &statement : step.statements)
                execFixed(database(),
                          m_backend->ddl(statement)); // DDL takes no values, and PostgreSQL cannot prepare it
            // The version is written in the same transaction as the step: a step is done or not at all.
            m_backend->writeSchemaVersion(database(), step.toVersion);
        }
        transaction.commit();
    }
}

void Workspace::backupTo(const QString &targetPath) const
{
    m_backend->backupTo(database(), targetPath);
}

QStringList Workspace::integrityProblems() const
{
    return m_backend->integrityProblems(database());
}

QStringList Workspace::integrityProblems(const QSqlDatabase &db)
{
    return SqliteBackend::sqliteIntegrityProblems(db);
}

QString Workspace::busyRefusal(const QString &location)
{
    return tr("other changes kept workspace '%1' busy for too long, so nothing was changed: try again").arg(location);
}

void Workspace::describeNextChanges(std::optional<RoundId> round, const QString &summary)
{
    m_describedRound = round;
    m_describedSummary = summary.simplified();
}

void Workspace::noteWrite(const QString &what, int rows) const
{
    if (rows > 0)
        m_writesInTransaction[what] += rows;
}

std::vector<qint64> Workspace::takeCommittedChangeIds()
{
    return std::exchange(m_committedChangeIds, {});
}

void Workspace::recordChange()
{
    QString summary = m_describedSummary;
    if (summary.isEmpty()) {
        QStringList parts;
        for (const auto &[what, rows] : m_writesInTransaction)
            parts << QStringLiteral("%1 × %2").arg(what).arg(rows);
        summary = parts.join(QStringLiteral(", "));
    }
    // The round may be the one this very change removed: then the record keeps no round.
    SqlStatement record(*this, QStringLiteral("INSERT INTO change_log (at, coordinator, round_id, summary) VALUES "
                                              "(:at, :coordinator, (SELECT id FROM round WHERE id = :round), "
                                              ":summary)"));
    record.bind(QStringLiteral(":at"), StoredTime::text(m_clock.nowUtc()))
        .bind(QStringLiteral(":coordinator"), m_coordinator)
        .bind(QStringLiteral(":round"), m_describedRound ? QVariant(*m_describedRound) : QVariant())
        .bind(QStringLiteral(":summary"), summary)
        .exec();
    m_recordedChangeId = record.lastInsertId();
    m_backend->announceChange(database(), m_coordinator);
}

bool Workspace::beginTransaction()
{
    if (m_transactionDepth++ > 0)
        return false;
    m_rollbackOnly = false;
    for (const QString &statement : m_backend->beginWriteStatements()) {
        QSqlQuery query(database());
        if (query.exec(statement))
            continue;
        m_transactionDepth = 0;
        const QSqlError error = query.lastError();
        throwIfConnectionLost(error, false);
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK")); // when BEGIN went through but the lock did not
        if (m_backend->isTransient(error))
            throw ConflictError(busyRefusal(path()));
        throw StorageError(QStringLiteral("cannot start a change: %1 (%2)").arg(error.text(), statement));
    }
    return true;
}

void Workspace::endTransaction(bool outermost, bool commit)
{
    if (!commit)
        m_rollbackOnly = true;
    if (outermost && commit && !m_rollbackOnly && !m_writesInTransaction.empty()) {
        try {
            recordChange(); // in the same transaction: a change and its record are committed together
        } catch (...) {
            m_rollbackOnly = true;
            endTransaction(outermost, false);
            throw;
        }
    }
    --m_transactionDepth;
    if (!outermost)
        return;
    m_writesInTransaction.clear();
    const std::optional<qint64> recorded = std::exchange(m_recordedChangeId, std::nullopt);
    if (commit && !m_rollbackOnly) {
        QSqlQuery commitQuery(database());
        if (commitQuery.exec(QStringLiteral("COMMIT"))) {
            if (recorded)
                m_committedChangeIds.push_back(*recorded);
            return;
        }
        const QString reason = commitQuery.lastError().text();
        throwIfConnectionLost(commitQuery.lastError(), true);
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        throw StorageError(QStringLiteral("the change could not be committed: %1").arg(reason));
    }
    if (!std::exchange(m_transactionLost, false)) {
        QSqlQuery rollback(database());
        rollback.exec(QStringLiteral("ROLLBACK")); // nothing more to do if even this fails: closing undoes it
    }
    if (commit)
        throw StorageError(QStringLiteral("an inner step failed, so the change was rolled back"));
}

} // namespace gonggu
