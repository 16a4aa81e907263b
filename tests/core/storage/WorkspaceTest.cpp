#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "storage/FileMode.h"
#include "storage/RawSqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace gonggu;
using gonggu::test::fileMode;
using gonggu::test::RawSqlite;

namespace {

QVariant pragma(const Workspace &workspace, const QString &name)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

/** Opening a new workspace file: private, configured for durability, at the current schema. */
class WorkspaceTest : public gonggu::test::TempWorkspaceTest
{
};

TEST_F(WorkspaceTest, NewFileIsPrivateToItsOwner)
{
    GONGGU_FILE_WORKSPACE_ONLY();
    EXPECT_EQ(fileMode(workspace().path()), 0600);
    // SQLite gives the write-ahead log the database's mode; it holds the same personal data.
    const QString wal = workspace().path() + QStringLiteral("-wal");
    ASSERT_TRUE(QFileInfo::exists(wal));
    EXPECT_EQ(fileMode(wal), 0600);
}

TEST_F(WorkspaceTest, IsAtTheCurrentSchemaVersion)
{
    EXPECT_EQ(workspace().schemaVersion(), Workspace::currentSchemaVersion);
    EXPECT_EQ(workspace().schemaVersion(), Workspace::currentSchemaVersion);
    if (!onServer()) {
        EXPECT_EQ(pragma(workspace(), QStringLiteral("user_version")).toInt(), Workspace::currentSchemaVersion);
    }
    EXPECT_TRUE(workspace().migrationBackupPath().isEmpty()) << "a new file has nothing to back up";
}

TEST_F(WorkspaceTest, IsMarkedAsAGongguFile)
{
    GONGGU_FILE_WORKSPACE_ONLY();
    EXPECT_EQ(pragma(workspace(), QStringLiteral("application_id")).toInt(), Workspace::applicationId);
}

TEST_F(WorkspaceTest, UsesWalFullSyncAndForeignKeys)
{
    GONGGU_FILE_WORKSPACE_ONLY();
    EXPECT_EQ(pragma(workspace(), QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(pragma(workspace(), QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_EQ(pragma(workspace(), QStringLiteral("synchronous")).toInt(), 2); // FULL
    EXPECT_GT(pragma(workspace(), QStringLiteral("busy_timeout")).toInt(), 0);
}

TEST_F(WorkspaceTest, SettingsSurviveReopening)
{
    GONGGU_FILE_WORKSPACE_ONLY();
    reopen();
    EXPECT_EQ(workspace().schemaVersion(), Workspace::currentSchemaVersion);
    EXPECT_EQ(pragma(workspace(), QStringLiteral("foreign_keys")).toInt(), 1);
    EXPECT_TRUE(workspace().migrationBackupPath().isEmpty());
}

TEST_F(WorkspaceTest, HealthyWorkspaceHasNoIntegrityProblems)
{
    EXPECT_TRUE(workspace().integrityProblems().isEmpty()) << workspace().integrityProblems().join(u'\n').toStdString();
}

TEST_F(WorkspaceTest, IntegrityCheckReportsADanglingReference)
{
    GONGGU_FILE_WORKSPACE_ONLY();
    // Sneak a broken row in with enforcement off, as a buggy older build or another tool could.
    QSqlQuery query(workspace().database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    ASSERT_TRUE(
        query.exec(QStringLiteral("INSERT INTO order_line (order_id, item_id, quantity) VALUES (4242, 4343, 1)")));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));

    const QStringList problems = workspace().integrityProblems();
    ASSERT_FALSE(problems.isEmpty());
    EXPECT_TRUE(problems.join(u' ').contains(QStringLiteral("order_line")));
}

TEST_F(WorkspaceTest, EmptyFileIsAdoptedAsANewWorkspace)
{
    GONGGU_FILE_WORKSPACE_ONLY();
    const QString path = pathFor(QStringLiteral("empty.gonggu"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const Workspace adopted(path, m_clock);
    EXPECT_EQ(adopted.schemaVersion(), Workspace::currentSchemaVersion);
    EXPECT_EQ(pragma(adopted, QStringLiteral("application_id")).toInt(), Workspace::applicationId);
    EXPECT_TRUE(adopted.integrityProblems().isEmpty());
}

TEST_F(WorkspaceTest, EmptySqliteDatabaseIsAdopted)
{
    GONGGU_FILE_WORKSPACE_ONLY();
    // What a bare `sqlite3 file.gonggu "VACUUM"` leaves behind: a valid database without any table.
    const QString path = pathFor(QStringLiteral("bare.gonggu"));
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("VACUUM"));
    }
    const Workspace adopted(path, m_clock);
    EXPECT_EQ(adopted.schemaVersion(), Workspace::currentSchemaVersion);
}

TEST_F(WorkspaceTest, MissingFolderIsAnInputError)
{
    const QString folder = pathFor(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/workspace.gonggu");
    try {
        Workspace missing(path, m_clock);
        FAIL() << "opened a workspace in a folder that does not exist";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("does not exist"))) << error.what();
    }
    EXPECT_FALSE(QFileInfo::exists(folder)) << "the folder must not be created behind the user's back";
}

TEST_F(WorkspaceTest, FolderIsNotAWorkspace)
{
    const QString folder = pathFor(QStringLiteral("a-folder.gonggu"));
    ASSERT_TRUE(QDir().mkdir(folder));
    EXPECT_THROW(Workspace(folder, m_clock), InputError);
    EXPECT_TRUE(QDir(folder).isEmpty());
}

/** Every table of the data model exists in a new workspace. */
class WorkspaceTableTest : public gonggu::test::TempWorkspaceTest, public ::testing::WithParamInterface<const char *>
{
};

TEST_P(WorkspaceTableTest, Exists)
{
    QSqlQuery query(workspace().database());
    query.prepare(onServer() ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                              "current_schema() AND table_name = ?")
                             : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(QString::fromLatin1(GetParam()));
    ASSERT_TRUE(query.exec() && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

INSTANTIATE_TEST_SUITE_P(DataModel, WorkspaceTableTest,
                         ::testing::Values("round", "item", "person", "buyer_order", "order_line", "payment",
                                           "contact_log", "reminder", "checklist_item"));

} // namespace
