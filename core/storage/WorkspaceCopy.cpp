#include "WorkspaceCopy.h"

#include "Transaction.h"
#include "Workspace.h"
#include "WorkspaceBackend.h"
#include "domain/Errors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>
#include <utility>

namespace gonggu {
namespace {

// Every statement below names a table of WorkspaceCopy::tables() or a column the source itself reported: no
// input reaches the SQL text, and every value is bound.
QSqlQuery prepared(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(QStringLiteral("cannot prepare the copy (%1): %2").arg(sql, query.lastError().text()));
    return query;
}

void execOrThrow(QSqlQuery &query, const QString &table)
{
    if (!query.exec())
        throw StorageError(QStringLiteral("copying table %1 failed: %2").arg(table, query.lastError().text()));
}

/** A row's id and the value of one self-referring column, for the second pass. */
struct SelfReference
{
    QVariant id;
    QVariant value;
};

/** Inserts a table's rows into the target many to a statement: a statement per row spends a 100,000-buyer
 *  round's copy in round trips to the server. */
class BatchInsert
{
public:
    BatchInsert(const Workspace &target, const QString &table, const QStringList &columns)
        : m_target(target), m_table(table), m_columns(columns),
          m_rowsPerStatement(std::max<int>(1, maxValuesPerStatement / int(columns.size())))
    {
    }

    void add(QVariantList row)
    {
        m_rows.append(std::move(row));
        if (m_rows.size() == m_rowsPerStatement)
            flush();
    }

    void flush()
    {
        if (m_rows.isEmpty())
            return;
        if (!m_full || m_rows.size() != m_rowsPerStatement)
            m_full = prepared(m_target, sql(int(m_rows.size()))); // the last, shorter batch prepares its own
        QSqlQuery &insert = *m_full;
        int position = 0;
        for (const QVariantList &row : std::as_const(m_rows))
            for (const QVariant &value : row)
                insert.bindValue(position++, value);
        execOrThrow(insert, m_table);
        m_rows.clear();
    }

private:
    // Well within both systems' limit on a statement's parameters (SQLite 32,766; PostgreSQL 65,535).
    static constexpr int maxValuesPerStatement = 8000;

    QString sql(int rows) const
    {
        const QString oneRow =
            QStringLiteral("(%1)").arg(QStringList(m_columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_table, m_columns.join(QStringLiteral(", ")), QStringList(rows, oneRow).join(QStringLiteral(", ")));
    }

    const Workspace &m_target;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QList<QVariantList> m_rows;
    std::optional<QSqlQuery> m_full;
};

void copyTable(const Workspace &source, const Workspace &target, const WorkspaceCopy::Table &table)
{
    QSqlQuery rows = prepared(source, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.name));
    execOrThrow(rows, table.name);
    const QSqlRecord record = rows.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    BatchInsert insert(target, table.name, columns);
    const int idColumn = record.indexOf(QStringLiteral("id"));
    QList<QList<SelfReference>> later(table.selfReferences.size());
    while (rows.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i) {
            const qsizetype self = table.selfReferences.indexOf(columns[i]);
            // A NULL keeps no type: bound as such, it stays NULL in every column (and "" stays "").
            if (rows.isNull(i)) {
                row.append(QVariant());
                continue;
            }
            if (self >= 0) { // the row it names may come later in id order: set it in a second pass
                later[self].append({rows.value(idColumn), rows.value(i)});
                row.append(QVariant());
                continue;
            }
            row.append(rows.value(i));
        }
        insert.add(std::move(row));
    }
    insert.flush();
    for (qsizetype self = 0; self < table.selfReferences.size(); ++self) {
        QSqlQuery update = prepared(
            target, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table.name, table.selfReferences[self]));
        for (const SelfReference &reference : later[self]) {
            update.bindValue(0, reference.value);
            update.bindValue(1, reference.id);
            execOrThrow(update, table.name);
        }
    }
}

/** Holds the source still while it is read, so that rows and census come from one moment of it. */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Workspace &workspace) : m_db(workspace.database()) { m_db.transaction(); }
    ~ReadSnapshot() { m_db.rollback(); } // it only read
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

const QList<WorkspaceCopy::Table> &WorkspaceCopy::tables()
{
    static const QList<Table> list{
        {QStringLiteral("round"), {}},           {QStringLiteral("item"), {}},
        {QStringLiteral("person"), {}},          {QStringLiteral("buyer_order"), {}},
        {QStringLiteral("order_line"), {}},      {QStringLiteral("payment"), {QStringLiteral("split_of")}},
        {QStringLiteral("contact_log"), {}},     {QStringLiteral("reminder"), {}},
        {QStringLiteral("checklist_item"), {}},  {QStringLiteral("import_mapping"), {}},
        {QStringLiteral("person_alias"), {}},    {QStringLiteral("payment_event"), {}},
        {QStringLiteral("round_expense"), {}},   {QStringLiteral("message_template"), {}},
        {QStringLiteral("export_template"), {}}, {QStringLiteral("change_log"), {}},
    };
    return list;
}

WorkspaceCopy::Result WorkspaceCopy::copy(const Workspace &source, Workspace &target)
{
    if (source.path() == target.path())
        throw InputError(QCoreApplication::translate("Workspace", "a workspace cannot be copied into itself"));
    if (source.schemaVersion() != target.schemaVersion())
        throw InputError(QCoreApplication::translate("Workspace", "'%1' (version %2) and '%3' (version %4) are not "
                                                                  "of the same workspace version")
                             .arg(source.path(), QString::number(source.schemaVersion()), target.path(),
                                  QString::number(target.schemaVersion())));

    const ReadSnapshot snapshot(source);
    Result result;
    result.source = WorkspaceCensus::of(source);

    Transaction transaction(target); // the target's write lock: nobody else writes into it meanwhile
    const WorkspaceCensus before = WorkspaceCensus::of(target);
    if (before.totalRows() > 0)
        throw InputError(QCoreApplication::translate("Workspace", "'%1' already holds a Gonggu workspace (rounds: %2, "
                                                                  "people: %3, payments: %4); a workspace is copied "
                                                                  "only into an empty one, so nothing was changed")
                             .arg(target.path(), QString::number(before.rows(QStringLiteral("round"))),
                                  QString::number(before.rows(QStringLiteral("person"))),
                                  QString::number(before.rows(QStringLiteral("payment")))));

    for (const Table &table : tables())
        copyTable(source, target, table);

    result.copy = WorkspaceCensus::of(target);
    const QStringList differences = result.source.differencesFrom(result.copy);
    if (!differences.isEmpty())
        throw StorageError(QStringLiteral("the copy in '%1' does not count the same as its source, so it was rolled "
                                          "back: %2")
                               .arg(target.path(), differences.join(QStringLiteral("; "))));
    for (const Table &table : tables())
        target.backend().continueIdsAfter(target.database(), table.name);
    transaction.commit();
    return result;
}

} // namespace gonggu
