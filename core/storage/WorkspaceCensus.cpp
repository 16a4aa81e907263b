#include "WorkspaceCensus.h"

#include "Workspace.h"
#include "WorkspaceCopy.h"
#include "domain/Errors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gonggu {
namespace {

// Table names come from WorkspaceCopy::tables(), constants of the program, never from input.
qint64 scalar(const Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(sql) || !query.next())
        throw StorageError(QStringLiteral("cannot count '%1': %2").arg(workspace.path(), query.lastError().text()));
    return query.value(0).toLongLong();
}

} // namespace

WorkspaceCensus WorkspaceCensus::of(const Workspace &workspace)
{
    WorkspaceCensus census;
    for (const WorkspaceCopy::Table &table : WorkspaceCopy::tables())
        census.rowCounts.append(
            {table.name, scalar(workspace, QStringLiteral("SELECT count(*) FROM %1").arg(table.name))});
    census.paymentTotal = scalar(workspace, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payment"));
    census.orderedQuantity = scalar(workspace, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM order_line"));
    census.orderValue = scalar(workspace, QStringLiteral("SELECT coalesce(sum(l.quantity * i.unit_price), 0) FROM "
                                                         "order_line l JOIN item i ON i.id = l.item_id"));
    census.expenseTotal = scalar(workspace, QStringLiteral("SELECT coalesce(sum(amount), 0) FROM round_expense"));
    return census;
}

qint64 WorkspaceCensus::rows(const QString &table) const
{
    for (const auto &[name, count] : rowCounts) {
        if (name == table)
            return count;
    }
    return 0;
}

qint64 WorkspaceCensus::totalRows() const
{
    qint64 total = 0;
    for (const auto &count : rowCounts)
        total += count.second;
    return total;
}

QStringList WorkspaceCensus::differencesFrom(const WorkspaceCensus &copy) const
{
    QStringList differences;
    const auto compare = [&](const QString &what, qint64 here, qint64 there) {
        if (here != there)
            differences << QStringLiteral("%1: %2 in the source, %3 in the copy").arg(what).arg(here).arg(there);
    };
    for (const auto &[table, count] : rowCounts)
        compare(QStringLiteral("%1 rows").arg(table), count, copy.rows(table));
    compare(QStringLiteral("sum of payments"), paymentTotal, copy.paymentTotal);
    compare(QStringLiteral("copies ordered"), orderedQuantity, copy.orderedQuantity);
    compare(QStringLiteral("value of the order lines"), orderValue, copy.orderValue);
    compare(QStringLiteral("sum of expenses"), expenseTotal, copy.expenseTotal);
    return differences;
}

} // namespace gonggu
