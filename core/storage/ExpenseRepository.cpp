#include "ExpenseRepository.h"

#include "SqlStatement.h"
#include "Workspace.h"
#include "domain/DateText.h"
#include "domain/Errors.h"

namespace gonggu {
namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, round_id, kind, amount, spent_on, note, created_at FROM round_expense ");

Expense readExpense(const SqlStatement &row)
{
    Expense expense;
    expense.id = row.integer(0);
    expense.roundId = row.integer(1);
    expense.kind = expenseKindFromKey(row.text(2)).value_or(ExpenseKind::Other);
    expense.amount = Money::won(row.integer(3));
    expense.spentOn = parseIsoDate(row.text(4)).value_or(QDate());
    expense.note = row.text(5);
    expense.createdAt = fromIsoUtc(row.text(6));
    return expense;
}

// The schema's CHECK would refuse these too, but as a StorageError: say what is wrong instead.
void checkAmount(Money amount)
{
    if (amount <= Money())
        throw InputError(QStringLiteral("an expense must be more than 0 won (got %1)").arg(amount.toPlainString()));
    if (amount > Money::won(Money::maxAbsoluteWon))
        throw InputError(QStringLiteral("the amount is beyond what Gonggu accepts"));
}

void checkRound(const Workspace &workspace, RoundId roundId)
{
    SqlStatement query(workspace, QStringLiteral("SELECT 1 FROM round WHERE id = :id"));
    if (query.bind(QStringLiteral(":id"), roundId).scalar().isNull())
        throw InputError(QStringLiteral("round %1 does not exist").arg(roundId));
}

SqlStatement &bindFields(SqlStatement &statement, const Expense &expense)
{
    return statement.bind(QStringLiteral(":kind"), toKey(expense.kind))
        .bind(QStringLiteral(":amount"), expense.amount.toWon())
        .bindOptionalText(QStringLiteral(":spent_on"), toIsoDate(expense.spentOn))
        .bind(QStringLiteral(":note"), expense.note.trimmed());
}

} // namespace

ExpenseId ExpenseRepository::add(const Expense &expense)
{
    checkAmount(expense.amount);
    checkRound(m_workspace, expense.roundId);
    SqlStatement insert(m_workspace,
                        QStringLiteral("INSERT INTO round_expense (round_id, kind, amount, spent_on, note, created_at) "
                                       "VALUES (:round, :kind, :amount, :spent_on, :note, :created)"));
    insert.bind(QStringLiteral(":round"), expense.roundId)
        .bind(QStringLiteral(":created"), toIsoUtc(m_workspace.clock().nowUtc()));
    return bindFields(insert, expense).exec().lastInsertId();
}

void ExpenseRepository::update(const Expense &expense)
{
    checkAmount(expense.amount);
    SqlStatement statement(m_workspace, QStringLiteral("UPDATE round_expense SET kind = :kind, amount = :amount, "
                                                       "spent_on = :spent_on, note = :note WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), expense.id);
    bindFields(statement, expense).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("expense %1 does not exist").arg(expense.id));
}

void ExpenseRepository::remove(ExpenseId id)
{
    SqlStatement statement(m_workspace, QStringLiteral("DELETE FROM round_expense WHERE id = :id"));
    statement.bind(QStringLiteral(":id"), id).exec();
    if (statement.rowsAffected() != 1)
        throw InputError(QStringLiteral("expense %1 does not exist").arg(id));
}

void ExpenseRepository::restore(const Expense &expense)
{
    checkAmount(expense.amount);
    checkRound(m_workspace, expense.roundId);
    if (expense.id <= 0)
        throw InputError(QStringLiteral("an expense to restore needs its id"));
    if (find(expense.id))
        throw InputError(QStringLiteral("expense %1 exists already").arg(expense.id));
    SqlStatement insert(
        m_workspace,
        QStringLiteral("INSERT INTO round_expense (id, round_id, kind, amount, spent_on, note, created_at) "
                       "VALUES (:id, :round, :kind, :amount, :spent_on, :note, :created)"));
    const QDateTime created = expense.createdAt.isValid() ? expense.createdAt : m_workspace.clock().nowUtc();
    insert.bind(QStringLiteral(":id"), expense.id)
        .bind(QStringLiteral(":round"), expense.roundId)
        .bind(QStringLiteral(":created"), toIsoUtc(created));
    bindFields(insert, expense).exec();
}

std::optional<Expense> ExpenseRepository::find(ExpenseId id) const
{
    SqlStatement query(m_workspace, selectColumns + QStringLiteral("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readExpense(query);
}

std::vector<Expense> ExpenseRepository::forRound(RoundId roundId) const
{
    SqlStatement query(m_workspace,
                       selectColumns + QStringLiteral("WHERE round_id = :round "
                                                      "ORDER BY CASE WHEN spent_on IS NULL THEN 1 ELSE 0 END, "
                                                      "spent_on, id"));
    query.bind(QStringLiteral(":round"), roundId).exec();
    std::vector<Expense> expenses;
    while (query.next())
        expenses.push_back(readExpense(query));
    return expenses;
}

} // namespace gonggu
