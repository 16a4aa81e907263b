// gonggu-cli backup (into the backups folder), backups and restore, and what each refuses.
#include "CliProcess.h"
#include "TempWorkspace.h"
#include "storage/WorkspaceLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

class CliBackupTest : public CliTest
{
protected:
    QString backupsFolder() const { return pathFor(u"ws.backups"_s); }

    QJsonArray listBackups() const
    {
        const CliResult result = cli({u"backups"_s, u"--format"_s, u"json"_s});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return result.json().array();
    }

    QStringList roundTitles() const
    {
        QStringList titles;
        for (const QJsonValue round : cli({u"round"_s, u"list"_s, u"--format"_s, u"json"_s}).json().array())
            titles << round.toObject()[u"title"_s].toString();
        return titles;
    }

    void makeRound(const QString &title) const
    {
        create({u"round"_s, u"create"_s, u"--title"_s, title, u"--supplier"_s, u"가나다출판사"_s});
    }

    /** One line on stderr, exit 2, and the workspace exactly as before. */
    void expectRefused(const CliResult &result, const QByteArray &digestBefore, const QString &messagePart) const
    {
        EXPECT_EQ(result.exitCode, 2) << result.err.toStdString();
        EXPECT_EQ(result.errLines().size(), 1) << result.err.toStdString();
        EXPECT_TRUE(result.err.contains(messagePart)) << result.err.toStdString();
        EXPECT_EQ(fileDigest(workspacePath()), digestBefore);
    }
};

TEST_F(CliBackupTest, BackupWithoutOutputGoesToTheBackupsFolderAndKeepsTheNewestN)
{
    makeRound(u"9월 공동구매"_s);
    for (int run = 0; run < 3; ++run) {
        const CliResult result = cli({u"backup"_s, u"--keep"_s, u"2"_s, u"--format"_s, u"json"_s});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        const QString written = result.json().object()[u"backup"_s].toString();
        EXPECT_EQ(QFileInfo(written).absolutePath(), backupsFolder());
        EXPECT_EQ(posixMode(written), 0600);
    }
    EXPECT_EQ(posixMode(backupsFolder()), 0700);

    const QJsonArray backups = listBackups();
    ASSERT_EQ(backups.size(), 2);
    for (const QJsonValue value : backups) {
        const QJsonObject backup = value.toObject();
        EXPECT_EQ(backup[u"kind"_s].toString(), u"rolling"_s);
        EXPECT_EQ(backup[u"rounds"_s].toInteger(), 1);
        EXPECT_EQ(backup[u"buyers"_s].toInteger(), 0);
        EXPECT_EQ(backup[u"bytes"_s].toInteger(), QFileInfo(backup[u"path"_s].toString()).size());
        EXPECT_FALSE(backup[u"taken"_s].toString().isEmpty());
    }
    EXPECT_EQ(QDir(backupsFolder()).entryList(QDir::Files).size(), 2);
}

TEST_F(CliBackupTest, BackupsListsTheNewestFirstAsATableToo)
{
    makeRound(u"9월 공동구매"_s);
    ASSERT_EQ(cli({u"backup"_s}).exitCode, 0);
    const CliResult table = cli({u"backups"_s});
    ASSERT_EQ(table.exitCode, 0) << table.err.toStdString();
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.first().contains(u"taken"_s) && lines.first().contains(u"buyers"_s))
        << lines.first().toStdString();
    EXPECT_TRUE(table.out.contains(u"rolling"_s));
}

