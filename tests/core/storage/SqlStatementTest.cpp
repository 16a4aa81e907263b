#include "storage/SqlStatement.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"

using namespace gonggu;

namespace {

/** SqlStatement: bound values in, SQL failures out as exceptions (never silently ignored). */
class SqlStatementTest : public gonggu::test::TempWorkspaceTest
{
};

TEST_F(SqlStatementTest, BoundTextIsStoredVerbatim)
{
    // Quotes and Hangul go through binding untouched: nothing is spliced into the SQL text.
    const QString title = QStringLiteral("오라일리' 공구; DROP TABLE round; --");
    SqlStatement(workspace(), QStringLiteral("INSERT INTO round (title, created_at) VALUES (:title, :now)"))
        .bind(QStringLiteral(":title"), title)
        .bind(QStringLiteral(":now"), QStringLiteral("2026-11-10T12:00:00Z"))
        .exec();
    EXPECT_EQ(SqlStatement(workspace(), QStringLiteral("SELECT title FROM round")).scalar().toString(), title);
}

TEST_F(SqlStatementTest, OptionalTextStoresNullForEmpty)
{
    SqlStatement insert(workspace(), QStringLiteral("INSERT INTO round (title, closes_on, payment_due, created_at) "
                                                    "VALUES ('1차', :closes, :due, '2026-11-10T12:00:00Z')"));
    insert.bindOptionalText(QStringLiteral(":closes"), QString())
        .bindOptionalText(QStringLiteral(":due"), QStringLiteral("2026-11-06"))
        .exec();
    SqlStatement query(workspace(), QStringLiteral("SELECT closes_on, payment_due FROM round"));
    query.exec();
    ASSERT_TRUE(query.next());
    EXPECT_TRUE(query.isNull(0));
    EXPECT_EQ(query.text(1), QStringLiteral("2026-11-06"));
}

TEST_F(SqlStatementTest, ScalarOfNoRowsIsNull)
{
    EXPECT_FALSE(SqlStatement(workspace(), QStringLiteral("SELECT id FROM round")).scalar().isValid());
}

TEST_F(SqlStatementTest, MalformedSqlIsAStorageError)
{
    EXPECT_THROW(SqlStatement(workspace(), QStringLiteral("SELEKT * FROM round")), StorageError);
    EXPECT_THROW(SqlStatement(workspace(), QStringLiteral("SELECT * FROM no_such_table")), StorageError);
}

TEST_F(SqlStatementTest, ConstraintViolationThrows)
{
    SqlStatement insert(workspace(), QStringLiteral("INSERT INTO round (title, created_at) VALUES ('', :now)"));
    insert.bind(QStringLiteral(":now"), QStringLiteral("2026-11-10T12:00:00Z"));
    EXPECT_THROW(insert.exec(), gonggu::Error);
    EXPECT_FALSE(SqlStatement(workspace(), QStringLiteral("SELECT id FROM round")).scalar().isValid());
}

} // namespace
