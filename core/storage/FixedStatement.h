#pragma once

#include "domain/Errors.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace gonggu {

/** Runs one statement that takes no values: DDL, PRAGMAs and session settings, which cannot take bound
 *  parameters (and PostgreSQL cannot prepare DDL). Every value spliced into these is a constant of core/storage,
 *  never user input. Throws StorageError naming the statement. */
inline QSqlQuery execFixed(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError(QStringLiteral("workspace statement failed: %1 (%2)").arg(query.lastError().text(), sql));
    return query;
}

} // namespace gonggu
