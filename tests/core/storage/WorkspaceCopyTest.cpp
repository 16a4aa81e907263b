#include "storage/WorkspaceCopy.h"
#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Errors.h"
#include "services/DemoWorkspace.h"
#include "storage/PaymentRepository.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace gonggu::test {
namespace {

void exec(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString() << " in " << sql.toStdString();
}

QStringList column(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

/** A copy from a workspace file (the source a coordinator has) into this test's workspace: another file, or a
 *  fresh schema on the test server when the suite runs against one. */
class WorkspaceCopyTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_source = std::make_unique<Workspace>(pathFor(QStringLiteral("source.gonggu")), m_clock);
    }
    void TearDown() override
    {
        m_source.reset();
        TempWorkspaceTest::TearDown();
    }

    Workspace &source() { return *m_source; }
    /** The tables the workspace really has, whatever the database system. */
    QSet<QString> tablesIn(const Workspace &workspace)
    {
        const QStringList names =
            workspace.isShared()
                ? column(workspace, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                   "table_schema = current_schema() AND table_name <> "
                                                   "'gonggu_workspace'"))
                : column(workspace, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                                   "NOT LIKE 'sqlite_%'"));
        return QSet<QString>(names.begin(), names.end());
    }
    QSet<QString> copiedTables()
    {
        QSet<QString> names;
        for (const WorkspaceCopy::Table &table : WorkspaceCopy::tables())
            names.insert(table.name);
        return names;
    }

private:
    std::unique_ptr<Workspace> m_source;
};

TEST_F(WorkspaceCopyTest, TableListNamesEveryTableOfTheSchema)
{
    EXPECT_EQ(copiedTables(), tablesIn(source()));
    EXPECT_EQ(copiedTables(), tablesIn(workspace()));
    EXPECT_EQ(copiedTables().size(), WorkspaceCopy::tables().size()) << "a table is listed twice";
}

TEST_F(WorkspaceCopyTest, EveryTableComesAfterTheTablesItRefersTo)
{
    QStringList before;
    for (const WorkspaceCopy::Table &table : WorkspaceCopy::tables()) {
        const QStringList referenced =
            column(source(), QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(table.name));
        const QStringList selfColumns =
            column(source(), QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE \"table\" = '%1'")
                                 .arg(table.name));
        for (const QString &other : referenced) {
            if (other == table.name) {
                EXPECT_EQ(table.selfReferences, selfColumns) << table.name.toStdString();
            } else {
                EXPECT_TRUE(before.contains(other))
                    << table.name.toStdString() << " refers to " << other.toStdString() << ", which is copied later";
            }
        }
        before << table.name;
    }
}

TEST_F(WorkspaceCopyTest, CopiesTheDemoWithItsIdsAndCountsTheSame)
{
    DemoWorkspace::populate(source());
    const WorkspaceCopy::Result result = WorkspaceCopy::copy(source(), workspace());

    EXPECT_TRUE(result.source.differencesFrom(result.copy).isEmpty());
    EXPECT_GT(result.source.rows(QStringLiteral("payment")), 0);
    EXPECT_GT(result.source.orderValue, 0);
    reopen(); // what was committed
    const WorkspaceCensus committed = WorkspaceCensus::of(workspace());
    EXPECT_TRUE(result.source.differencesFrom(committed).isEmpty())
        << result.source.differencesFrom(committed).join(u'\n').toStdString();
    const QString everyPayment =
        QStringLiteral("SELECT id || ':' || amount || ':' || coalesce(person_id, 0) || ':' || paid_on FROM payment "
                       "ORDER BY id");
    EXPECT_EQ(column(source(), everyPayment), column(workspace(), everyPayment));
    const QString everyRound = QStringLiteral("SELECT id || ':' || title FROM round ORDER BY id");
    EXPECT_EQ(column(source(), everyRound), column(workspace(), everyRound));
}

TEST_F(WorkspaceCopyTest, NextIdsComeAfterTheCopiedOnes)
{
    addRound(source(), QStringLiteral("1차 공구"));
    addRound(source(), QStringLiteral("2차 공구"));
    addRound(source(), QStringLiteral("3차 공구"));
    RoundRepository(source()).remove(RoundRepository(source()).resolve(QStringLiteral("1차 공구")).id); // a gap
    const RoundId third = RoundRepository(source()).resolve(QStringLiteral("3차 공구")).id;
    WorkspaceCopy::copy(source(), workspace());

    EXPECT_EQ(RoundRepository(workspace()).resolve(QStringLiteral("3차 공구")).id, third);
    EXPECT_EQ(column(workspace(), QStringLiteral("SELECT count(*) FROM round")), QStringList{QStringLiteral("2")});
    addRound(workspace(), QStringLiteral("4차 공구"));
    EXPECT_EQ(RoundRepository(workspace()).resolve(QStringLiteral("4차 공구")).id, third + 1);
}

