#include "PaymentDialog.h"

#include "FieldError.h"
#include "OptionalDateEdit.h"
#include "WorkspaceSession.h"
#include "commands/PaymentCommands.h"
#include "commands/TryExecute.h"
#include "domain/Clock.h"
#include "models/DisplayText.h"
#include "storage/PersonRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {
namespace {

QString buyerLabel(const BuyerLedgerRow &order)
{
    return order.nickname.isEmpty() ? order.displayName
                                    : QStringLiteral("%1 (%2)").arg(order.displayName, order.nickname);
}

QString describeBalance(const BuyerMoney &money)
{
    if (money.balance().isNegative())
        return PaymentDialog::tr("is owed %1 back").arg(DisplayText::money(money.refundDue()));
    if (money.balance().isZero())
        return PaymentDialog::tr("owes nothing");
    return PaymentDialog::tr("owes %1").arg(DisplayText::money(money.owed()));
}

} // namespace

PaymentDialog::PaymentDialog(WorkspaceSession &session, const Round &round, std::optional<PersonId> buyer,
                             QWidget *parent)
    : QDialog(parent), m_session(session), m_round(round)
{
    setWindowTitle(tr("Add Payment — %1").arg(round.title));
    // Cancelled orders stay listed: they are the buyers refunds go to.
    m_buyers = RoundLedger(session.workspace()).balances(round);
    buildForm();
    if (buyer)
        chooseBuyer(*buyer);
    refresh();
}

void PaymentDialog::buildForm()
{
    m_buyer = new QComboBox(this);
    m_buyer->setObjectName(QStringLiteral("buyerCombo"));
    m_buyer->setEditable(true);
    m_buyer->setInsertPolicy(QComboBox::NoInsert);
    // One model set at once rather than an addItem() per buyer: a round may have 100,000 of them.
    // Its rows are m_buyers' rows.
    QStringList labels;
    labels.reserve(qsizetype(m_buyers.size()));
    for (const BuyerBalance &buyer : m_buyers)
        labels << buyerLabel(buyer.order);
    m_buyer->setModel(new QStringListModel(labels, m_buyer));
    m_buyer->setCurrentIndex(-1);
    m_buyer->lineEdit()->setPlaceholderText(tr("Type a name or nickname"));
    // Any part of a name or nickname finds the buyer, as in the tables' search box.
    m_buyer->completer()->setFilterMode(Qt::MatchContains);
    m_buyer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_buyer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_buyerError = new FieldError(this);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(DisplayText::money(Money::won(25200)));
    m_refund = new QCheckBox(tr("&Refund (money going back to the buyer)"), this);
    m_refund->setObjectName(QStringLiteral("refundCheck"));
    m_amountError = new FieldError(this);
    m_amountError->setObjectName(QStringLiteral("amountError"));
    m_balanceAfter = new QLabel(this);
    m_balanceAfter->setObjectName(QStringLiteral("balanceAfterLabel"));
    QFont bold = m_balanceAfter->font();
    bold.setBold(true);
    m_balanceAfter->setFont(bold);

    m_date = new QDateEdit(m_session.clock().today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(OptionalDateEdit::editFormat());
    m_depositor = new QLineEdit(this);
    m_depositor->setObjectName(QStringLiteral("depositorEdit"));
    m_depositor->setPlaceholderText(tr("The name on the bank transfer"));
    m_method = new QComboBox(this);
    for (const QString &key :
         {QStringLiteral("transfer"), QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("other")})
        m_method->addItem(DisplayText::paymentMethod(key), key);
    m_note = new QLineEdit(this);
    m_saveError = new FieldError(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Buyer:"), m_buyer);
    form->addRow(QString(), m_balance);
    form->addRow(QString(), m_buyerError);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(QString(), m_refund);
    form->addRow(QString(), m_amountError);
    form->addRow(QString(), m_balanceAfter);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("De&positor:"), m_depositor);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Note:"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Payment"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buyer, &QComboBox::currentTextChanged, this, &PaymentDialog::buyerChosen);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::refresh);
    connect(m_refund, &QCheckBox::toggled, this, &PaymentDialog::refresh);
    resize(480, sizeHint().height());
}

bool PaymentDialog::chooseBuyer(PersonId person)
{
    const auto found = std::find_if(m_buyers.begin(), m_buyers.end(),
                                    [person](const BuyerBalance &buyer) { return buyer.order.personId == person; });
    if (found == m_buyers.end())
        return false;
    m_buyer->setCurrentIndex(int(found - m_buyers.begin()));
    buyerChosen();
    return true;
}

