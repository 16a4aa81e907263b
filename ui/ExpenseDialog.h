#pragma once

#include "domain/Expense.h"
#include "domain/Round.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace gonggu {

class FieldError;
class WorkspaceSession;

/** Records money a round spent: a payment to the supplier, courier shipping or another cost. */
class ExpenseDialog : public QDialog
{
    Q_OBJECT

public:
    ExpenseDialog(WorkspaceSession &session, const Round &round, QWidget *parent = nullptr);

    /** The expense written by accept(); empty before. */
    std::optional<ExpenseId> savedExpense() const { return m_savedExpense; }
    void accept() override;

private:
    std::optional<Money> typedAmount() const;
    void refresh();

    WorkspaceSession &m_session;
    Round m_round;
    std::optional<ExpenseId> m_savedExpense;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_amount = nullptr;
    FieldError *m_amountError = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    FieldError *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gonggu
