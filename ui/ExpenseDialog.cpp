#include "ExpenseDialog.h"

#include "FieldError.h"
#include "OptionalDateEdit.h"
#include "WorkspaceSession.h"
#include "commands/ExpenseCommands.h"
#include "commands/TryExecute.h"
#include "domain/Clock.h"
#include "models/DisplayText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gonggu {

ExpenseDialog::ExpenseDialog(WorkspaceSession &session, const Round &round, QWidget *parent)
    : QDialog(parent), m_session(session), m_round(round)
{
    setWindowTitle(tr("Add Expense — %1").arg(round.title));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const ExpenseKind kind : {ExpenseKind::Supplier, ExpenseKind::Shipping, ExpenseKind::Other})
        m_kind->addItem(DisplayText::of(kind), int(kind));

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(DisplayText::money(Money::won(480000)));
    m_amountError = new FieldError(this);
    m_amountError->setObjectName(QStringLiteral("amountError"));

    m_date = new QDateEdit(session.clock().today(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(OptionalDateEdit::editFormat());
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What it was for, e.g. the invoice number"));
    m_saveError = new FieldError(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(QString(), m_amountError);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Expense"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExpenseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExpenseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &ExpenseDialog::refresh);
    m_amount->setFocus(); // the kind is most often the first one, the supplier
    refresh();
    resize(420, sizeHint().height());
}

std::optional<Money> ExpenseDialog::typedAmount() const
{
    return Money::parse(m_amount->text());
}

void ExpenseDialog::refresh()
{
    const std::optional<Money> amount = typedAmount();
    const bool typed = !m_amount->text().trimmed().isEmpty();
    if (typed && !amount)
        m_amountError->showMessage(tr("Enter the amount in won, for example 480,000."));
    else if (amount && *amount <= Money())
        m_amountError->showMessage(tr("Enter an amount of more than zero: this is money the round spent."));
    else
        m_amountError->showMessage({});
    m_saveError->showMessage({});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(amount && *amount > Money());
}

void ExpenseDialog::accept()
{
    const std::optional<Money> amount = typedAmount();
    if (!amount || *amount <= Money())
        return;
    Expense expense;
    expense.roundId = m_round.id;
    expense.kind = ExpenseKind(m_kind->currentData().toInt());
    expense.amount = *amount;
    expense.spentOn = m_date->date();
    expense.note = m_note->text().trimmed();
    auto command = std::make_unique<AddExpenseCommand>(m_session, expense);
    const AddExpenseCommand *recorded = command.get(); // the undo stack owns it once pushed
    if (const std::optional<QString> refusal = tryExecute(m_session, std::move(command))) {
        m_saveError->showMessage(tr("Not recorded: %1").arg(*refusal));
        return;
    }
    m_savedExpense = recorded->expenseId();
    QDialog::accept();
}

} // namespace gonggu
