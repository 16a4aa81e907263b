#include "RoundEditorDialog.h"

#include "FieldError.h"
#include "ItemsEditor.h"
#include "OptionalDateEdit.h"
#include "WorkspaceSession.h"
#include "commands/RoundCommands.h"
#include "commands/TryExecute.h"
#include "domain/Clock.h"
#include "domain/Errors.h"
#include "domain/Language.h"
#include "models/DisplayText.h"
#include "models/ItemsTableModel.h"
#include "services/SupplierChecklist.h"
#include "storage/ItemRepository.h"
#include "storage/RoundRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace gonggu {

namespace {
constexpr int koreanOffset = 9 * 3600; // seconds east of UTC; Korea keeps no daylight saving
} // namespace

bool RoundEditorDialog::createRound(WorkspaceSession &session, QWidget *parent, RoundId *created)
{
    RoundEditorDialog dialog(session, std::nullopt, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.savedRound())
        return false;
    if (created)
        *created = *dialog.savedRound();
    return true;
}

bool RoundEditorDialog::editRound(WorkspaceSession &session, RoundId round, QWidget *parent)
{
    try {
        RoundEditorDialog dialog(session, round, parent);
        return dialog.exec() == QDialog::Accepted && dialog.savedRound();
    } catch (const Error &error) {
        session.reportError(error.message());
        return false;
    }
}

RoundEditorDialog::RoundEditorDialog(WorkspaceSession &session, std::optional<RoundId> round, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    for (const Round &existing : RoundRepository(session.workspace()).all()) {
        if (round && existing.id == *round)
            m_original = existing;
        else
            m_otherTitles << existing.title;
    }
    if (round && !m_original)
        throw InputError(tr("The round no longer exists."));

    buildForm();
    if (m_original) {
        setWindowTitle(tr("Edit Round"));
        m_originalItems = ItemRepository(session.workspace()).forRound(m_original->id);
        m_items->model()->loadRound(session.workspace(), m_original->id);
        load(*m_original);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    } else {
        setWindowTitle(tr("New Round"));
        load(Round{});
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Round"));
    }
    validate();
}

RoundEditorDialog::~RoundEditorDialog() = default;

