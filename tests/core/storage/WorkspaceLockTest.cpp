#include "storage/WorkspaceLock.h"
#include "storage/FileMode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace gonggu;
using gonggu::test::fileMode;

namespace {

/** WorkspaceLock: one holder per workspace file, whatever its name; private; taken over from a process gone. */
class WorkspaceLockTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString workspacePath() const { return m_dir.filePath(QStringLiteral("장부.gonggu")); }

    QTemporaryDir m_dir;
};

TEST_F(WorkspaceLockTest, ASecondHolderIsRefusedAndToldWhoHasIt)
{
    WorkspaceLock first(workspacePath());
    ASSERT_TRUE(first.tryLock());
    EXPECT_TRUE(first.isLocked());

    WorkspaceLock second(workspacePath());
    EXPECT_FALSE(second.tryLock());
    EXPECT_FALSE(second.isLocked());
    const std::optional<WorkspaceLock::Holder> holder = second.holder();
    ASSERT_TRUE(holder.has_value());
    EXPECT_EQ(holder->pid, QCoreApplication::applicationPid());
    EXPECT_EQ(holder->host, QSysInfo::machineHostName());
}

TEST_F(WorkspaceLockTest, TheLockFileSitsBesideTheWorkspaceIsPrivateAndGoesWithTheLock)
{
    const QString lockPath = workspacePath() + QStringLiteral(".lock");
    {
        WorkspaceLock lock(workspacePath());
        ASSERT_TRUE(lock.tryLock());
        EXPECT_EQ(lock.lockPath(), lockPath);
        EXPECT_EQ(fileMode(lockPath), 0600);
    }
    EXPECT_FALSE(QFileInfo::exists(lockPath));
    WorkspaceLock next(workspacePath());
    EXPECT_TRUE(next.tryLock()) << "free again once the holder let go";
}

TEST_F(WorkspaceLockTest, ALockLeftByAProcessThatIsGoneIsTakenOver)
{
    // A process that has finished: its pid names nobody (reuse within the test is vanishingly unlikely).
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    ASSERT_TRUE(gone.waitForStarted(10000));
    const qint64 deadPid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished(10000));
    ASSERT_GT(deadPid, 0);
    QFile stale(workspacePath() + QStringLiteral(".lock"));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write(QStringLiteral("%1\ngonggu\n%2\n").arg(deadPid).arg(QSysInfo::machineHostName()).toUtf8());
    stale.close();

    WorkspaceLock lock(workspacePath());
    EXPECT_TRUE(lock.tryLock());
    EXPECT_EQ(lock.holder()->pid, QCoreApplication::applicationPid());
    EXPECT_EQ(fileMode(lock.lockPath()), 0600);
}

TEST_F(WorkspaceLockTest, EveryNameOfTheFileSharesOneLock)
{
    {
        QFile workspace(workspacePath());
        ASSERT_TRUE(workspace.open(QIODevice::WriteOnly));
    }
    const QString link = m_dir.filePath(QStringLiteral("바로가기.gonggu"));
    ASSERT_TRUE(QFile::link(workspacePath(), link));
    WorkspaceLock first(workspacePath());
    ASSERT_TRUE(first.tryLock());

    WorkspaceLock throughLink(link);
    EXPECT_EQ(throughLink.lockPath(), first.lockPath());
    EXPECT_FALSE(throughLink.tryLock());
    WorkspaceLock roundabout(m_dir.path() + QStringLiteral("/./") + QFileInfo(workspacePath()).fileName());
    EXPECT_FALSE(roundabout.tryLock());
}

} // namespace
