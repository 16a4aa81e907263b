// Which files gonggu-cli accepts as a workspace, and that refused files are left exactly as they were.
#include "CliProcess.h"
#include "TempWorkspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

using CliWorkspaceFileTest = CliTest;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/** Makes an SQLite file by hand with the given application_id, user_version and one table. */
void makeSqliteFile(const QString &path, int applicationId, int userVersion)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"maker"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(u"CREATE TABLE notes (body TEXT)"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO notes VALUES ('남의 파일')"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"maker"_s);
}

void expectRefusedUntouched(const CliResult &result, const QString &path, const QByteArray &digestBefore,
                            const QString &messagePart)
{
    EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
    EXPECT_EQ(result.errLines().size(), 1) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains(messagePart)) << result.err.toStdString();
    EXPECT_EQ(fileDigest(path), digestBefore);
    EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
}

TEST_F(CliWorkspaceFileTest, NewWorkspaceIsPrivate)
{
    create({u"person"_s, u"add"_s, u"--name"_s, u"한사람"_s});
    EXPECT_EQ(posixMode(workspacePath()), 0600);
}

TEST_F(CliWorkspaceFileTest, FailedCommandLeavesNoNewFileBehind)
{
    const CliResult result = cli({u"summary"_s, u"--round"_s, u"1"_s});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(workspacePath()));
}

TEST_F(CliWorkspaceFileTest, TextFileIsRefusedAndUntouched)
{
    writeFile(workspacePath(), "이름,수량\n김하나,1\n");
    const QByteArray digest = fileDigest(workspacePath());
    expectRefusedUntouched(cli({u"round"_s, u"list"_s}), workspacePath(), digest, u"not an SQLite database"_s);
}

TEST_F(CliWorkspaceFileTest, OtherProgramsDatabaseIsRefusedAndUntouched)
{
    makeSqliteFile(workspacePath(), 0, 0);
    const QByteArray digest = fileDigest(workspacePath());
    expectRefusedUntouched(cli({u"person"_s, u"add"_s, u"--name"_s, u"침입자"_s}), workspacePath(), digest,
                           u"not a Gonggu workspace"_s);
}

TEST_F(CliWorkspaceFileTest, NewerWorkspaceIsRefusedAndUntouched)
{
    makeSqliteFile(workspacePath(), Workspace::applicationId, Workspace::currentSchemaVersion + 1);
    const QByteArray digest = fileDigest(workspacePath());
    expectRefusedUntouched(cli({u"round"_s, u"list"_s}), workspacePath(), digest, u"newer"_s);
}

TEST_F(CliWorkspaceFileTest, DemoNeverOverwritesTheWorkspace)
{
    create({u"person"_s, u"add"_s, u"--name"_s, u"내 사람"_s});
    const QByteArray digest = fileDigest(workspacePath());
    const CliResult result = cli({u"demo"_s, u"--output"_s, workspacePath()});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.err.contains(u"own workspace"_s)) << result.err.toStdString();
    EXPECT_EQ(fileDigest(workspacePath()), digest);
}

TEST_F(CliWorkspaceFileTest, CheckReportsAHealthyWorkspace)
{
    useDemoWorkspace();
    const CliResult check = cli({u"check"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(check.exitCode, 0);
    EXPECT_TRUE(check.json().object()[u"ok"_s].toBool());
    EXPECT_EQ(check.json().object()[u"schema_version"_s].toInt(), Workspace::currentSchemaVersion);
}

} // namespace
} // namespace gonggu::test
