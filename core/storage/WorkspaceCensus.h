#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gonggu {

class Workspace;

/** What must agree between a workspace and a copy of it: the rows of every table and the ledger's totals. Taken
 *  the same way on both sides, so that a copy is checked by the very code that counts its source. */
struct WorkspaceCensus
{
    QList<QPair<QString, qint64>> rowCounts; // in the order of WorkspaceCopy::tables()
    qint64 paymentTotal = 0;                 // Σ payment.amount
    qint64 orderedQuantity = 0;              // Σ order_line.quantity
    qint64 orderValue = 0;                   // Σ quantity × unit price over the order lines
    qint64 expenseTotal = 0;                 // Σ round_expense.amount

    /** Counts the workspace as its connection sees it (inside a transaction: with what it wrote so far). */
    static WorkspaceCensus of(const Workspace &workspace);

    qint64 rows(const QString &table) const;
    qint64 totalRows() const;
    /** One line per figure that differs ("payment rows: 12 here, 11 in the copy"); empty when all agree. */
    QStringList differencesFrom(const WorkspaceCensus &copy) const;
};

} // namespace gonggu
