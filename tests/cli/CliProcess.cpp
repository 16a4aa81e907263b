#include "CliProcess.h"

#include "TestPaths.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace gonggu::test {

QProcessEnvironment CliTest::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Keep the user's real default workspace out of reach of every test.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    return environment;
}

CliResult CliTest::cliRaw(const QStringList &arguments) const
{
    return cliRaw(arguments, environment());
}

CliResult CliTest::cliRaw(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        ADD_FAILURE() << "gonggu-cli did not finish: " << arguments.join(u' ').toStdString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult CliTest::cli(const QStringList &arguments) const
{
    return cliRaw(QStringList{QStringLiteral("--workspace"), workspacePath()} + arguments);
}

qint64 CliTest::create(QStringList arguments) const
{
    arguments << QStringLiteral("--format") << QStringLiteral("json");
    const CliResult result = cli(arguments);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    return result.json().object().value(QStringLiteral("id")).toInteger(-1);
}

void CliTest::useDemoWorkspace()
{
    const CliResult demo = cliRaw({QStringLiteral("demo"), QStringLiteral("--output"), workspacePath()});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
}

QString workspaceDump(const QString &path)
{
    const QString name = QStringLiteral("dump-%1").arg(quintptr(&path));
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("<cannot open>");
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : names) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
            while (rows.next()) {
                QStringList cells;
                for (int c = 0; c < rows.record().count(); ++c)
                    cells << rows.value(c).toString();
                dump += table + u':' + cells.join(u'|') + u'\n';
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

} // namespace gonggu::test