const BuyerBalance *PaymentDialog::currentBuyer() const
{
    // The typed text must name one buyer exactly: the label from the list, or a nickname.
    const QString typed = m_buyer->currentText().trimmed();
    if (typed.isEmpty())
        return nullptr;
    int row = m_buyer->findText(typed, Qt::MatchFixedString);
    if (row < 0) {
        for (std::size_t i = 0; i < m_buyers.size(); ++i) {
            if (m_buyers[i].order.nickname.compare(typed, Qt::CaseInsensitive) == 0)
                row = int(i);
        }
    }
    return row < 0 ? nullptr : &m_buyers[std::size_t(row)];
}

std::optional<Money> PaymentDialog::typedAmount() const
{
    const std::optional<Money> typed = Money::parse(m_amount->text());
    if (!typed)
        return std::nullopt;
    // A typed minus and the Refund box mean the same; either makes a refund.
    const bool refund = m_refund->isChecked() || typed->isNegative();
    const Money size = typed->isNegative() ? -*typed : *typed;
    return refund ? -size : size;
}

void PaymentDialog::buyerChosen()
{
    const BuyerBalance *buyer = currentBuyer();
    if (buyer && (m_depositor->text().isEmpty() || m_depositor->text() == m_suggestedDepositor)) {
        const std::optional<Person> person = PersonRepository(m_session.workspace()).find(buyer->order.personId);
        m_suggestedDepositor =
            person && !person->depositorName.isEmpty() ? person->depositorName : buyer->order.displayName;
        m_depositor->setText(m_suggestedDepositor);
    }
    refresh();
}

void PaymentDialog::refresh()
{
    const BuyerBalance *buyer = currentBuyer();
    if (buyer) {
        // The name as well, since typing a nickname is enough to choose someone.
        m_balance->setText(tr("%1 — due %2, paid %3: %4")
                               .arg(buyerLabel(buyer->order), DisplayText::money(buyer->money.due),
                                    DisplayText::money(buyer->money.paid), describeBalance(buyer->money)));
    } else {
        m_balance->setText(m_buyers.empty() ? tr("This round has no buyers yet.") : QString());
    }
    const bool buyerTyped = !m_buyer->currentText().trimmed().isEmpty();
    m_buyerError->showMessage(!buyer && buyerTyped ? tr("Choose a buyer of this round from the list.") : QString());

    const std::optional<Money> amount = typedAmount();
    const bool amountTyped = !m_amount->text().trimmed().isEmpty();
    if (amountTyped && !amount)
        m_amountError->showMessage(tr("Enter the amount in won, for example 25,200."));
    else if (amount && amount->isZero())
        m_amountError->showMessage(tr("Enter an amount other than zero."));
    else
        m_amountError->showMessage({});

    if (buyer && amount && !amount->isZero()) {
        BuyerMoney after = buyer->money;
        after.paid += *amount;
        after.hadRefund = after.hadRefund || amount->isNegative();
        const QString text =
            amount->isNegative() ? tr("After this refund: %1 (%2)") : tr("After this payment: %1 (%2)");
        m_balanceAfter->setText(text.arg(describeBalance(after), DisplayText::of(after.state())));
    } else {
        m_balanceAfter->clear();
    }
    m_saveError->showMessage({});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(buyer && amount && !amount->isZero());
}

void PaymentDialog::accept()
{
    const BuyerBalance *buyer = currentBuyer();
    const std::optional<Money> amount = typedAmount();
    if (!buyer || !amount || amount->isZero())
        return;
    Payment payment;
    payment.personId = buyer->order.personId;
    payment.amount = *amount;
    payment.paidOn = m_date->date();
    payment.depositorName = m_depositor->text().trimmed();
    payment.method = m_method->currentData().toString();
    payment.note = m_note->text().trimmed();
    const QString who = buyer->order.nickname.isEmpty() ? buyer->order.displayName : buyer->order.nickname;
    auto command = std::make_unique<AddPaymentCommand>(m_session, m_round, payment, who);
    const AddPaymentCommand *recorded = command.get(); // the undo stack owns it once pushed
    if (const std::optional<QString> refusal = tryExecute(m_session, std::move(command))) {
        m_saveError->showMessage(tr("Not recorded: %1").arg(*refusal));
        return;
    }
    m_savedPayment = recorded->paymentId();
    QDialog::accept();
}

} // namespace gonggu
