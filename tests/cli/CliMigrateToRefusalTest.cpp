#include "CliProcess.h"
#include "TempWorkspace.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace gonggu::test {
namespace {

// Refusals that need no server: each exits 2 with one line and leaves the workspace file as it was.
class CliMigrateToRefusalTest : public CliTest
{
protected:
    // Nothing listens on port 1 of this machine.
    const QString unreachable = QStringLiteral("postgresql://gonggu@127.0.0.1:1/gonggu?connect_timeout=5");

    void expectRefused(const CliResult &result, const QString &reason) const
    {
        EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
        EXPECT_EQ(result.errLines().size(), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(reason)) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty()) << result.out.toStdString();
    }
};

TEST_F(CliMigrateToRefusalTest, WithoutAServerAddress)
{
    useDemoWorkspace();
    const QByteArray before = fileDigest(workspacePath());
    expectRefused(cli({QStringLiteral("migrate-to")}), QStringLiteral("give the server"));
    EXPECT_EQ(fileDigest(workspacePath()), before);
}

TEST_F(CliMigrateToRefusalTest, AnAddressThatIsNotPostgresql)
{
    useDemoWorkspace();
    expectRefused(cli({QStringLiteral("migrate-to"), QStringLiteral("mysql://me@host/db")}),
                  QStringLiteral("is not a server address"));
    expectRefused(cli({QStringLiteral("migrate-to"), pathFor(QStringLiteral("copy.gonggu"))}),
                  QStringLiteral("is not a server address"));
    EXPECT_FALSE(QFileInfo::exists(pathFor(QStringLiteral("copy.gonggu"))));
    expectRefused(cli({QStringLiteral("migrate-to"), QStringLiteral("postgresql://me@host/")}),
                  QStringLiteral("names no database"));
}

TEST_F(CliMigrateToRefusalTest, AMissingWorkspaceFileIsNotCreated)
{
    expectRefused(cli({QStringLiteral("migrate-to"), unreachable}), QStringLiteral("does not exist"));
    EXPECT_FALSE(QFileInfo::exists(workspacePath()));
}

TEST_F(CliMigrateToRefusalTest, AFileThatIsNotAWorkspace)
{
    for (const QByteArray &content : {QByteArray(), QByteArrayLiteral("이름,전화\n김민수,010-1234-5678\n")}) {
        QFile file(workspacePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const QByteArray before = fileDigest(workspacePath());
        expectRefused(cli({QStringLiteral("migrate-to"), unreachable}), QStringLiteral("not a Gonggu workspace"));
        EXPECT_EQ(fileDigest(workspacePath()), before);
        EXPECT_EQ(QFileInfo(workspacePath()).size(), content.size());
    }
}

TEST_F(CliMigrateToRefusalTest, AServerAsTheSource)
{
    expectRefused(cliRaw({QStringLiteral("--workspace"), unreachable, QStringLiteral("migrate-to"), unreachable}),
                  QStringLiteral("copies a workspace file"));
}

TEST_F(CliMigrateToRefusalTest, AServerThatCannotBeReached)
{
    useDemoWorkspace();
    const QByteArray before = fileDigest(workspacePath());
    expectRefused(cli({QStringLiteral("migrate-to"), unreachable}), QStringLiteral("cannot connect"));
    EXPECT_EQ(fileDigest(workspacePath()), before);
}

TEST_F(CliMigrateToRefusalTest, AFailedCommandOnAServerAddressTouchesNoFile)
{
    // The clean-up after a failed command removes a workspace file the command made. Read as a relative file path,
    // an address names a file under the current folder: that file is not the command's to remove.
    const QString address = QStringLiteral("postgresql://gonggu@127.0.0.1:1/gonggu");
    const QString lookalike = pathFor(QStringLiteral("postgresql:/gonggu@127.0.0.1:1/gonggu"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(lookalike).path()));
    QFile file(lookalike);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("someone's notes");
    file.close();

    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(pathFor(QString()));
    process.start(cliPath(), {QStringLiteral("--workspace"), address, QStringLiteral("round"), QStringLiteral("list")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(QFileInfo::exists(lookalike));
    EXPECT_EQ(QFileInfo(lookalike).size(), 15);
}

} // namespace
} // namespace gonggu::test
