#include "storage/BackupRestore.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/BackupRotation.h"
#include "storage/FileMode.h"
#include "storage/Migrations.h"
#include "storage/OrderRepository.h"
#include "storage/RawSqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace gonggu;
using namespace gonggu::test;

namespace {

const QString keptRound = QStringLiteral("9월 공동구매");
const QString laterRound = QStringLiteral("10월 공동구매");

/** BackupRestore: a backup is checked, the current file kept, then swapped in; every refusal leaves the
 *  workspace exactly as it was. The workspace is closed during a restore, as the window and the CLI leave it. */
class BackupRestoreTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_path = pathFor(QStringLiteral("장부.gonggu"));
        m_backup = pathFor(QStringLiteral("9월-백업.gonggu"));
        Workspace workspace(m_path, m_clock);
        const Round round = addRound(workspace, keptRound);
        const PersonId buyer = addPerson(workspace, QStringLiteral("김하나"), QStringLiteral("hana"));
        const PersonId dropped = addPerson(workspace, QStringLiteral("이둘"), QStringLiteral("dul"));
        addPerson(workspace, QStringLiteral("박셋"), QStringLiteral("set")); // in the directory, no order
        addOrder(workspace, round.id, buyer, OrderStatus::Confirmed);
        addOrder(workspace, round.id, dropped, OrderStatus::Cancelled);
        workspace.backupTo(m_backup);
        addRound(workspace, laterRound);
    }

    static void addOrder(Workspace &workspace, RoundId round, PersonId person, OrderStatus status)
    {
        Order order;
        order.roundId = round;
        order.personId = person;
        order.status = status;
        OrderRepository(workspace).create(order);
    }

    QStringList roundTitles(const QString &path) const
    {
        const Workspace workspace(path, m_clock);
        QStringList titles;
        for (const Round &round : RoundRepository(workspace).all())
            titles << round.title;
        titles.sort();
        return titles;
    }

    BackupRotation rotation() const { return BackupRotation(m_path, m_clock); }

    /** The workspace and its folder are as before: same bytes, no before-restore copy, no staging file. */
    void expectUntouched(const QByteArray &digestBefore)
    {
        EXPECT_EQ(fileDigest(m_path), digestBefore);
        EXPECT_TRUE(rotation().list().empty());
        EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".restoring")));
        EXPECT_EQ(roundTitles(m_path), (QStringList{laterRound, keptRound}));
    }

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    QString m_path;
    QString m_backup;
};

TEST_F(BackupRestoreTest, PeekCountsRoundsAndBuyersWithoutWritingTheBackup)
{
    const QByteArray before = fileDigest(m_backup);
    const BackupContents contents = BackupRestore::peek(m_backup);
    EXPECT_EQ(contents.schemaVersion, Workspace::currentSchemaVersion);
    EXPECT_EQ(contents.rounds, 1);
    EXPECT_EQ(contents.buyers, 1) << "a cancelled order and a person without one are no buyers";
    EXPECT_EQ(fileDigest(m_backup), before);
    EXPECT_FALSE(QFileInfo::exists(m_backup + QStringLiteral("-wal")));
}

TEST_F(BackupRestoreTest, PutsTheBackupInPlaceAndKeepsTheCurrentFileFirst)
{
    const BackupRestore::Outcome outcome = BackupRestore::restore(m_path, m_backup, m_clock);

    EXPECT_EQ(roundTitles(m_path), QStringList{keptRound});
    EXPECT_EQ(outcome.restored.rounds, 1);
    EXPECT_EQ(outcome.restored.buyers, 1);
    ASSERT_FALSE(outcome.beforeRestorePath.isEmpty());
    EXPECT_EQ(QFileInfo(outcome.beforeRestorePath).absolutePath(), rotation().folder());
    EXPECT_EQ(roundTitles(outcome.beforeRestorePath), (QStringList{laterRound, keptRound}));

    const std::vector<BackupFile> backups = rotation().list();
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_EQ(backups.front().path, outcome.beforeRestorePath);
    EXPECT_EQ(backups.front().kind, BackupKind::BeforeRestore);
    EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".restoring")));
    EXPECT_TRUE(QFileInfo::exists(m_backup)) << "the backup stays where it was";
}

TEST_F(BackupRestoreTest, ARestoreIsUndoneByRestoringTheCopyMadeBeforeIt)
{
    const QString beforeRestore = BackupRestore::restore(m_path, m_backup, m_clock).beforeRestorePath;
    m_clock.set(m_clock.nowUtc().addSecs(60));
    BackupRestore::restore(m_path, beforeRestore, m_clock);

    EXPECT_EQ(roundTitles(m_path), (QStringList{laterRound, keptRound}));
    EXPECT_EQ(rotation().list().size(), 2u) << "each restore kept what it replaced";
}

TEST_F(BackupRestoreTest, RestoresIntoAWorkspaceThatIsMissing)
{
    const QString fresh = pathFor(QStringLiteral("새장부.gonggu"));
    const BackupRestore::Outcome outcome = BackupRestore::restore(fresh, m_backup, m_clock);
    EXPECT_TRUE(outcome.beforeRestorePath.isEmpty());
    EXPECT_EQ(roundTitles(fresh), QStringList{keptRound});
    EXPECT_EQ(fileMode(fresh), 0600);
}

