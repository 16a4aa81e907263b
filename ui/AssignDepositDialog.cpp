#include "AssignDepositDialog.h"

#include "BuyerPicker.h"
#include "FieldError.h"
#include "WorkspaceSession.h"
#include "commands/ReconciliationCommands.h"
#include "commands/TryExecute.h"
#include "models/DisplayText.h"
#include "services/RoundLedger.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gonggu {

AssignDepositDialog::AssignDepositDialog(WorkspaceSession &session, Round round, Payment deposit,
                                         std::optional<PersonId> suggested, QWidget *parent)
    : QDialog(parent), m_session(session), m_round(std::move(round)), m_deposit(std::move(deposit))
{
    setObjectName(QStringLiteral("assignDepositDialog"));
    setWindowTitle(tr("Assign Deposit"));

    auto *what = new QLabel(
        tr("%1 from %2 on %3")
            .arg(DisplayText::money(m_deposit.amount), m_deposit.depositorName, DisplayText::date(m_deposit.paidOn)));
    what->setTextFormat(Qt::PlainText);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);

    m_picker = new BuyerPicker;
    m_picker->setObjectName(QStringLiteral("buyerPicker"));
    m_picker->setBuyers(RoundLedger(session.workspace()).balances(m_round));
    if (suggested)
        m_picker->choose(*suggested);
    else if (m_deposit.personId)
        m_picker->choose(*m_deposit.personId);
    m_balance = new QLabel;
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_balance->setTextFormat(Qt::PlainText);
    m_rememberAlias = new QCheckBox(tr("&Remember “%1” as this buyer's depositor name").arg(m_deposit.depositorName));
    m_rememberAlias->setObjectName(QStringLiteral("rememberAliasCheck"));
    m_rememberAlias->setChecked(true);
    m_rememberAlias->setToolTip(tr("The next statement then matches this name to the buyer by itself"));
    m_error = new FieldError;
    m_error->setObjectName(QStringLiteral("assignError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Buyer:"), m_picker);
    form->addRow(QString(), m_balance);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_assignButton = buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    // Enter in the buyer field assigns; Cancel must not take the default when it gets the focus.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_assignButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_rememberAlias);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_picker, &BuyerPicker::buyerChanged, this, &AssignDepositDialog::refresh);
    refresh();
    m_picker->setFocus();
    resize(460, sizeHint().height());
}

void AssignDepositDialog::refresh()
{
    const BuyerBalance *buyer = m_picker->currentBuyer();
    m_error->showMessage({});
    if (!buyer) {
        m_balance->setText(m_picker->buyers().empty() ? tr("This round has no buyers yet.")
                                                      : tr("Choose a buyer of this round from the list."));
    } else {
        const Money now = buyer->money.balance();
        const Money after = now - m_deposit.amount;
        const QString before = now > Money() ? tr("Owes %1").arg(DisplayText::money(now)) : tr("Owes nothing");
        const QString result = after > Money()  ? tr("still owes %1").arg(DisplayText::money(after))
                               : after.isZero() ? tr("paid in full")
                                                : tr("overpaid by %1").arg(DisplayText::money(-after));
        m_balance->setText(tr("%1 now; after this deposit: %2").arg(before, result));
    }
    m_assignButton->setEnabled(buyer && (!m_deposit.personId || buyer->order.personId != *m_deposit.personId));
}

void AssignDepositDialog::accept()
{
    const BuyerBalance *buyer = m_picker->currentBuyer();
    if (!buyer || !m_assignButton->isEnabled())
        return;
    if (const std::optional<QString> refused = tryExecute(
            m_session,
            std::make_unique<AssignDepositCommand>(m_session, m_round, m_deposit, buyer->order.personId,
                                                   BuyerPicker::label(buyer->order), m_rememberAlias->isChecked()))) {
        m_error->showMessage(*refused);
        return;
    }
    QDialog::accept();
}

} // namespace gonggu
