#include "PersonDialog.h"

#include "FieldError.h"
#include "WorkspaceSession.h"
#include "commands/PersonCommands.h"
#include "commands/TryExecute.h"
#include "domain/Errors.h"
#include "storage/PersonRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gonggu {

PersonDialog::PersonDialog(WorkspaceSession &session, std::optional<Person> person, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(std::move(person))
{
    setWindowTitle(m_original ? tr("Edit Person") : tr("Add Person"));

    m_name = addField(QStringLiteral("nameEdit"), tr("How the group knows them, e.g. 김하나"));
    m_nameError = new FieldError(this);
    m_nickname = addField(QStringLiteral("nicknameEdit"), tr("Chat or community handle, e.g. tini"));
    m_nicknameError = new FieldError(this);
    m_realName = addField(QStringLiteral("realNameEdit"));
    m_depositor = addField(QStringLiteral("depositorEdit"), tr("The name their bank transfers show"));
    m_phone = addField(QStringLiteral("phoneEdit"), tr("010-0000-0000"));
    m_email = addField(QStringLiteral("emailEdit"));
    m_messenger = addField(QStringLiteral("messengerEdit"), tr("e.g. KakaoTalk ID"));
    m_address = addField(QStringLiteral("addressEdit"), tr("For courier deliveries"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_saveError = new FieldError(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Nic&kname:"), m_nickname);
    form->addRow(QString(), m_nicknameError);
    form->addRow(tr("&Real name:"), m_realName);
    form->addRow(tr("&Depositor name:"), m_depositor);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Messenger:"), m_messenger);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("N&otes:"), m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_original ? tr("Save") : tr("Add Person"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    if (m_original) {
        m_name->setText(m_original->displayName);
        m_nickname->setText(m_original->nickname);
        m_realName->setText(m_original->realName);
        m_depositor->setText(m_original->depositorName);
        m_phone->setText(m_original->phone);
        m_email->setText(m_original->email);
        m_messenger->setText(m_original->messenger);
        m_address->setText(m_original->address);
        m_notes->setPlainText(m_original->notes);
    }
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &PersonDialog::validate);
    connect(m_nickname, &QLineEdit::textChanged, this, &PersonDialog::validate);
    resize(460, sizeHint().height());
    validate();
}

QLineEdit *PersonDialog::addField(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(personFieldMaxChars);
    return edit;
}

Person PersonDialog::personFromForm() const
{
    Person person = m_original.value_or(Person{});
    person.displayName = m_name->text().trimmed();
    person.nickname = m_nickname->text().trimmed();
    person.realName = m_realName->text().trimmed();
    person.depositorName = m_depositor->text().trimmed();
    person.phone = m_phone->text().trimmed();
    person.email = m_email->text().trimmed();
    person.messenger = m_messenger->text().trimmed();
    person.address = m_address->text().trimmed();
    person.notes = m_notes->toPlainText().trimmed();
    return person;
}

QString PersonDialog::nicknameOwner(const QString &nickname) const
{
    try {
        // resolve() looks nicknames up first; a person found otherwise (by name) does not hold it.
        const Person owner = PersonRepository(m_session.workspace()).resolve(nickname);
        if (owner.nickname == nickname && (!m_original || owner.id != m_original->id))
            return owner.displayName;
    } catch (const InputError &) {
        // Nobody, or several people share it as a name: the nickname is free.
    }
    return {};
}

void PersonDialog::validate()
{
    const bool nameMissing = m_name->text().trimmed().isEmpty();
    m_nameError->showMessage(nameMissing && m_nameEdited ? tr("Enter a name.") : QString());

    const QString nickname = m_nickname->text().trimmed();
    const QString owner = nickname.isEmpty() ? QString() : nicknameOwner(nickname);
    m_nicknameError->showMessage(
        owner.isEmpty() ? QString() : tr("%1 already goes by “%2”; nicknames tell people apart.").arg(owner, nickname));

    m_saveError->showMessage({});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!nameMissing && owner.isEmpty());
}

void PersonDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Person person = personFromForm();
    std::optional<QString> refusal;
    if (m_original) {
        const auto fields = [](const Person &p) {
            return QStringList{p.displayName, p.nickname,  p.realName, p.depositorName, p.phone,
                               p.email,       p.messenger, p.address,  p.notes};
        };
        if (fields(person) == fields(*m_original)) { // nothing to undo: no command on the stack
            QDialog::accept();
            return;
        }
        refusal = tryExecute(m_session, std::make_unique<EditPersonCommand>(m_session, *m_original, person));
        if (!refusal)
            m_savedPerson = m_original->id;
    } else {
        auto command = std::make_unique<AddPersonCommand>(m_session, person);
        const AddPersonCommand *added = command.get(); // the undo stack owns it once pushed
        refusal = tryExecute(m_session, std::move(command));
        if (!refusal)
            m_savedPerson = added->personId();
    }
    if (refusal) {
        m_saveError->showMessage(tr("Not saved: %1").arg(*refusal));
        return;
    }
    QDialog::accept();
}

} // namespace gonggu
