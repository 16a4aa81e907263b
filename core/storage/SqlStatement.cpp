#include "SqlStatement.h"

#include "Workspace.h"
#include "domain/Errors.h"

#include <QSqlError>

namespace gonggu {

SqlStatement::SqlStatement(const Workspace &workspace, const QString &sql)
    : m_query(workspace.database()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw StorageError(QStringLiteral("cannot prepare SQL (%1): %2").arg(sql.simplified(), m_query.lastError().text()));
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlStatement &SqlStatement::bindOptionalText(const QString &placeholder, const QString &text)
{
    return bind(placeholder, text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
}

SqlStatement &SqlStatement::exec()
{
    if (!m_query.exec()) {
        const QSqlError error = m_query.lastError();
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
