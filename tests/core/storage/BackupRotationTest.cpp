#include "storage/BackupRotation.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/FileMode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** BackupRotation: naming, listing newest first, pruning to the newest N and telling when a backup is due, on a
 *  fake clock. Each test works on a closed workspace of its own next to the fixture's. */
class BackupRotationTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_path = pathFor(QStringLiteral("공구장부.gonggu"));
        Workspace workspace(m_path, m_clock);
        addRound(workspace, QStringLiteral("『실전 리팩터링』 공동구매"));
        addPerson(workspace, QStringLiteral("김민준"), QStringLiteral("tini"));
    }

    /** Takes a rolling backup at the given minute past the fixture's noon. */
    BackupFile backUpAt(int minute, int keep = BackupRotation::defaultKeep)
    {
        m_clock.set(noon().addSecs(minute * 60));
        const Workspace workspace(m_path, m_clock);
        return BackupRotation(m_path, m_clock).takeRollingBackup(workspace, keep);
    }

    static QDateTime noon() { return QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::UTC); }
    static QString stampAt(const QDateTime &utc)
    {
        return utc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    }
    BackupRotation rotation() const { return BackupRotation(m_path, m_clock); }

    QString m_path;
};

TEST_F(BackupRotationTest, ABackupGoesToAPrivateFolderNextToTheWorkspaceNamedAfterItsTime)
{
    const BackupFile backup = backUpAt(0);

    const QString folder = pathFor(QStringLiteral("공구장부.backups"));
    EXPECT_EQ(rotation().folder(), folder);
    EXPECT_EQ(backup.path, QDir(folder).filePath(QStringLiteral("공구장부-%1.gonggu").arg(stampAt(noon()))));
    EXPECT_EQ(backup.taken, noon().toLocalTime());
    EXPECT_EQ(backup.kind, BackupKind::Rolling);
    EXPECT_EQ(backup.bytes, QFileInfo(backup.path).size());
    EXPECT_EQ(fileMode(folder), 0700);
    EXPECT_EQ(fileMode(backup.path), 0600);

    const Workspace copy(backup.path, m_clock);
    ASSERT_EQ(RoundRepository(copy).all().size(), 1u);
    EXPECT_EQ(RoundRepository(copy).all().front().title, QStringLiteral("『실전 리팩터링』 공동구매"));
}

TEST_F(BackupRotationTest, ListsTheBackupsNewestFirstWithTimeAndSize)
{
    backUpAt(0);
    backUpAt(90);
    backUpAt(30);

    const std::vector<BackupFile> backups = rotation().list();
    ASSERT_EQ(backups.size(), 3u);
    EXPECT_EQ(backups[0].taken, noon().addSecs(90 * 60).toLocalTime());
    EXPECT_EQ(backups[1].taken, noon().addSecs(30 * 60).toLocalTime());
    EXPECT_EQ(backups[2].taken, noon().toLocalTime());
    for (const BackupFile &backup : backups) {
        EXPECT_GT(backup.bytes, 0);
        EXPECT_EQ(backup.bytes, QFileInfo(backup.path).size());
    }
}

TEST_F(BackupRotationTest, TwoBackupsInOneSecondKeepTheirOwnFiles)
{
    const BackupFile first = backUpAt(0);
    const BackupFile second = backUpAt(0);

    EXPECT_NE(first.path, second.path);
    EXPECT_TRUE(second.path.endsWith(QStringLiteral("%1-2.gonggu").arg(stampAt(noon()))));
    const std::vector<BackupFile> backups = rotation().list();
    ASSERT_EQ(backups.size(), 2u);
    EXPECT_EQ(backups[0].path, second.path) << "the later one is newer";
}

TEST_F(BackupRotationTest, KeepsOnlyTheNewestN)
{
    for (int minute = 0; minute < 5; ++minute)
        backUpAt(minute, 3);

    const std::vector<BackupFile> backups = rotation().list();
    ASSERT_EQ(backups.size(), 3u);
    EXPECT_EQ(backups[0].taken, noon().addSecs(4 * 60).toLocalTime());
    EXPECT_EQ(backups[2].taken, noon().addSecs(2 * 60).toLocalTime());
    EXPECT_EQ(QDir(rotation().folder()).entryList(QDir::Files).size(), 3);
}

TEST_F(BackupRotationTest, PruningLaterToFewerRemovesTheOldest)
{
    for (int minute = 0; minute < 4; ++minute)
        backUpAt(minute);
    const QString oldest = rotation().list().back().path;

    const QStringList removed = rotation().prune(1);
    EXPECT_EQ(removed.size(), 3);
    EXPECT_TRUE(removed.contains(oldest));
    ASSERT_EQ(rotation().list().size(), 1u);
    EXPECT_EQ(rotation().list().front().taken, noon().addSecs(3 * 60).toLocalTime());
}

