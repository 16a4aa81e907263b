#include "TestServer.h"

#include "storage/WorkspaceLocation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace gonggu::test {
namespace {

const QString adminConnection = QStringLiteral("gonggu-test-server");

QSqlDatabase adminDatabase()
{
    if (QSqlDatabase::contains(adminConnection))
        return QSqlDatabase::database(adminConnection);
    const WorkspaceLocation server = WorkspaceLocation::parse(TestServer::url());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection);
    db.setHostName(server.host());
    if (server.port() > 0)
        db.setPort(server.port());
    db.setUserName(server.user());
    db.setPassword(server.password());
    db.setDatabaseName(server.database());
    if (!db.open())
        throw std::runtime_error("cannot reach the test server: " + db.lastError().text().toStdString());
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO WARNING"));
    return db;
}

void run(const QString &sql)
{
    QSqlQuery query(adminDatabase());
    if (!query.exec(sql))
        throw std::runtime_error(sql.toStdString() + ": " + query.lastError().text().toStdString());
}

} // namespace

QString TestServer::url()
{
    return qEnvironmentVariable("GONGGU_TEST_POSTGRES");
}

QString TestServer::newWorkspaceUrl()
{
    static QAtomicInt counter;
    const QString schema =
        QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    run(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    run(QStringLiteral("CREATE SCHEMA %1").arg(schema));
    const QString separator = url().contains(u'?') ? QStringLiteral("&") : QStringLiteral("?");
    return url() + separator + QStringLiteral("options=-csearch_path%3D") + schema;
}

void TestServer::dropWorkspace(const QString &workspaceUrl)
{
    static const QRegularExpression schema(QStringLiteral("search_path%3D(test_[0-9_]+)"));
    const QRegularExpressionMatch match = schema.match(workspaceUrl);
    if (match.hasMatch())
        run(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(match.captured(1)));
}

} // namespace gonggu::test
