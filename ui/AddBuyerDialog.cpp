#include "AddBuyerDialog.h"

#include "FieldError.h"
#include "OrdersBuyerCompleter.h"
#include "WorkspaceSession.h"
#include "commands/AddBuyerCommand.h"
#include "domain/PaymentRules.h"
#include "models/DisplayText.h"
#include "services/OrderBook.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gonggu {
AddBuyerDialog::AddBuyerDialog(WorkspaceSession &session, const Round &round, const std::vector<Item> &items,
                               QWidget *parent)
    : QDialog(parent), m_session(session), m_round(round)
{
    setObjectName(QStringLiteral("addBuyerDialog"));
    setWindowTitle(tr("Add Buyer — %1").arg(round.title));
    loadPeople();
    buildForm(items);
    updateState();
}

AddBuyerDialog::~AddBuyerDialog() = default;

void AddBuyerDialog::loadPeople()
{
    m_people = PersonRepository(m_session.workspace()).all();
    for (const Order &order : OrderRepository(m_session.workspace()).forRound(m_round.id))
        m_alreadyOrdering.insert(order.personId);
}

void AddBuyerDialog::buildForm(const std::vector<Item> &items)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Type a name, nickname or phone to find someone, or a new name"));
    auto *completer = new OrdersBuyerCompleter(m_people, m_alreadyOrdering, this);
    m_name->setCompleter(completer);
    connect(completer, &OrdersBuyerCompleter::personChosen, this, &AddBuyerDialog::choosePerson);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Typing over a chosen person's name means someone else: a new person, or another search.
        if (m_chosen && text != m_chosen->displayName)
            forgetChosenPerson();
        updateState();
    });

    m_nickname = new QLineEdit(this);
    m_nickname->setObjectName(QStringLiteral("nicknameEdit"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(QStringLiteral("010-0000-0000"));
    m_personNote = new QLabel(this);
    m_personNote->setObjectName(QStringLiteral("personNote"));
    m_personNote->setForegroundRole(QPalette::PlaceholderText);
    for (QLineEdit *edit : {m_nickname, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &AddBuyerDialog::updateState);

    auto *who = new QGroupBox(tr("Buyer"), this);
    auto *whoForm = new QFormLayout(who);
    whoForm->addRow(tr("&Name:"), m_name);
    whoForm->addRow(QString(), m_personNote);
    whoForm->addRow(tr("Nic&kname:"), m_nickname);
    whoForm->addRow(tr("&Phone:"), m_phone);

    auto *order = new QGroupBox(tr("Order"), this);
    auto *orderForm = new QFormLayout(order);
    for (const Item &item : items) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("copiesSpin%1").arg(m_copies.size()));
        spin->setRange(0, item.maxQuantity ? std::min(*item.maxQuantity, OrderBook::maxQuantityPerLine)
                                           : OrderBook::maxQuantityPerLine);
        // Most buyers take one copy of a one-book round: start there.
        spin->setValue(items.size() == 1 ? 1 : 0);
        // "1 copy", "2 copies": the suffix follows the number.
        const auto suffix = [spin](int value) { spin->setSuffix(value == 1 ? tr(" copy") : tr(" copies")); };
        suffix(spin->value());
        connect(spin, &QSpinBox::valueChanged, spin, suffix);
        orderForm->addRow(tr("%1 (%2):").arg(item.name, DisplayText::money(item.unitPrice)), spin);
        connect(spin, &QSpinBox::valueChanged, this, &AddBuyerDialog::updateState);
        m_copies.emplace_back(item, spin);
    }
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (auto status : {OrderStatus::Interested, OrderStatus::Applied, OrderStatus::Confirmed, OrderStatus::Cancelled})
        m_status->addItem(DisplayText::of(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(OrderStatus::Applied)));
    m_delivery = new QComboBox(this);
    m_delivery->setObjectName(QStringLiteral("deliveryCombo"));
    m_delivery->addItem(DisplayText::of(Delivery::Pickup), int(Delivery::Pickup));
    m_delivery->addItem(
        tr("%1 (+%2 shipping)").arg(DisplayText::of(Delivery::Courier), DisplayText::money(m_round.shippingFee)),
        int(Delivery::Courier));
    for (QComboBox *combo : {m_status, m_delivery})
        connect(combo, &QComboBox::currentIndexChanged, this, &AddBuyerDialog::updateState);
    orderForm->addRow(tr("&Status:"), m_status);
    orderForm->addRow(tr("&Delivery:"), m_delivery);
    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("amountLabel"));
    orderForm->addRow(tr("Amount due:"), m_amount);

    m_error = new FieldError(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Buyer"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddBuyerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddBuyerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(order);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    m_name->setFocus();
}

