#pragma once

#include "EditCommand.h"
#include "domain/Expense.h"

#include <QCoreApplication>

namespace gonggu {

/** Records money a round spent (supplier, shipping, other); undo deletes it, redo puts it back under the
 *  same id so that later commands on the stack still find it. */
class AddExpenseCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddExpenseCommand)

public:
    AddExpenseCommand(WorkspaceSession &session, Expense expense);

    /** The recorded expense's id; valid once the command has been applied. */
    ExpenseId expenseId() const { return m_expense.id; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Expense m_expense;
};

/** Deletes an expense recorded by mistake; undo restores it as it was, id included. */
class RemoveExpenseCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveExpenseCommand)

public:
    /** `expense` as the repository has it (find() or the table's row). */
    RemoveExpenseCommand(WorkspaceSession &session, Expense expense);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Expense m_expense;
};

} // namespace gonggu
