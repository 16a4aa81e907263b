#include "SqlStatement.h"

#include "Workspace.h"
#include "domain/Errors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace gonggu {
namespace {

constexpr int sqliteReadOnly = 8; // SQLITE_READONLY; its extended codes keep it in the low byte

bool refusedAsReadOnly(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber && (code & 0xff) == sqliteReadOnly;
}

} // namespace

SqlStatement::SqlStatement(const Workspace &workspace, const QString &sql)
    : m_workspace(workspace), m_sql(sql), m_query(workspace.acquireQuery(sql, m_uncached))
{
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
    if (!m_query->exec()) {
        const QSqlError error = m_query->lastError();
        // The user's file, not a fault of ours: say what to do about it.
        if (refusedAsReadOnly(error))
            throw InputError(QCoreApplication::translate("Workspace",
                                                         "workspace '%1' is read-only, so nothing was "
                                                         "changed: make the file writable, or work on a copy")
                                 .arg(m_workspace.path()));
        throw StorageError(QStringLiteral("workspace query failed: %1 (%2)").arg(error.text(), m_sql.simplified()));
    }
    return *this;
}

QVariant SqlStatement::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}

} // namespace gonggu
