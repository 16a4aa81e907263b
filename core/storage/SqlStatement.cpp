#include "SqlStatement.h"

#include "Workspace.h"
#include "Transaction.h"
#include "WorkspaceBackend.h"
#include "domain/Errors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace gonggu {

SqlStatement::SqlStatement(const Workspace &workspace, const QString &sql)
    : m_workspace(workspace), m_sql(sql), m_query(workspace.acquireQuery(sql, m_uncached))
{
    static const QRegularExpression write(QStringLiteral("^\\s*(INSERT|UPDATE|DELETE)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    m_writes = write.match(sql).hasMatch();
}

SqlStatement::~SqlStatement()
{
    m_workspace.releaseQuery(m_sql, m_query);
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    // The SQLite driver binds a null QString as SQL NULL; NOT NULL text columns want '' instead.
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query->bindValue(placeholder, QStringLiteral(""));
        return *this;
    }
    // Flags are INTEGER 0/1 columns: PostgreSQL will not take TRUE/FALSE for them.
    if (value.typeId() == QMetaType::Bool) {
        m_query->bindValue(placeholder, value.toBool() ? 1 : 0);
        return *this;
    }
    m_query->bindValue(placeholder, value);
    return *this;
}

SqlStatement &SqlStatement::bindOptionalText(const QString &placeholder, const QString &text)
{
    m_query->bindValue(placeholder, text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
    return *this;
}

SqlStatement &SqlStatement::exec()
{
    if (m_writes && !m_workspace.inTransaction()) {
        // A write on its own gets a transaction of its own, so that on a shared workspace too it waits for the
        // write lock like any change does. The connection, not the const view of it, is what changes here.
        Transaction transaction(const_cast<Workspace &>(m_workspace));
        execQuery();
        transaction.commit();
        return *this;
    }
    execQuery();
    return *this;
}

void SqlStatement::execQuery()
{
    if (!m_query->exec()) {
        const QSqlError error = m_query->lastError();
        // The user's file, not a fault of ours: say what to do about it.
        if (m_workspace.backend().refusedAsReadOnly(error) && m_workspace.isShared())
            throw InputError(QCoreApplication::translate("Workspace",
                                                         "the server of '%1' refused the change (read-only, or "
                                                         "this login may not write), so nothing was changed")
                                 .arg(m_workspace.path()));
        if (m_workspace.backend().refusedAsReadOnly(error))
            throw InputError(QCoreApplication::translate("Workspace",
                                                         "workspace '%1' is read-only, so nothing was "
                                                         "changed: make the file writable, or work on a copy")
                                 .arg(m_workspace.path()));
        throw StorageError(QStringLiteral("workspace query failed: %1 (%2)").arg(error.text(), m_sql.simplified()));
    }
}

QVariant SqlStatement::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}

} // namespace gonggu
