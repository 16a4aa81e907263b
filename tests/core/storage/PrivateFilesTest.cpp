#include "SampleRows.h"
#include "TempWorkspace.h"
#include "storage/BackupRestore.h"
#include "storage/BackupRotation.h"
#include "storage/FileMode.h"
#include "storage/WorkspaceLock.h"

#include <QFileInfo>

#include <sys/stat.h>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** Every file that holds or points at the coordinator's people is theirs alone, even under a permissive umask:
 *  the workspace, its log, the backups folder and its backups, the copy kept before a restore, the lock. */
class PrivateFilesTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        m_umask = ::umask(022);
        TempWorkspaceTest::SetUp();
    }
    void TearDown() override
    {
        TempWorkspaceTest::TearDown();
        ::umask(m_umask);
    }

    mode_t m_umask = 0;
};

TEST_F(PrivateFilesTest, WorkspaceBackupsRestoreCopyAndLockAreOwnerOnly)
{
    const QString path = pathFor(QStringLiteral("장부.gonggu"));
    WorkspaceLock lock(path);
    ASSERT_TRUE(lock.tryLock());
    BackupFile rolling;
    {
        Workspace workspace(path, m_clock);
        addPerson(workspace, QStringLiteral("김하나"), QStringLiteral("hana"));
        EXPECT_EQ(fileMode(path), 0600);
        EXPECT_EQ(fileMode(path + QStringLiteral("-wal")), 0600);
        rolling = BackupRotation(path, m_clock).takeRollingBackup(workspace, 3);
    }
    m_clock.set(m_clock.nowUtc().addSecs(60));
    const BackupRestore::Outcome outcome = BackupRestore::restore(path, rolling.path, m_clock);

    EXPECT_EQ(fileMode(lock.lockPath()), 0600);
    EXPECT_EQ(fileMode(BackupRotation(path, m_clock).folder()), 0700);
    EXPECT_EQ(fileMode(rolling.path), 0600);
    EXPECT_EQ(fileMode(outcome.beforeRestorePath), 0600);
    EXPECT_EQ(fileMode(path), 0600) << "the restored workspace";
}

} // namespace
