#include "SampleRows.h"
#include "TempWorkspace.h"
#include "domain/Statuses.h"
#include "storage/OrderRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace gonggu;
using namespace gonggu::test;

namespace {

/** The schema itself refuses bad rows, whatever code writes them (raw SQL, bypassing repositories). */
class SchemaConstraintsTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        m_round = addRound(workspace(), QStringLiteral("1차 공구")).id;
        m_item = addItem(workspace(), m_round, QStringLiteral("실전 리팩터링"), 25200).id;
        m_person = addPerson(workspace(), QStringLiteral("김민준"), QStringLiteral("tini"));
        Order order;
        order.roundId = m_round;
        order.personId = m_person;
        m_order = OrderRepository(workspace()).create(order);
    }

    // Runs one statement with positional values; returns the error text, empty on success. SQLite names the
    // constraint kind in its text; PostgreSQL's SQLSTATE says it, and is put in front in SQLite's words.
    QString run(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(workspace().database());
        if (!query.prepare(sql))
            return query.lastError().text();
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return {};
        static const QHash<QString, QString> kinds{{QStringLiteral("23514"), QStringLiteral("CHECK")},
                                                   {QStringLiteral("23503"), QStringLiteral("FOREIGN KEY")},
                                                   {QStringLiteral("23505"), QStringLiteral("UNIQUE")}};
        const QSqlError error = query.lastError();
        const QString kind = onServer() ? kinds.value(error.nativeErrorCode(), QStringLiteral("?")) : QString();
        return kind.isEmpty() ? error.text() : kind + u' ' + error.text();
    }

    QString insertLine(qint64 order, qint64 item, int quantity)
    {
        return run(QStringLiteral("INSERT INTO order_line (order_id, item_id, quantity) VALUES (?, ?, ?)"),
                   {order, item, quantity});
    }

    RoundId m_round = 0;
    ItemId m_item = 0;
    PersonId m_person = 0;
    OrderId m_order = 0;
};

TEST_F(SchemaConstraintsTest, PositiveQuantityIsAccepted)
{
    EXPECT_EQ(insertLine(m_order, m_item, 1), QString());
}

TEST_F(SchemaConstraintsTest, ZeroOrNegativeQuantityIsRefused)
{
    for (int quantity : {0, -1, -1000}) {
        const QString error = insertLine(m_order, m_item, quantity);
        EXPECT_TRUE(error.contains(QStringLiteral("CHECK"))) << quantity << ": " << error.toStdString();
    }
}

TEST_F(SchemaConstraintsTest, LineOfAMissingOrderIsRefused)
{
    const QString error = insertLine(m_order + 1000, m_item, 1);
    EXPECT_TRUE(error.contains(QStringLiteral("FOREIGN KEY"))) << error.toStdString();
}

TEST_F(SchemaConstraintsTest, LineOfAMissingItemIsRefused)
{
    const QString error = insertLine(m_order, m_item + 1000, 1);
    EXPECT_TRUE(error.contains(QStringLiteral("FOREIGN KEY"))) << error.toStdString();
}

TEST_F(SchemaConstraintsTest, PersonWithAnOrderCannotBeDeletedBehindTheRepository)
{
    const QString error = run(QStringLiteral("DELETE FROM person WHERE id = ?"), {m_person});
    EXPECT_TRUE(error.contains(QStringLiteral("FOREIGN KEY"))) << error.toStdString();
}

TEST_F(SchemaConstraintsTest, UnknownOrderStatusIsRefused)
{
    const QString error = run(QStringLiteral("UPDATE buyer_order SET status = 'shipped' WHERE id = ?"), {m_order});
    EXPECT_TRUE(error.contains(QStringLiteral("CHECK"))) << error.toStdString();
}

TEST_F(SchemaConstraintsTest, UnknownRoundStatusIsRefused)
{
    const QString error = run(QStringLiteral("UPDATE round SET status = 'archived' WHERE id = ?"), {m_round});
    EXPECT_TRUE(error.contains(QStringLiteral("CHECK"))) << error.toStdString();
}

TEST_F(SchemaConstraintsTest, ZeroPaymentIsRefused)
{
    const QString sql =
        QStringLiteral("INSERT INTO payment (round_id, person_id, amount, created_at) VALUES (?, ?, ?, ?)");
    const QString error = run(sql, {m_round, m_person, 0, QStringLiteral("2026-11-10T12:00:00Z")});
    EXPECT_TRUE(error.contains(QStringLiteral("CHECK"))) << error.toStdString();
    EXPECT_EQ(run(sql, {m_round, m_person, -5000, QStringLiteral("2026-11-10T12:00:00Z")}), QString());
}

TEST_F(SchemaConstraintsTest, DuplicateNicknameIsRefused)
{
    const QString sql = QStringLiteral("INSERT INTO person (display_name, nickname, created_at) VALUES (?, ?, ?)");
    const QString error = run(sql, {QStringLiteral("김민준"), QStringLiteral("tini"), QStringLiteral("2026-11-10")});
    EXPECT_TRUE(error.contains(QStringLiteral("UNIQUE"))) << error.toStdString();
}

