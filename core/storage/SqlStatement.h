#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace gonggu {

class Workspace;

/** A prepared statement (cached by the workspace) with bound values that turns every SQL failure into a
 *  StorageError: callers check user input first (and say what is wrong), so a constraint that still
 *  fires here is a bug. Short-lived: create, bind, exec, read, drop. */
class SqlStatement
{
public:
    SqlStatement(const Workspace &workspace, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    /** Binds NULL for an empty string, the text otherwise: optional text columns store NULL. */
    SqlStatement &bindOptionalText(const QString &placeholder, const QString &text);

    SqlStatement &exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    bool isNull(int column) const { return m_query->isNull(column); }
    qint64 lastInsertId() const { return m_insertedId ? *m_insertedId : m_query->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }

    /** Runs the statement and returns the first column of the first row (null QVariant if none). */
    QVariant scalar();

private:
    void execQuery();
    void bindNow(const QString &placeholder, const QVariant &value);
    /** The connection was lost and is made again: the statement is prepared anew on it, with its values. */
    void prepareAgain();

    const Workspace &m_workspace;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_uncached; // only while the cached query is busy
    QSqlQuery *m_query;
    QString m_writes;                        // "payment added" for a write, empty for a read
    std::optional<qint64> m_insertedId;      // when the statement ran in a transaction of its own
    QHash<QString, QVariant> m_readBindings; // a read's values, for asking it again after a reconnect
};

} // namespace gonggu