TEST_F(BackupRotationTest, CopiesMadeBeforeARestoreAreListedButNeverPruned)
{
    const QString beforeRestore = rotation().newBackupPath(BackupKind::BeforeRestore);
    EXPECT_TRUE(beforeRestore.endsWith(QStringLiteral("-before-restore.gonggu")));
    {
        const Workspace workspace(m_path, m_clock);
        workspace.backupTo(beforeRestore);
    }
    for (int minute = 1; minute <= 4; ++minute)
        backUpAt(minute, 2);

    const std::vector<BackupFile> backups = rotation().list();
    ASSERT_EQ(backups.size(), 3u);
    EXPECT_EQ(backups[2].path, beforeRestore);
    EXPECT_EQ(backups[2].kind, BackupKind::BeforeRestore);
    EXPECT_TRUE(QFileInfo::exists(beforeRestore));
}

TEST_F(BackupRotationTest, OtherFilesInTheFolderAreNeitherListedNorDeleted)
{
    backUpAt(0);
    const QDir folder(rotation().folder());
    const QStringList strangers{QStringLiteral("메모.txt"), QStringLiteral("공구장부-2026.gonggu"),
                                QStringLiteral("다른장부-20261110-120000.gonggu"),
                                QStringLiteral("공구장부-20261110-120000.gonggu.partial")};
    for (const QString &name : strangers) {
        QFile file(folder.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a backup");
    }
    backUpAt(1, 1);

    ASSERT_EQ(rotation().list().size(), 1u);
    for (const QString &name : strangers)
        EXPECT_TRUE(folder.exists(name)) << name.toStdString();
}

TEST_F(BackupRotationTest, AKeepCountOutOfRangeIsRefusedAndChangesNothing)
{
    backUpAt(0);
    backUpAt(1);
    EXPECT_THROW(rotation().prune(0), InputError);
    EXPECT_THROW(rotation().prune(BackupRotation::maximumKeep + 1), InputError);
    EXPECT_THROW(backUpAt(2, 0), InputError);
    EXPECT_EQ(rotation().list().size(), 2u) << "no backup was written and none deleted";
}

TEST_F(BackupRotationTest, ABackupIsDueOnlyWhenTheWorkspaceChangedSinceTheNewest)
{
    EXPECT_TRUE(rotation().changedSinceNewestBackup()) << "there is no backup yet";
    const BackupFile backup = backUpAt(0);
    const QDateTime written = QFileInfo(m_path).lastModified();

    QFile backupFile(backup.path);
    ASSERT_TRUE(backupFile.open(QIODevice::ReadWrite));
    ASSERT_TRUE(backupFile.setFileTime(written.addSecs(60), QFileDevice::FileModificationTime));
    backupFile.close();
    EXPECT_FALSE(rotation().changedSinceNewestBackup());

    QFile workspaceFile(m_path);
    ASSERT_TRUE(workspaceFile.open(QIODevice::ReadWrite));
    ASSERT_TRUE(workspaceFile.setFileTime(written.addSecs(120), QFileDevice::FileModificationTime));
    workspaceFile.close();
    EXPECT_TRUE(rotation().changedSinceNewestBackup());
}

TEST_F(BackupRotationTest, ChangesStillInTheWriteAheadLogCount)
{
    const BackupFile backup = backUpAt(0);
    QFile backupFile(backup.path);
    ASSERT_TRUE(backupFile.open(QIODevice::ReadWrite));
    ASSERT_TRUE(
        backupFile.setFileTime(QFileInfo(m_path).lastModified().addSecs(60), QFileDevice::FileModificationTime));
    backupFile.close();

    // An empty log only says that a connection is open; one with frames holds changes.
    QFile log(m_path + QStringLiteral("-wal"));
    ASSERT_TRUE(log.open(QIODevice::WriteOnly));
    ASSERT_TRUE(log.setFileTime(QFileInfo(m_path).lastModified().addSecs(120), QFileDevice::FileModificationTime));
    log.close();
    EXPECT_FALSE(rotation().changedSinceNewestBackup());

    ASSERT_TRUE(log.open(QIODevice::WriteOnly));
    log.write(QByteArray(32, 'x'));
    log.flush(); // before the time is set: writing sets it too
    ASSERT_TRUE(log.setFileTime(QFileInfo(m_path).lastModified().addSecs(120), QFileDevice::FileModificationTime));
    log.close();
    EXPECT_TRUE(rotation().changedSinceNewestBackup());
    QFile::remove(m_path + QStringLiteral("-wal"));
}

TEST_F(BackupRotationTest, NothingIsDueForAWorkspaceThatDoesNotExist)
{
    const BackupRotation missing(pathFor(QStringLiteral("없는장부.gonggu")), m_clock);
    EXPECT_FALSE(missing.changedSinceNewestBackup());
    EXPECT_TRUE(missing.list().empty());
    EXPECT_FALSE(QFileInfo::exists(missing.folder())) << "listing creates no folder";
}

} // namespace