void RoundEditorDialog::buildForm()
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("roundTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. 『실전 리팩터링』 공동구매"));
    m_titleError = new FieldError(this);
    m_supplier = new QLineEdit(this);
    m_supplier->setPlaceholderText(tr("Publisher or shop"));
    m_supplierContact = new QLineEdit(this);
    m_supplierContact->setPlaceholderText(tr("Who to call, phone, email"));
    m_status = new QComboBox(this);
    for (const RoundStatus status :
         {RoundStatus::Planning, RoundStatus::Open, RoundStatus::Closed, RoundStatus::Ordered, RoundStatus::Delivered,
          RoundStatus::Settled, RoundStatus::Cancelled})
        m_status->addItem(DisplayText::of(status), int(status));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_opensOn = new OptionalDateEdit(this);
    m_opensOn->setObjectName(QStringLiteral("opensOnEdit"));
    m_closesOn = new OptionalDateEdit(this);
    m_closesOn->setObjectName(QStringLiteral("closesOnEdit"));
    m_paymentDue = new OptionalDateEdit(this);
    m_paymentDue->setObjectName(QStringLiteral("paymentDueEdit"));
    m_orderedOn = new OptionalDateEdit(this);
    m_orderedOn->setObjectName(QStringLiteral("orderedOnEdit"));
    m_deliveryOn = new OptionalDateEdit(this);
    m_deliveryOn->setObjectName(QStringLiteral("deliveryOnEdit"));
    m_meetupDate = new OptionalDateEdit(this);
    m_meetupDate->setObjectName(QStringLiteral("meetupDateEdit"));
    m_meetupTime = new QTimeEdit(QTime(19, 0), this);
    m_meetupTime->setObjectName(QStringLiteral("meetupTimeEdit"));
    m_meetupTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_meetupPlace = new QLineEdit(this);
    m_meetupPlace->setObjectName(QStringLiteral("meetupPlaceEdit"));
    m_meetupPlace->setPlaceholderText(tr("Where the books are handed over"));
    m_datesError = new FieldError(this);
    m_bankAccount = new QLineEdit(this);
    m_bankAccount->setPlaceholderText(tr("Bank, account number, holder — shown to buyers"));
    m_shippingFee = new QLineEdit(this);
    m_shippingFee->setObjectName(QStringLiteral("shippingFeeEdit"));
    m_shippingFee->setPlaceholderText(DisplayText::money(Money()));
    m_shippingFee->setToolTip(tr("Charged once to each buyer who has the order sent by courier"));
    m_shippingFeeError = new FieldError(this);
    m_minimumQuantity = new QSpinBox(this);
    m_minimumQuantity->setRange(0, 100'000);
    m_minimumQuantity->setSpecialValueText(tr("None"));
    m_minimumQuantity->setToolTip(tr("The copies the supplier needs for the group price, if any"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_saveError = new FieldError(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleError);
    form->addRow(tr("&Supplier:"), m_supplier);
    form->addRow(tr("Supplier &contact:"), m_supplierContact);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("&Opens:"), m_opensOn);
    form->addRow(tr("Applications c&lose:"), m_closesOn);
    form->addRow(tr("&Payment due:"), m_paymentDue);
    form->addRow(tr("O&rder placed:"), m_orderedOn);
    form->addRow(tr("&Delivery:"), m_deliveryOn);
    auto *meetup = new QHBoxLayout;
    meetup->addWidget(m_meetupDate, 1);
    meetup->addWidget(m_meetupTime);
    meetup->addWidget(m_meetupPlace, 2);
    form->addRow(tr("M&eetup:"), meetup);
    form->addRow(QString(), m_datesError);
    form->addRow(tr("&Bank account:"), m_bankAccount);
    form->addRow(tr("S&hipping fee:"), m_shippingFee);
    form->addRow(QString(), m_shippingFeeError);
    form->addRow(tr("&Minimum copies:"), m_minimumQuantity);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoundEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RoundEditorDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 2);
    columns->addSpacing(12);
    columns->addWidget(buildItemsColumn(), 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    for (QLineEdit *edit : {m_title, m_shippingFee})
        connect(edit, &QLineEdit::textChanged, this, &RoundEditorDialog::validate);
    for (OptionalDateEdit *edit : {m_opensOn, m_closesOn, m_paymentDue})
        connect(edit, &OptionalDateEdit::dateChanged, this, &RoundEditorDialog::validate);
    // A round usually opens today, closes within days and is paid for soon after: offer dates near those.
    const auto enableMeetupDetails = [this] {
        m_meetupTime->setEnabled(m_meetupDate->date().isValid());
        m_meetupPlace->setEnabled(m_meetupDate->date().isValid());
    };
    connect(m_meetupDate, &OptionalDateEdit::dateChanged, this, enableMeetupDetails);
    enableMeetupDetails();
    connect(m_opensOn, &OptionalDateEdit::dateChanged, this, [this] {
        const QDate opens = m_opensOn->date().isValid() ? m_opensOn->date() : m_session.clock().today();
        m_closesOn->setSuggestedDate(opens.addDays(7));
        m_paymentDue->setSuggestedDate(opens.addDays(10));
    });
    resize(1000, 580);
}

QWidget *RoundEditorDialog::buildItemsColumn()
{
    auto *column = new QWidget(this);
    m_items = new ItemsEditor(column);
    connect(m_items->model(), &ItemsTableModel::problemsChanged, this, &RoundEditorDialog::validate);
    auto *itemsLabel = new QLabel(tr("&Items this round sells:"), column);
    itemsLabel->setBuddy(m_items->table());
    auto *notesLabel = new QLabel(tr("&Notes:"), column);
    notesLabel->setBuddy(m_notes);
    m_notes->setParent(column);
    m_notes->setMaximumHeight(90);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_items, 1);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    return column;
}

void RoundEditorDialog::load(const Round &round)
{
    m_title->setText(round.title);
    m_supplier->setText(round.supplier);
    m_supplierContact->setText(round.supplierContact);
    m_status->setCurrentIndex(m_status->findData(int(round.status)));
    m_opensOn->setSuggestedDate(m_session.clock().today());
    m_opensOn->setDate(round.opensOn);
    m_closesOn->setDate(round.closesOn);
    m_paymentDue->setDate(round.paymentDue);
    m_orderedOn->setDate(round.orderedOn);
    m_deliveryOn->setDate(round.deliveryOn);
    // The meetup is stored in UTC and entered in Korean time (UTC+9), as the CLI, messages and calendar
    // give it: the round happens in Korea whatever zone this machine is set to.
    const QDateTime meetup = round.meetupAt.toOffsetFromUtc(koreanOffset);
    m_meetupDate->setDate(meetup.date());
    if (meetup.isValid())
        m_meetupTime->setTime(meetup.time());
    m_meetupPlace->setText(round.meetupPlace);
    m_bankAccount->setText(round.bankAccount);
    // Digits grouped the way Money::parse reads them back, whatever the user's locale.
    m_shippingFee->setText(round.shippingFee.isZero() ? QString()
                                                      : QLocale(QLocale::English).toString(round.shippingFee.toWon()));
    m_minimumQuantity->setValue(round.minimumQuantity.value_or(0));
    m_notes->setPlainText(round.notes);
    // Show the beginning of long texts (a contact line ends with an email address nobody needs first).
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
}