TEST_F(BackupRestoreTest, AnOlderBackupIsBroughtUpToDateAndTheOriginalLeftAlone)
{
    const QString old = pathFor(QStringLiteral("옛날.gonggu"));
    {
        RawSqlite raw(old);
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::applicationId));
        for (const QString &statement : migrationSteps().front().statements)
            raw.exec(statement);
        raw.exec(QStringLiteral("INSERT INTO round (title, created_at) VALUES ('작년 공구', '2025-11-01T00:00:00Z')"));
        raw.exec(QStringLiteral("PRAGMA user_version = 1"));
    }
    const QByteArray before = fileDigest(old);

    BackupRestore::restore(m_path, old, m_clock);

    EXPECT_EQ(roundTitles(m_path), QStringList{QStringLiteral("작년 공구")});
    EXPECT_EQ(Workspace(m_path, m_clock).schemaVersion(), Workspace::currentSchemaVersion);
    EXPECT_EQ(fileDigest(old), before);
    EXPECT_TRUE(QDir(pathFor(QString())).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty())
        << "the upgrade's own copy of the old version is the backup itself";
}

TEST_F(BackupRestoreTest, ChangesStillInTheBackupsWriteAheadLogComeAlong)
{
    // Another workspace file, still open with a change not yet folded into the file, restored as it stands.
    const QString live = pathFor(QStringLiteral("열린장부.gonggu"));
    Workspace open(live, m_clock);
    addRound(open, QStringLiteral("아직 로그에만 있는 공구"));
    ASSERT_GT(QFileInfo(live + QStringLiteral("-wal")).size(), 0);

    BackupRestore::restore(m_path, live, m_clock);
    EXPECT_EQ(roundTitles(m_path), QStringList{QStringLiteral("아직 로그에만 있는 공구")});
}

TEST_F(BackupRestoreTest, ATextFileIsRefusedAndTheWorkspaceUntouched)
{
    const QString text = pathFor(QStringLiteral("명단.csv"));
    writeFile(text, "이름,수량\n김하나,1\n");
    const QByteArray digest = fileDigest(m_path);
    try {
        BackupRestore::restore(m_path, text, m_clock);
        ADD_FAILURE() << "a text file was restored";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("not a Gonggu workspace"))) << error.what();
    }
    expectUntouched(digest);
}

TEST_F(BackupRestoreTest, AnotherProgramsDatabaseIsRefused)
{
    const QString other = pathFor(QStringLiteral("other.sqlite"));
    {
        RawSqlite raw(other);
        raw.exec(QStringLiteral("CREATE TABLE notes (body TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO notes VALUES ('남의 파일')"));
    }
    const QByteArray digest = fileDigest(m_path);
    EXPECT_THROW(BackupRestore::restore(m_path, other, m_clock), InputError);
    expectUntouched(digest);
}

TEST_F(BackupRestoreTest, ABackupFromANewerGongguIsRefused)
{
    {
        RawSqlite raw(m_backup);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Workspace::currentSchemaVersion + 1));
    }
    const QByteArray digest = fileDigest(m_path);
    try {
        BackupRestore::restore(m_path, m_backup, m_clock);
        ADD_FAILURE() << "a newer backup was restored";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("newer Gonggu"))) << error.what();
    }
    expectUntouched(digest);
}

TEST_F(BackupRestoreTest, ABackupWithBrokenReferencesIsRefusedAsDamaged)
{
    {
        RawSqlite raw(m_backup);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        raw.exec(QStringLiteral("INSERT INTO order_line (order_id, item_id, quantity) VALUES (999, 999, 1)"));
    }
    const QByteArray digest = fileDigest(m_path);
    try {
        BackupRestore::restore(m_path, m_backup, m_clock);
        ADD_FAILURE() << "a damaged backup was restored";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("damaged"))) << error.what();
    }
    expectUntouched(digest);
}

TEST_F(BackupRestoreTest, ABackupWithOverwrittenPagesIsRefused)
{
    QFile file(m_backup);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 8192);
    file.seek(4096); // past the header page: the schema and the tables' pages
    file.write(QByteArray(int(size - 4096), '\xA5'));
    file.close();

    const QByteArray digest = fileDigest(m_path);
    EXPECT_THROW(BackupRestore::restore(m_path, m_backup, m_clock), InputError);
    expectUntouched(digest);
}

TEST_F(BackupRestoreTest, AMissingBackupIsRefused)
{
    const QByteArray digest = fileDigest(m_path);
    EXPECT_THROW(BackupRestore::restore(m_path, pathFor(QStringLiteral("없음.gonggu")), m_clock), InputError);
    expectUntouched(digest);
}

TEST_F(BackupRestoreTest, TheWorkspaceItselfIsRefused)
{
    const QByteArray digest = fileDigest(m_path);
    const QString roundabout = QFileInfo(m_path).absolutePath() + QStringLiteral("/./장부.gonggu");
    EXPECT_THROW(BackupRestore::restore(m_path, roundabout, m_clock), InputError);
    expectUntouched(digest);
}

TEST_F(BackupRestoreTest, AWorkspaceOpenElsewhereIsNotSwappedUnderneath)
{
    const Workspace open(m_path, m_clock); // as another program would hold it
    try {
        BackupRestore::restore(m_path, m_backup, m_clock);
        ADD_FAILURE() << "restored under an open connection";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("open in another program"))) << error.what();
    }
    EXPECT_EQ(RoundRepository(open).all().size(), 2u);
    EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral(".restoring")));
    EXPECT_TRUE(rotation().list().empty());
}

TEST_F(BackupRestoreTest, ADamagedWorkspaceIsStillKeptBeforeItIsReplaced)
{
    writeFile(m_path, "garbage where the workspace was");
    const QByteArray damaged = fileDigest(m_path);

    const BackupRestore::Outcome outcome = BackupRestore::restore(m_path, m_backup, m_clock);
    EXPECT_EQ(fileDigest(outcome.beforeRestorePath), damaged) << "kept byte for byte";
    EXPECT_EQ(roundTitles(m_path), QStringList{keptRound});
}

} // namespace
