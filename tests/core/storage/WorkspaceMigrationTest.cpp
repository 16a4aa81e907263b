#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/FileMode.h"
#include "storage/Migrations.h"
#include "storage/RawSqlite.h"
#include "storage/RoundRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace gonggu;
using gonggu::test::fileMode;
using gonggu::test::RawSqlite;

namespace {

const QString oldRoundTitle = QStringLiteral("작년 공동구매");

// Writes a workspace as an older Gonggu left it: the schema steps up to `version`, one round of data.
void buildWorkspaceAtVersion(const QString &path, int version)
{
    RawSqlite raw(path);
    raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::applicationId));
    for (const MigrationStep &step : migrationSteps()) {
        if (step.toVersion > version)
            break;
        for (const QString &statement : step.statements)
            raw.exec(statement);
    }
    raw.exec(QStringLiteral("INSERT INTO round (title, created_at) VALUES ('%1', '2025-11-01T00:00:00Z')")
                 .arg(oldRoundTitle));
    raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

// The schema as SQLite stores it, in a stable order, to compare two files.
QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList schema;
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")));
    while (query.next())
        schema << query.value(0).toString() + u' ' + query.value(1).toString() + u' ' + query.value(2).toString();
    return schema;
}

/** A workspace of an older schema version (the parameter) is upgraded, after a private backup. */
class WorkspaceMigrationTest : public gonggu::test::TempWorkspaceTest, public ::testing::WithParamInterface<int>
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        GONGGU_FILE_WORKSPACE_ONLY(); // it builds workspace files of every older version
        m_oldPath = pathFor(QStringLiteral("old.gonggu"));
        buildWorkspaceAtVersion(m_oldPath, GetParam());
    }

    QString m_oldPath;
};

TEST_P(WorkspaceMigrationTest, IsBroughtToTheCurrentVersion)
{
    const Workspace migrated(m_oldPath, m_clock);
    EXPECT_EQ(migrated.schemaVersion(), Workspace::currentSchemaVersion);
    EXPECT_TRUE(migrated.integrityProblems().isEmpty());
}

TEST_P(WorkspaceMigrationTest, KeepsTheExistingRows)
{
    Workspace migrated(m_oldPath, m_clock);
    const std::vector<Round> rounds = RoundRepository(migrated).all();
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds.front().title, oldRoundTitle);
}

TEST_P(WorkspaceMigrationTest, EndsWithTheSameSchemaAsANewWorkspace)
{
    const Workspace migrated(m_oldPath, m_clock);
    EXPECT_EQ(schemaOf(migrated.database()), schemaOf(workspace().database()));
}

TEST_P(WorkspaceMigrationTest, BacksUpTheOldFileFirst)
{
    const Workspace migrated(m_oldPath, m_clock);
    const QString backup = migrated.migrationBackupPath();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(fileMode(backup), 0600);

    const QString pattern = QStringLiteral("old.gonggu.v%1-*.bak").arg(GetParam());
    const QStringList backups = QFileInfo(m_oldPath).dir().entryList({pattern}, QDir::Files);
    ASSERT_EQ(backups.size(), 1) << backups.join(u' ').toStdString();
    EXPECT_EQ(backups.front(), QFileInfo(backup).fileName());
}

TEST_P(WorkspaceMigrationTest, BackupIsTheOldWorkspaceUnchanged)
{
    QString backup;
    {
        const Workspace migrated(m_oldPath, m_clock);
        backup = migrated.migrationBackupPath();
    }
    const QString reference = pathFor(QStringLiteral("reference.gonggu"));
    buildWorkspaceAtVersion(reference, GetParam());

    RawSqlite expected(reference, true);
    RawSqlite actual(backup, true);
    ASSERT_TRUE(actual.isOpen());
    EXPECT_EQ(actual.scalar(QStringLiteral("PRAGMA user_version")).toInt(), GetParam());
    EXPECT_EQ(actual.scalar(QStringLiteral("PRAGMA application_id")).toInt(), Workspace::applicationId);
    EXPECT_EQ(schemaOf(actual.database()), schemaOf(expected.database()));
    EXPECT_EQ(actual.scalar(QStringLiteral("SELECT title FROM round")).toString(), oldRoundTitle);
}

INSTANTIATE_TEST_SUITE_P(FromEveryOlderVersion, WorkspaceMigrationTest,
                         ::testing::Range(1, Workspace::currentSchemaVersion),
                         [](const auto &info) { return "v" + std::to_string(info.param); });

/** A migration step that fails half-way leaves the file exactly at the version before it. */
class WorkspaceFailedMigrationTest : public gonggu::test::TempWorkspaceTest
{
};

TEST_F(WorkspaceFailedMigrationTest, LeavesTheFileAtItsOldVersion)
{
    // Step 2 creates contact_log, reminder, then checklist_item: a table in the way of the third makes
    // the step fail after the first two statements ran.
    const QString path = pathFor(QStringLiteral("old.gonggu"));
    buildWorkspaceAtVersion(path, 1);
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("CREATE TABLE checklist_item (in_the_way INTEGER)"));
    }
    EXPECT_THROW(Workspace(path, m_clock), gonggu::Error);

    RawSqlite raw(path, true);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    // Nothing of the failed step stays behind: it ran in one transaction with its user_version.
    EXPECT_FALSE(raw.hasTable(QStringLiteral("contact_log")));
    EXPECT_FALSE(raw.hasTable(QStringLiteral("reminder")));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT title FROM round")).toString(), oldRoundTitle);
}

TEST(MigrationStepsTest, AreNumberedOneByOneUpToTheCurrentVersion)
{
    const std::vector<MigrationStep> &steps = migrationSteps();
    ASSERT_EQ(int(steps.size()), Workspace::currentSchemaVersion);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].toVersion, int(i) + 1);
        EXPECT_FALSE(steps[i].statements.isEmpty());
    }
}

} // namespace
