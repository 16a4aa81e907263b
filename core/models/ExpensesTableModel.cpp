#include "ExpensesTableModel.h"

#include "DisplayText.h"
#include "storage/ExpenseRepository.h"

namespace gonggu {

ExpensesTableModel::ExpensesTableModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

void ExpensesTableModel::showRound(RoundId round)
{
    std::vector<Expense> expenses = ExpenseRepository(m_workspace).forRound(round);
    beginResetModel();
    m_expenses = std::move(expenses);
    endResetModel();
}

void ExpensesTableModel::clear()
{
    beginResetModel();
    m_expenses.clear();
    endResetModel();
}

int ExpensesTableModel::rowOf(ExpenseId id) const
{
    for (std::size_t row = 0; row < m_expenses.size(); ++row) {
        if (m_expenses[row].id == id)
            return int(row);
    }
    return -1;
}

int ExpensesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_expenses.size());
}

int ExpensesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant ExpensesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Expense &expense = m_expenses[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Date:
            return DisplayText::date(expense.spentOn);
        case Column::Kind:
            return DisplayText::of(expense.kind);
        case Column::Amount:
            return DisplayText::money(expense.amount);
        case Column::Note:
            return expense.note;
        }
        return {};
    case SortRole:
        switch (column) {
        case Column::Date:
            return expense.spentOn.isValid() ? expense.spentOn.toJulianDay() : qint64(0);
        case Column::Amount:
            return expense.amount.toWon();
        case Column::Kind:
        case Column::Note:
            return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Column::Amount || column == Column::Date ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                  : QVariant();
    case Qt::ToolTipRole:
        return column == Column::Note && !expense.note.isEmpty() ? QVariant(expense.note) : QVariant();
    case ExpenseIdRole:
        return expense.id;
    default:
        return {};
    }
}

QVariant ExpensesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Kind:
        return tr("Kind");
    case Column::Amount:
        return tr("Amount");
    case Column::Note:
        return tr("Note");
    }
    return {};
}

} // namespace gonggu
