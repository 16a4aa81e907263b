#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/FileMode.h"
#include "storage/RawSqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** Workspace::backupTo: a private, complete copy that opens as a workspace, never over the original. */
class WorkspaceBackupTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        GONGGU_FILE_WORKSPACE_ONLY();
        const Round round = addRound(workspace(), QStringLiteral("『실전 리팩터링』 공동구매"), 3500);
        addItem(workspace(), round.id, QStringLiteral("실전 리팩터링"), 25200);
        addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
        addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("mj_kim"));
    }
};

TEST_F(WorkspaceBackupTest, CopyOpensWithTheSameRows)
{
    const QString target = pathFor(QStringLiteral("backup.gonggu"));
    workspace().backupTo(target);

    Workspace copy(target, m_clock);
    EXPECT_TRUE(copy.migrationBackupPath().isEmpty());
    EXPECT_TRUE(copy.integrityProblems().isEmpty());
    const std::vector<Round> rounds = RoundRepository(copy).all();
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds.front().title, QStringLiteral("『실전 리팩터링』 공동구매"));
    EXPECT_EQ(rounds.front().shippingFee, Money::won(3500));
    ASSERT_EQ(ItemRepository(copy).forRound(rounds.front().id).size(), 1u);
    const std::vector<Person> people = PersonRepository(copy).all();
    ASSERT_EQ(people.size(), 2u);
    EXPECT_EQ(people[0].nickname, QStringLiteral("tini"));
    EXPECT_EQ(people[1].nickname, QStringLiteral("mj_kim"));
}

TEST_F(WorkspaceBackupTest, CopyIsPrivateAndComplete)
{
    const QString target = pathFor(QStringLiteral("backup.gonggu"));
    workspace().backupTo(target);
    EXPECT_EQ(fileMode(target), 0600);
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
    // The copy stands alone: no write-ahead log is needed to read it.
    RawSqlite raw(target, true);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Workspace::applicationId);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Workspace::currentSchemaVersion);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 2);
}

TEST_F(WorkspaceBackupTest, ReplacesAnOlderFileAndMakesItPrivate)
{
    const QString target = pathFor(QStringLiteral("backup.gonggu"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("yesterday's notes");
    }
    ASSERT_TRUE(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
    workspace().backupTo(target);
    EXPECT_EQ(fileMode(target), 0600);
    const Workspace copy(target, m_clock);
    EXPECT_EQ(copy.schemaVersion(), Workspace::currentSchemaVersion);
}

TEST_F(WorkspaceBackupTest, RefusesTheWorkspaceItself)
{
    const QByteArray before = fileDigest(workspace().path());
    EXPECT_THROW(workspace().backupTo(workspace().path()), InputError);
    EXPECT_EQ(fileDigest(workspace().path()), before);
    EXPECT_EQ(RoundRepository(workspace()).all().size(), 1u);
}

TEST_F(WorkspaceBackupTest, RefusesTheWorkspaceItselfSpelledDifferently)
{
    const QFileInfo info(workspace().path());
    const QString roundabout = info.absolutePath() + QStringLiteral("/./") + info.fileName();
    EXPECT_THROW(workspace().backupTo(roundabout), InputError);
    EXPECT_EQ(RoundRepository(workspace()).all().size(), 1u);
    EXPECT_TRUE(workspace().integrityProblems().isEmpty());
}

TEST_F(WorkspaceBackupTest, MissingFolderIsAnInputError)
{
    EXPECT_THROW(workspace().backupTo(pathFor(QStringLiteral("nowhere/backup.gonggu"))), InputError);
    EXPECT_FALSE(QFileInfo::exists(pathFor(QStringLiteral("nowhere"))));
}

} // namespace
