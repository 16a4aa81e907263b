#include "TempWorkspace.h"
#include "TestServer.h"
#include "storage/Migrations.h"
#include "storage/PostgresBackend.h"
#include "storage/RoundRepository.h"
#include "storage/WorkspaceLocation.h"

#include <QSqlQuery>

using namespace gonggu;
using namespace gonggu::test;

namespace {

// The columns and indexes of the workspace's schema as the server describes them, in a stable order.
QStringList schemaOf(const Workspace &workspace)
{
    QStringList schema;
    QSqlQuery columns(workspace.database());
    EXPECT_TRUE(columns.exec(QStringLiteral(
        "SELECT table_name, column_name, data_type, is_nullable, COALESCE(column_default, ''), "
        "COALESCE(collation_name, '') FROM information_schema.columns WHERE table_schema = current_schema() "
        "ORDER BY table_name, column_name")));
    while (columns.next()) {
        QStringList column;
        for (int i = 0; i < 6; ++i)
            column << columns.value(i).toString();
        schema << column.join(u' ');
    }
    QSqlQuery indexes(workspace.database());
    EXPECT_TRUE(indexes.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                                            "current_schema() ORDER BY indexname")));
    while (indexes.next()) // the definition names the schema, which differs between the two
        schema << indexes.value(0).toString();
    QSqlQuery checks(workspace.database());
    EXPECT_TRUE(checks.exec(QStringLiteral(
        "SELECT t.relname, pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
        "WHERE t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY 1, 2")));
    while (checks.next())
        schema << checks.value(0).toString() + u' ' + checks.value(1).toString();
    return schema;
}

/** A shared workspace of an older schema version (the parameter) is brought up to date from the same migration
 *  steps as a file, in the server's words, and ends with the schema a new one has. */
class ServerMigrationTest : public TempWorkspaceTest, public ::testing::WithParamInterface<int>
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        if (!onServer())
            GTEST_SKIP() << "needs the PostgreSQL test server (GONGGU_TEST_POSTGRES)";
        m_oldUrl = TestServer::newWorkspaceUrl();
        buildAtVersion(GetParam());
    }

    void TearDown() override
    {
        if (!m_oldUrl.isEmpty())
            TestServer::dropWorkspace(m_oldUrl);
        TempWorkspaceTest::TearDown();
    }

    // Writes the schema as an older Gonggu left it on the server, with one round in it.
    void buildAtVersion(int version)
    {
        PostgresBackend backend(WorkspaceLocation::parse(m_oldUrl));
        QSqlDatabase db = backend.open(QStringLiteral("server-migration-build")); // marks the empty schema, v0
        {
            QSqlQuery query(db);
            for (const MigrationStep &step : migrationSteps()) {
                if (step.toVersion > version)
                    break;
                for (const QString &statement : step.statements)
                    ASSERT_TRUE(query.exec(backend.ddl(statement))) << statement.toStdString();
            }
            ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO round (title, created_at) VALUES ('작년 공동구매', "
                                                  "'2025-11-01T00:00:00Z')")));
            backend.writeSchemaVersion(db, version);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("server-migration-build"));
    }

    QString m_oldUrl;
};

TEST_P(ServerMigrationTest, EndsAtTheCurrentVersionWithTheSchemaOfANewWorkspaceAndKeepsItsRows)
{
    Workspace migrated(m_oldUrl, m_clock);
    EXPECT_EQ(migrated.schemaVersion(), Workspace::currentSchemaVersion);
    EXPECT_EQ(migrated.migrationBackupPath(), QString()) << "the server's DDL is undone on failure, not backed up";
    EXPECT_EQ(schemaOf(migrated), schemaOf(workspace()));
    const std::vector<Round> rounds = RoundRepository(migrated).all();
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds[0].title, QStringLiteral("작년 공동구매"));
    EXPECT_TRUE(migrated.integrityProblems().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(FromEveryOlderVersion, ServerMigrationTest,
                         ::testing::Range(1, Workspace::currentSchemaVersion),
                         [](const auto &info) { return "v" + std::to_string(info.param); });

} // namespace
