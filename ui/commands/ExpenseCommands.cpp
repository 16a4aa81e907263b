#include "ExpenseCommands.h"

#include "WorkspaceSession.h"
#include "models/DisplayText.h"
#include "storage/ExpenseRepository.h"

namespace gonggu {
namespace {

QString describeAdd(const Expense &expense)
{
    const QString amount = DisplayText::money(expense.amount);
    switch (expense.kind) {
    case ExpenseKind::Supplier:
        return AddExpenseCommand::tr("Add payment of %1 to the supplier").arg(amount);
    case ExpenseKind::Shipping:
        return AddExpenseCommand::tr("Add shipping cost of %1").arg(amount);
    case ExpenseKind::Other:
        return AddExpenseCommand::tr("Add cost of %1").arg(amount);
    }
    return {};
}

QString describeRemove(const Expense &expense)
{
    const QString amount = DisplayText::money(expense.amount);
    switch (expense.kind) {
    case ExpenseKind::Supplier:
        return RemoveExpenseCommand::tr("Remove payment of %1 to the supplier").arg(amount);
    case ExpenseKind::Shipping:
        return RemoveExpenseCommand::tr("Remove shipping cost of %1").arg(amount);
    case ExpenseKind::Other:
        return RemoveExpenseCommand::tr("Remove cost of %1").arg(amount);
    }
    return {};
}

} // namespace

AddExpenseCommand::AddExpenseCommand(WorkspaceSession &session, Expense expense)
    : EditCommand(session, describeAdd(expense)), m_expense(std::move(expense))
{
    setRound(m_expense.roundId);
}

void AddExpenseCommand::apply()
{
    ExpenseRepository expenses(session().workspace());
    if (m_expense.id != 0) { // a redo
        expenses.restore(m_expense);
        return;
    }
    const ExpenseId id = expenses.add(m_expense);
    m_expense = expenses.find(id).value_or(m_expense); // with its creation time, for an exact restore
    m_expense.id = id;
}

void AddExpenseCommand::revert()
{
    ExpenseRepository(session().workspace()).remove(m_expense.id);
}

void AddExpenseCommand::announce()
{
    emit session().expensesChanged(m_expense.roundId);
}

RemoveExpenseCommand::RemoveExpenseCommand(WorkspaceSession &session, Expense expense)
    : EditCommand(session, describeRemove(expense)), m_expense(std::move(expense))
{
    setRound(m_expense.roundId);
}

void RemoveExpenseCommand::apply()
{
    ExpenseRepository(session().workspace()).remove(m_expense.id);
}

void RemoveExpenseCommand::revert()
{
    ExpenseRepository(session().workspace()).restore(m_expense);
}

void RemoveExpenseCommand::announce()
{
    emit session().expensesChanged(m_expense.roundId);
}

} // namespace gonggu