void AddBuyerDialog::choosePerson(PersonId id)
{
    const auto found = std::find_if(m_people.begin(), m_people.end(), [id](const Person &p) { return p.id == id; });
    if (found == m_people.end())
        return;
    m_chosen = *found;
    m_name->setText(found->displayName);
    m_nickname->setText(found->nickname);
    m_phone->setText(found->phone);
    // Their directory entry is edited on the People page, not here.
    for (QLineEdit *edit : {m_nickname, m_phone})
        edit->setReadOnly(true);
    updateState();
}

std::optional<PersonId> AddBuyerDialog::chosenPerson() const
{
    return m_chosen ? std::optional<PersonId>(m_chosen->id) : std::nullopt;
}

void AddBuyerDialog::forgetChosenPerson()
{
    m_chosen.reset();
    for (QLineEdit *edit : {m_nickname, m_phone}) {
        edit->clear();
        edit->setReadOnly(false);
    }
}

QString AddBuyerDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the buyer's name, or find them in the directory.");
    if (m_chosen && m_alreadyOrdering.contains(m_chosen->id))
        return tr("%1 already has an order in this round: change it in the table.").arg(m_chosen->displayName);
    const QString nickname = m_nickname->text().trimmed();
    if (!m_chosen && !nickname.isEmpty()) {
        for (const Person &person : m_people) {
            if (person.nickname == nickname)
                return tr("The nickname %1 already belongs to %2: pick them from the list, or choose another "
                          "nickname.")
                    .arg(nickname, person.displayName);
        }
    }
    const auto status = OrderStatus(m_status->currentData().toInt());
    const bool anyCopies =
        std::any_of(m_copies.begin(), m_copies.end(), [](const auto &copies) { return copies.second->value() > 0; });
    if (!anyCopies && status != OrderStatus::Interested && !m_copies.empty())
        return tr("Order at least one copy, or set the status to Interested.");
    return {};
}

void AddBuyerDialog::updateState()
{
    if (m_chosen)
        m_personNote->setText(tr("From the directory"));
    else
        m_personNote->setText(m_name->text().trimmed().isEmpty() ? QString()
                                                                 : tr("New person: added to the directory"));
    Money goods;
    for (const auto &[item, spin] : m_copies)
        goods += item.unitPrice * spin->value();
    const Money due = amountDue(OrderStatus(m_status->currentData().toInt()),
                                Delivery(m_delivery->currentData().toInt()), goods, m_round.shippingFee);
    m_amount->setText(DisplayText::money(due));

    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    // An empty name is where every entry starts, not a mistake: the placeholder says what to do.
    m_error->showMessage(m_name->text().trimmed().isEmpty() ? QString() : why);
}

NewBuyer AddBuyerDialog::request() const
{
    NewBuyer buyer;
    if (m_chosen) {
        buyer.existingPerson = m_chosen->id;
        buyer.person = *m_chosen;
    } else {
        buyer.person.displayName = m_name->text().trimmed();
        buyer.person.realName = buyer.person.displayName;
        buyer.person.nickname = m_nickname->text().trimmed();
        buyer.person.phone = m_phone->text().trimmed();
    }
    for (const auto &[item, spin] : m_copies)
        buyer.copies.push_back({item, spin->value()});
    buyer.status = OrderStatus(m_status->currentData().toInt());
    buyer.delivery = Delivery(m_delivery->currentData().toInt());
    return buyer;
}

void AddBuyerDialog::accept()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_error->showMessage(why);
        return;
    }
    // The session reports a refusal (sold out, a name taken meanwhile) to the window too; the dialog shows
    // it where the user is looking and stays open, so nothing typed is lost.
    QString refusal;
    const QMetaObject::Connection listening = connect(&m_session, &WorkspaceSession::errorOccurred, this,
                                                      [&refusal](const QString &message) { refusal = message; });
    auto command = std::make_unique<AddBuyerCommand>(m_session, m_round, request());
    const AddBuyerCommand *added = command.get(); // owned by the undo stack once executed
    const bool done = m_session.execute(std::move(command));
    disconnect(listening);
    if (!done) {
        m_error->showMessage(refusal);
        return;
    }
    m_addedOrderId = added->orderId();
    QDialog::accept();
}

} // namespace gonggu