/** One stored key column: which table and column, and the keys Statuses.h defines for it. */
struct KeyColumn
{
    const char *table;
    const char *column;
    std::function<QStringList()> keys;
};

const KeyColumn keyColumns[] = {
    {"round", "status", roundStatusKeys},       {"buyer_order", "status", orderStatusKeys},
    {"buyer_order", "delivery", deliveryKeys},  {"contact_log", "channel", contactChannelKeys},
    {"contact_log", "kind", contactKindKeys},   {"payment", "source", paymentSourceKeys},
    {"round_expense", "kind", expenseKindKeys}, {"payment_event", "action", paymentEventActionKeys},
};

/** The CHECK (... IN (...)) lists of the schema and the keys of domain/Statuses.h stay in step. */
class SchemaKeyListTest : public SchemaConstraintsTest, public ::testing::WithParamInterface<KeyColumn>
{
protected:
    // Writes `key` into the column on a fresh row (or the existing one) and returns the error text.
    QString writeKey(const QString &key)
    {
        const QString column = QString::fromLatin1(GetParam().column);
        const QString now = QStringLiteral("2026-11-10T12:00:00Z");
        const QString table = QString::fromLatin1(GetParam().table);
        if (table == u"round")
            return run(QStringLiteral("INSERT INTO round (title, %1, created_at) VALUES (?, ?, ?)").arg(column),
                       {QStringLiteral("공구 ") + key, key, now});
        if (table == u"buyer_order")
            return run(QStringLiteral("UPDATE buyer_order SET %1 = ? WHERE id = ?").arg(column), {key, m_order});
        if (table == u"contact_log")
            return run(QStringLiteral("INSERT INTO contact_log (order_id, channel, kind, sent_at) VALUES (?, ?, ?, ?)"),
                       {m_order, column == u"channel" ? key : QStringLiteral("chat"),
                        column == u"kind" ? key : QStringLiteral("progress"), now});
        if (table == u"round_expense")
            return run(
                QStringLiteral("INSERT INTO round_expense (round_id, kind, amount, created_at) VALUES (?, ?, 1000, ?)"),
                {m_round, key, now});
        if (table == u"payment_event")
            return run(QStringLiteral("INSERT INTO payment_event (round_id, action, at) VALUES (?, ?, ?)"),
                       {m_round, key, now});
        return run(QStringLiteral("INSERT INTO payment (round_id, amount, source, source_ref, created_at) "
                                  "VALUES (?, 1000, ?, ?, ?)"),
                   {m_round, key, key, now});
    }

    // The quoted values of `column TEXT ... CHECK (column IN (...))` in the table's CREATE statement; on the
    // server, of the constraint as PostgreSQL keeps it: CHECK ((column = ANY (ARRAY['a'::text, …]))).
    QStringList schemaList()
    {
        QSqlQuery query(workspace().database());
        query.prepare(onServer() ? QStringLiteral("SELECT string_agg(pg_get_constraintdef(c.oid), ' ') FROM "
                                                  "pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE "
                                                  "t.relname = ? AND c.contype = 'c' AND t.relnamespace = "
                                                  "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())")
                                 : QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(QString::fromLatin1(GetParam().table));
        if (!query.exec() || !query.next())
            return {};
        const QString column = QString::fromLatin1(GetParam().column);
        const QRegularExpression check(onServer() ? QStringLiteral("\\(%1 = ANY \\(ARRAY\\[([^]]*)\\]").arg(column)
                                                  : QStringLiteral("CHECK \\(%1 IN\\s*\\(([^)]*)\\)").arg(column));
        const QRegularExpressionMatch match = check.match(query.value(0).toString());
        if (!match.hasMatch())
            return {};
        QStringList values;
        const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
        for (const QRegularExpressionMatch &value : quoted.globalMatch(match.captured(1)))
            values << value.captured(1);
        return values;
    }
};

TEST_P(SchemaKeyListTest, AcceptsEveryKey)
{
    for (const QString &key : GetParam().keys())
        EXPECT_EQ(writeKey(key), QString()) << key.toStdString();
}

TEST_P(SchemaKeyListTest, RefusesAnyOtherValue)
{
    for (const QString &wrong :
         {QStringLiteral("unknown"), GetParam().keys().constFirst().toUpper(), QStringLiteral("-")}) {
        const QString error = writeKey(wrong);
        EXPECT_TRUE(error.contains(QStringLiteral("CHECK")))
            << '"' << wrong.toStdString() << "\": " << error.toStdString();
    }
}

TEST_P(SchemaKeyListTest, ListsExactlyTheDomainKeys)
{
    EXPECT_EQ(schemaList(), GetParam().keys());
}

INSTANTIATE_TEST_SUITE_P(Columns, SchemaKeyListTest, ::testing::ValuesIn(keyColumns),
                         [](const auto &info) { return std::string(info.param.table) + "_" + info.param.column; });

} // namespace
