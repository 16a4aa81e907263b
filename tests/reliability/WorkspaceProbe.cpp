#include "WorkspaceProbe.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace gonggu::test {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("workspace-probe-%1").arg(++counter);
}

QStringList firstColumn(QSqlQuery &query)
{
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

WorkspaceProbe::WorkspaceProbe(const QString &path, Mode mode) : m_connectionName(nextConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(mode == Mode::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_open = db.open();
    if (!m_open)
        m_openError = db.lastError().text();
}

WorkspaceProbe::~WorkspaceProbe()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList WorkspaceProbe::integrityCheck() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return {query.lastError().text()};
    return firstColumn(query);
}

QStringList WorkspaceProbe::foreignKeyViolations() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {query.lastError().text()};
    QStringList violations;
    while (query.next()) {
        violations << QStringLiteral("%1 row %2 → %3")
                          .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    }
    return violations;
}

QVariant WorkspaceProbe::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        return {};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

QString WorkspaceProbe::content() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString text;
    QSqlQuery query(db);
    for (const QString &pragma : {QStringLiteral("application_id"), QStringLiteral("user_version")}) {
        if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
            text += pragma + u'=' + query.value(0).toString() + u'\n';
    }
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")))
        return text + query.lastError().text();
    while (query.next()) {
        text += query.value(0).toString() + u' ' + query.value(1).toString() + QStringLiteral(": ") +
                query.value(2).toString() + u'\n';
        if (query.value(0).toString() == u"table")
            tables << query.value(1).toString();
    }
    for (const QString &table : tables) {
        QSqlQuery rows(db);
        // Table names come from sqlite_master itself, so quoting them is enough.
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
            text += table + QStringLiteral(": ") + rows.lastError().text() + u'\n';
            continue;
        }
        while (rows.next()) {
            QStringList cells;
            for (int c = 0; c < rows.record().count(); ++c)
                cells << (rows.isNull(c) ? QStringLiteral("NULL") : rows.value(c).toString());
            text += table + QStringLiteral(": ") + cells.join(u'|') + u'\n';
        }
    }
    return text;
}

QString workspaceContent(const QString &path)
{
    const WorkspaceProbe probe(path, WorkspaceProbe::Mode::ReadOnly);
    if (!probe.isOpen())
        return QStringLiteral("<cannot open: %1>").arg(probe.openError());
    return probe.content();
}

} // namespace gonggu::test
