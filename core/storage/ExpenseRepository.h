#pragma once

#include "domain/Expense.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** Reads and writes what a round spent: the supplier's invoice, courier shipping, other costs. */
class ExpenseRepository
{
public:
    explicit ExpenseRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** Records an expense (amount > 0) of an existing round and returns its id. InputError otherwise. */
    ExpenseId add(const Expense &expense);
    /** Changes kind, amount, date and note of an existing expense (its round stays). */
    void update(const Expense &expense);
    /** Deletes an expense; InputError when there is none with that id. */
    void remove(ExpenseId id);
    /** Puts back an expense exactly as find() returned it, id and creation time included (to undo
     *  remove(), so that later commands on the undo stack still find it by its id). */
    void restore(const Expense &expense);

    std::optional<Expense> find(ExpenseId id) const;
    /** The round's expenses by date (undated last), then in the order they were recorded. */
    std::vector<Expense> forRound(RoundId roundId) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