TEST_F(CliBackupTest, ListingWhenThereAreNoneCreatesNothing)
{
    const CliResult result = cli({u"backups"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.json().isArray());
    EXPECT_TRUE(result.json().array().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(workspacePath())) << "listing never creates the workspace";
    EXPECT_FALSE(QFileInfo::exists(backupsFolder()));
}

TEST_F(CliBackupTest, KeepIsCheckedAndGoesOnlyWithTheBackupsFolder)
{
    makeRound(u"9월 공동구매"_s);
    const QByteArray digest = fileDigest(workspacePath());
    const QString output = pathFor(u"copy.gonggu"_s);
    expectRefused(cli({u"backup"_s, u"--output"_s, output, u"--keep"_s, u"3"_s}), digest, u"--keep"_s);
    EXPECT_FALSE(QFileInfo::exists(output));
    expectRefused(cli({u"backup"_s, u"--keep"_s, u"0"_s}), digest, u"--keep"_s);
    expectRefused(cli({u"backup"_s, u"--keep"_s, u"101"_s}), digest, u"--keep"_s);
    EXPECT_TRUE(QDir(backupsFolder()).entryList(QDir::Files).isEmpty());
}

TEST_F(CliBackupTest, RestorePutsTheBackupBackAndKeepsTheWorkspaceAsItWas)
{
    makeRound(u"9월 공동구매"_s);
    const QString backup = pathFor(u"9월.gonggu"_s);
    ASSERT_EQ(cli({u"backup"_s, u"--output"_s, backup}).exitCode, 0);
    makeRound(u"10월 공동구매"_s);

    const CliResult restored = cli({u"restore"_s, u"--from"_s, backup, u"--format"_s, u"json"_s});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    const QJsonObject outcome = restored.json().object();
    EXPECT_EQ(outcome[u"rounds"_s].toInteger(), 1);
    const QString kept = outcome[u"before_restore"_s].toString();
    EXPECT_EQ(QFileInfo(kept).absolutePath(), backupsFolder());
    EXPECT_EQ(posixMode(kept), 0600);
    EXPECT_EQ(posixMode(workspacePath()), 0600);

    EXPECT_EQ(roundTitles(), QStringList{u"9월 공동구매"_s});
    const QJsonArray backups = listBackups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.at(0).toObject()[u"kind"_s].toString(), u"before-restore"_s);
    EXPECT_EQ(backups.at(0).toObject()[u"rounds"_s].toInteger(), 2);

    // And back again: the restore is undone with the copy it kept.
    ASSERT_EQ(cli({u"restore"_s, u"--from"_s, kept}).exitCode, 0);
    EXPECT_EQ(roundTitles().size(), 2);
}

TEST_F(CliBackupTest, RestoreRefusesAFileThatIsNoWorkspace)
{
    makeRound(u"9월 공동구매"_s);
    const QString text = pathFor(u"명단.csv"_s);
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("이름,수량\n김하나,1\n");
    }
    const QByteArray digest = fileDigest(workspacePath());
    expectRefused(cli({u"restore"_s, u"--from"_s, text}), digest, u"not a Gonggu workspace"_s);
    EXPECT_FALSE(QFileInfo::exists(backupsFolder())) << "nothing was kept because nothing was replaced";
    expectRefused(cli({u"restore"_s}), digest, u"--from"_s);
}

TEST_F(CliBackupTest, RestoreRefusesAWorkspaceAGongguWindowHasOpen)
{
    makeRound(u"9월 공동구매"_s);
    const QString backup = pathFor(u"9월.gonggu"_s);
    ASSERT_EQ(cli({u"backup"_s, u"--output"_s, backup}).exitCode, 0);
    WorkspaceLock window(workspacePath()); // this test process plays the window
    ASSERT_TRUE(window.tryLock());

    const QByteArray digest = fileDigest(workspacePath());
    const CliResult result = cli({u"restore"_s, u"--from"_s, backup});
    expectRefused(result, digest, u"open in a Gonggu window"_s);
    EXPECT_TRUE(result.err.contains(QString::number(QCoreApplication::applicationPid()))) << result.err.toStdString();
    EXPECT_TRUE(window.isLocked());
}

TEST_F(CliBackupTest, RestoreIntoANewWorkspaceFile)
{
    makeRound(u"9월 공동구매"_s);
    const QString backup = pathFor(u"9월.gonggu"_s);
    ASSERT_EQ(cli({u"backup"_s, u"--output"_s, backup}).exitCode, 0);
    const QString fresh = pathFor(u"새장부.gonggu"_s);
    const CliResult result =
        cliRaw({u"--workspace"_s, fresh, u"restore"_s, u"--from"_s, backup, u"--format"_s, u"json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.json().object()[u"before_restore"_s].isNull());
    EXPECT_EQ(posixMode(fresh), 0600);
    EXPECT_FALSE(QFileInfo::exists(fresh + u".lock"_s)) << "the lock goes with the command";
}

} // namespace
} // namespace gonggu::test
