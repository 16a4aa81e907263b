#include "ReminderDialog.h"

#include "BuyerPicker.h"
#include "FieldError.h"
#include "ReminderTimeEdit.h"
#include "WorkspaceSession.h"
#include "commands/ReminderCommands.h"
#include "commands/TryExecute.h"
#include "domain/Clock.h"
#include "models/ReminderTimes.h"
#include "services/RoundLedger.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gonggu {

ReminderDialog::ReminderDialog(WorkspaceSession &session, const Round &round, QWidget *parent)
    : QDialog(parent), m_session(session), m_round(round)
{
    setWindowTitle(tr("Add Reminder — %1").arg(round.title));

    m_due = new ReminderTimeEdit(this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setDateTime(ReminderTimes::tomorrowMorning(session.clock().nowUtc()));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("What to do, e.g. call the supplier about the tax invoice"));
    m_forBuyer = new QCheckBox(tr("About one &buyer:"), this);
    m_forBuyer->setObjectName(QStringLiteral("forBuyerCheck"));
    m_buyer = new BuyerPicker(this);
    m_buyer->setObjectName(QStringLiteral("buyerPicker"));
    m_buyer->setEnabled(false);
    m_error = new FieldError(this);
    m_error->setObjectName(QStringLiteral("reminderError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(tr("&Reminder:"), m_note);
    form->addRow(m_forBuyer, m_buyer);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Reminder"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReminderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReminderDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_note, &QLineEdit::textChanged, this, &ReminderDialog::refresh);
    connect(m_buyer, &BuyerPicker::buyerChanged, this, &ReminderDialog::refresh);
    connect(m_forBuyer, &QCheckBox::toggled, this, [this](bool on) {
        // The buyers are read only when asked for: a round may have 100,000 of them.
        if (on && m_buyer->buyers().empty())
            m_buyer->setBuyers(RoundLedger(m_session.workspace()).balances(m_round));
        m_buyer->setEnabled(on);
        if (on)
            m_buyer->setFocus();
        refresh();
    });
    m_note->setFocus();
    refresh();
    resize(480, sizeHint().height());
}

QString ReminderDialog::problem() const
{
    if (m_forBuyer->isChecked() && !m_buyer->currentText().trimmed().isEmpty() && !m_buyer->currentBuyer())
        return tr("No buyer of this round is called “%1”.").arg(m_buyer->currentText().trimmed());
    return {};
}

void ReminderDialog::refresh()
{
    m_error->showMessage(problem());
    const bool buyerChosen = !m_forBuyer->isChecked() || m_buyer->currentBuyer();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_note->text().trimmed().isEmpty() && buyerChosen);
}

void ReminderDialog::accept()
{
    const QString note = m_note->text().trimmed();
    std::optional<OrderId> order;
    if (m_forBuyer->isChecked()) {
        const BuyerBalance *buyer = m_buyer->currentBuyer();
        if (!buyer)
            return;
        order = buyer->order.orderId;
    }
    if (note.isEmpty())
        return;
    auto command = std::make_unique<AddReminderCommand>(m_session, m_round, m_due->dateTime(), note, order);
    const AddReminderCommand *added = command.get(); // the undo stack owns it once pushed
    if (const std::optional<QString> refusal = tryExecute(m_session, std::move(command))) {
        m_error->showMessage(tr("Not added: %1").arg(*refusal));
        return;
    }
    m_savedReminder = added->reminderId();
    QDialog::accept();
}

} // namespace gonggu