TEST_F(WorkspaceCopyTest, APaymentSplitOffALaterOneIsCopied)
{
    addRound(source(), QStringLiteral("1차 공구"));
    addPerson(source(), QStringLiteral("김민수"));
    Payment payment;
    payment.roundId = RoundRepository(source()).resolve(QStringLiteral("1차 공구")).id;
    payment.personId = column(source(), QStringLiteral("SELECT id FROM person")).value(0).toLongLong();
    for (const qint64 amount : {10000, 20000}) {
        payment.amount = Money::won(amount);
        PaymentRepository(source()).add(payment);
    }
    const QStringList ids = column(source(), QStringLiteral("SELECT id FROM payment ORDER BY id"));
    ASSERT_EQ(ids.size(), 2);
    // The first part names the payment with the larger id: inserted in id order, it would refer to a row that is
    // not there yet.
    exec(source(), QStringLiteral("UPDATE payment SET split_of = %1 WHERE id = %2").arg(ids[1], ids[0]));

    WorkspaceCopy::copy(source(), workspace());
    EXPECT_EQ(column(workspace(), QStringLiteral("SELECT split_of FROM payment WHERE id = %1").arg(ids[0])),
              QStringList{ids[1]});
    EXPECT_EQ(column(workspace(), QStringLiteral("SELECT count(*) FROM payment WHERE split_of IS NULL")),
              QStringList{QStringLiteral("1")});
}

TEST_F(WorkspaceCopyTest, ATableOfManyStatementsWorthArrivesRowForRow)
{
    // 2,000 people of 12 columns: several full multi-row statements and a shorter last one.
    exec(source(),
         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                        "INSERT INTO person (display_name, nickname, real_name, phone, created_at, row_version) "
                        "SELECT '구매자 ' || i, CASE WHEN i % 7 = 0 THEN NULL ELSE 'nick' || i END, "
                        "CASE WHEN i % 5 = 0 THEN '' ELSE '김' || i END, '010-' || i, '2026-11-20T10:00:00', i % 3 "
                        "FROM n"));
    WorkspaceCopy::copy(source(), workspace());

    const QString everyPerson = QStringLiteral(
        "SELECT id || ':' || display_name || ':' || coalesce(nickname, '<none>') || ':' || real_name || ':' || phone "
        "|| ':' || row_version FROM person ORDER BY id");
    const QStringList copied = column(workspace(), everyPerson);
    ASSERT_EQ(copied.size(), 2000);
    EXPECT_EQ(copied, column(source(), everyPerson));
    EXPECT_EQ(copied.last(), QStringLiteral("2000:구매자 2000:nick2000::010-2000:2"));
    EXPECT_EQ(column(workspace(), QStringLiteral("SELECT count(*) FROM person WHERE nickname IS NULL")),
              QStringList{QStringLiteral("285")});
}

TEST_F(WorkspaceCopyTest, NullAndEmptyTextStayApart)
{
    const Round round = addRound(source(), QStringLiteral("1차 공구"));
    exec(source(), QStringLiteral("UPDATE round SET closes_on = NULL, notes = '' WHERE id = %1").arg(round.id));
    WorkspaceCopy::copy(source(), workspace());
    EXPECT_EQ(column(workspace(), QStringLiteral("SELECT count(*) FROM round WHERE closes_on IS NULL AND notes = ''")),
              QStringList{QStringLiteral("1")});
}

TEST_F(WorkspaceCopyTest, RefusesATargetThatHoldsRowsAndChangesNothing)
{
    DemoWorkspace::populate(source());
    addRound(workspace(), QStringLiteral("이미 있는 공구"));
    const WorkspaceCensus before = WorkspaceCensus::of(workspace());

    try {
        WorkspaceCopy::copy(source(), workspace());
        FAIL() << "a target with a round was not refused";
    } catch (const InputError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("rounds: 1"))) << error.message().toStdString();
    }
    EXPECT_TRUE(before.differencesFrom(WorkspaceCensus::of(workspace())).isEmpty());
}

TEST_F(WorkspaceCopyTest, RefusesToCopyAWorkspaceIntoItself)
{
    EXPECT_THROW(WorkspaceCopy::copy(workspace(), workspace()), InputError);
}

TEST_F(WorkspaceCopyTest, ACopyThatCountsDifferentlyIsRolledBack)
{
    DemoWorkspace::populate(source());
    // The target's own trigger skews every payment it receives: the copy no longer sums up the same.
    if (workspace().isShared()) {
        exec(workspace(), QStringLiteral("CREATE FUNCTION skew() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                         "NEW.amount := NEW.amount + 1; RETURN NEW; END $$"));
        exec(workspace(), QStringLiteral("CREATE TRIGGER skew BEFORE INSERT ON payment FOR EACH ROW EXECUTE "
                                         "FUNCTION skew()"));
    } else {
        exec(workspace(), QStringLiteral("CREATE TRIGGER skew AFTER INSERT ON payment BEGIN UPDATE payment SET "
                                         "amount = amount + 1 WHERE id = NEW.id; END"));
    }

    try {
        WorkspaceCopy::copy(source(), workspace());
        FAIL() << "a copy with different totals was committed";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("sum of payments"))) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(QStringLiteral("rolled back"))) << error.message().toStdString();
    }
    reopen();
    EXPECT_EQ(WorkspaceCensus::of(workspace()).totalRows(), 0);
}

} // namespace
} // namespace gonggu::test