Round RoundEditorDialog::roundFromForm() const
{
    Round round = m_original.value_or(Round{});
    round.title = m_title->text().trimmed();
    round.supplier = m_supplier->text().trimmed();
    round.supplierContact = m_supplierContact->text().trimmed();
    round.status = RoundStatus(m_status->currentData().toInt());
    round.opensOn = m_opensOn->date();
    round.closesOn = m_closesOn->date();
    round.paymentDue = m_paymentDue->date();
    round.orderedOn = m_orderedOn->date();
    round.deliveryOn = m_deliveryOn->date();
    round.meetupAt = m_meetupDate->date().isValid()
                         ? QDateTime(m_meetupDate->date(), m_meetupTime->time(), QTimeZone(koreanOffset)).toUTC()
                         : QDateTime();
    round.meetupPlace = m_meetupPlace->text().trimmed();
    round.bankAccount = m_bankAccount->text().trimmed();
    const QString fee = m_shippingFee->text().trimmed();
    round.shippingFee = fee.isEmpty() ? Money() : Money::parse(fee).value_or(Money());
    round.minimumQuantity =
        m_minimumQuantity->value() > 0 ? std::optional(m_minimumQuantity->value()) : std::optional<int>();
    round.notes = m_notes->toPlainText().trimmed();
    return round;
}

void RoundEditorDialog::validate()
{
    const QString title = m_title->text().trimmed();
    if (title.isEmpty())
        m_titleError->showMessage(m_titleEdited ? tr("Give the round a title.") : QString());
    else if (m_otherTitles.contains(title))
        m_titleError->showMessage(tr("A round titled “%1” already exists; choose another title.").arg(title));
    else
        m_titleError->showMessage({});

    const QDate opens = m_opensOn->date();
    if (opens.isValid() && m_closesOn->date().isValid() && m_closesOn->date() < opens)
        m_datesError->showMessage(tr("Applications cannot close before the round opens."));
    else if (opens.isValid() && m_paymentDue->date().isValid() && m_paymentDue->date() < opens)
        m_datesError->showMessage(tr("Payment cannot be due before the round opens."));
    else
        m_datesError->showMessage({});

    const QString fee = m_shippingFee->text().trimmed();
    const std::optional<Money> feeAmount = fee.isEmpty() ? std::optional(Money()) : Money::parse(fee);
    if (!feeAmount)
        m_shippingFeeError->showMessage(tr("Enter the shipping fee in won, for example 3,500."));
    else if (feeAmount->isNegative())
        m_shippingFeeError->showMessage(tr("The shipping fee cannot be negative."));
    else
        m_shippingFeeError->showMessage({});

    m_saveError->showMessage({});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems().isEmpty());
}

QStringList RoundEditorDialog::problems() const
{
    QStringList problems;
    if (m_title->text().trimmed().isEmpty())
        problems << tr("Give the round a title.");
    for (const FieldError *error : {m_titleError, m_datesError, m_shippingFeeError}) {
        if (!error->text().isEmpty() && !problems.contains(error->text()))
            problems << error->text();
    }
    return problems + m_items->model()->problems();
}

void RoundEditorDialog::accept()
{
    if (!problems().isEmpty())
        return;
    // A refusal from core (e.g. a title another window took meanwhile) shows here and the dialog stays open.
    std::optional<QString> refusal;
    if (m_original) {
        const Round edited = roundFromForm();
        if (edited.status == RoundStatus::Ordered && m_original->status != RoundStatus::Ordered &&
            !confirmOrdering(edited))
            return;
        auto command = std::make_unique<EditRoundCommand>(m_session, *m_original, roundFromForm(), m_originalItems,
                                                          m_items->model()->items());
        if (!command->changesSomething()) { // nothing to undo: no command on the stack
            QDialog::accept();
            return;
        }
        refusal = tryExecute(m_session, std::move(command));
        if (!refusal)
            m_savedRound = m_original->id;
    } else {
        auto command = std::make_unique<CreateRoundCommand>(m_session, roundFromForm(), m_items->model()->items());
        const CreateRoundCommand *created = command.get(); // the undo stack owns it once pushed
        refusal = tryExecute(m_session, std::move(command));
        if (!refusal)
            m_savedRound = created->roundId();
    }
    if (refusal) {
        m_saveError->showMessage(tr("Not saved: %1").arg(*refusal));
        return;
    }
    QDialog::accept();
}

bool RoundEditorDialog::confirmOrdering(const Round &round)
{
    const Language language = QLocale().language() == QLocale::Korean ? Language::Korean : Language::English;
    const OrderingCheck check =
        SupplierChecklist(m_session.workspace(), m_session.clock()).checkBeforeOrdering(round, language);
    if (check.isClear())
        return true;
    QStringList lines;
    for (const OrderingWarning &warning : check.warnings)
        lines << QStringLiteral("• ") + warning.text;
    QMessageBox box(QMessageBox::Warning, tr("Mark as Ordered?"), tr("Before the order goes to the supplier:"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("orderingCheckBox"));
    box.setInformativeText(lines.join(u'\n'));
    if (!check.buyerNotice.isEmpty())
        box.setDetailedText(check.buyerNotice); // what to tell the buyers when the minimum is not reached
    QPushButton *orderAnyway = box.addButton(tr("Mark as Ordered Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(tr("Go Back"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == orderAnyway;
}

} // namespace gonggu
