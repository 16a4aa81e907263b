#pragma once

#include "domain/Expense.h"
#include "domain/Round.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** One round's expenses (supplier, shipping, other) by date; read-only. */
class ExpensesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Date,
        Kind,
        Amount,
        Note,
    };
    static constexpr int columns = int(Column::Note) + 1;

    enum Role
    {
        SortRole = Qt::UserRole, // won as qint64, dates as Julian days, text as is
        ExpenseIdRole = Qt::UserRole + 1,
    };

    explicit ExpensesTableModel(const Workspace &workspace, QObject *parent = nullptr);

    /** Loads the round's expenses; throws gonggu::Error when the workspace cannot be read. */
    void showRound(RoundId round);
    void clear();

    const std::vector<Expense> &expenses() const { return m_expenses; }
    const Expense &expenseAt(int row) const { return m_expenses.at(std::size_t(row)); }
    /** The row showing the expense, or -1. */
    int rowOf(ExpenseId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Workspace &m_workspace;
    std::vector<Expense> m_expenses;
};

} // namespace gonggu
