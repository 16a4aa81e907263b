#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

namespace gonggu::test {

/** A plain QSQLITE connection beside Workspace, to build or inspect files as another program would. */
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("raw-sqlite-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        EXPECT_TRUE(m_open) << db.lastError().text().toStdString();
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    /** Runs one statement and records a test failure if it fails. */
    void exec(const QString &sql) const
    {
        QSqlQuery query(database());
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }

    /** First column of the first row, or an invalid QVariant. */
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    bool hasTable(const QString &table) const
    {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    }

private:
    static int &counter()
    {
        static int value = 0;
        return value;
    }

    QString m_name;
    bool m_open = false;
};

} // namespace gonggu::test
