#include "SqlStatement.h"

#include "Transaction.h"
#include "Workspace.h"
#include "WorkspaceBackend.h"
#include "domain/Errors.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>

namespace gonggu {
namespace {

// "payment added", "buyer_order changed", "item removed" for a write; empty for a read. Statements are few and
// run often (an import runs one 100,000 times), so each text is looked at once per thread.
QString whatItWrites(const QString &sql)
{
    thread_local QHash<QString, QString> known;
    const auto found = known.constFind(sql);
    if (found != known.constEnd())
        return *found;
    static const QRegularExpression write(QStringLiteral("^\\s*(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = write.match(sql);
    QString what;
    if (match.hasMatch() && match.captured(2) != u"change_log") {
        const QString verb = match.captured(1).left(1).toUpper();
        what = match.captured(2) + (verb == u"I"   ? QStringLiteral(" added")
                                    : verb == u"U" ? QStringLiteral(" changed")
                                                   : QStringLiteral(" removed"));
    }
    known.insert(sql, what);
    return what;
}

} // namespace

SqlStatement::SqlStatement(const Workspace &workspace, const QString &sql)
    : m_workspace(workspace), m_sql(sql), m_query(workspace.acquireQuery(sql, m_uncached))
{
    m_writes = whatItWrites(sql);
}

SqlStatement::~SqlStatement()
{
    m_workspace.releaseQuery(m_sql, m_query);
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    // The SQLite driver binds a null QString as SQL NULL; NOT NULL text columns want '' instead.
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        bindNow(placeholder, QStringLiteral(""));
        return *this;
    }
    // Flags are INTEGER 0/1 columns: PostgreSQL will not take TRUE/FALSE for them.
    if (value.typeId() == QMetaType::Bool) {
        bindNow(placeholder, value.toBool() ? 1 : 0);
        return *this;
    }
    bindNow(placeholder, value);
    return *this;
}

void SqlStatement::bindNow(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, value);
    if (m_writes.isEmpty() && m_workspace.isShared()) // only a server's connection is ever made anew
        m_readBindings.insert(placeholder, value);
}

void SqlStatement::prepareAgain()
{
    // The kept statement went with the old connection (it is in use, so the cache still holds it): a fresh one
    // is prepared first, so that a failure leaves this statement whole for its destructor.
    std::unique_ptr<QSqlQuery> fresh;
    QSqlQuery *query = m_workspace.acquireQuery(m_sql, fresh);
    m_workspace.releaseQuery(m_sql, m_query);
    m_uncached = std::move(fresh);
    m_query = query;
    for (auto binding = m_readBindings.cbegin(); binding != m_readBindings.cend(); ++binding)
        m_query->bindValue(binding.key(), binding.value());
}

SqlStatement &SqlStatement::bindOptionalText(const QString &placeholder, const QString &text)
{
    bindNow(placeholder, text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
    return *this;
}

SqlStatement &SqlStatement::exec()
{
    if (!m_writes.isEmpty() && !m_workspace.inTransaction()) {
        // A write on its own gets a transaction of its own, so that on a shared workspace too it waits for the
        // write lock like any change does. The connection, not the const view of it, is what changes here.
        Transaction transaction(const_cast<Workspace &>(m_workspace));
        execQuery();
        // Read before the commit records the change, which inserts a row of its own. Only after an INSERT: asked
        // before any, PostgreSQL fails (lastval is not yet defined) and that dooms the transaction.
        if (m_writes.endsWith(QStringLiteral(" added")))
            m_insertedId = m_query->lastInsertId().toLongLong();
        transaction.commit();
        return *this;
    }
    execQuery();
    return *this;
}

void SqlStatement::execQuery()
{
    bool askedAgain = false;
    while (!m_query->exec()) {
        const QSqlError error = m_query->lastError();
        // A read outside any change is asked again on the new connection: nothing was half done.
        if (!askedAgain && m_writes.isEmpty() && !m_workspace.inTransaction() && m_workspace.reconnectIfLost(error)) {
            askedAgain = true;
            prepareAgain();
            continue;
        }
        m_workspace.throwIfConnectionLost(error, false);
        // The user's file, not a fault of ours: say what to do about it.
        if (m_workspace.backend().refusedAsReadOnly(error) && m_workspace.isShared())
            throw InputError(QCoreApplication::translate("Workspace",
                                                         "the server of '%1' refused the change (read-only, or "
                                                         "this login may not write), so nothing was changed")
                                 .arg(m_workspace.path()));
        if (m_workspace.backend().isTransient(error))
            throw ConflictError(Workspace::busyRefusal(m_workspace.path()));
        if (m_workspace.backend().refusedAsReadOnly(error))
            throw InputError(QCoreApplication::translate("Workspace",
                                                         "workspace '%1' is read-only, so nothing was "
                                                         "changed: make the file writable, or work on a copy")
                                 .arg(m_workspace.path()));
        throw StorageError(QStringLiteral("workspace query failed: %1 (%2)").arg(error.text(), m_sql.simplified()));
    }
    if (!m_writes.isEmpty())
        m_workspace.noteWrite(m_writes, m_query->numRowsAffected());
}

QVariant SqlStatement::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}

} // namespace gonggu
