#pragma once

#include "domain/Person.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace gonggu {

class FieldError;
class WorkspaceSession;

/** Adds a person to the directory or edits one. A missing name or a nickname someone else has is shown
 *  next to the field and keeps OK disabled. */
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    /** For a new person when `person` is empty; accept() writes through the session and closes only
     *  when that worked. */
    PersonDialog(WorkspaceSession &session, std::optional<Person> person, QWidget *parent = nullptr);

    /** The person written by accept(); empty before. */
    std::optional<PersonId> savedPerson() const { return m_savedPerson; }
    QLineEdit *nameEdit() const { return m_name; }

    void accept() override;

private:
    QLineEdit *addField(const QString &objectName, const QString &placeholder = {});
    Person personFromForm() const;
    void validate();
    QString nicknameOwner(const QString &nickname) const;

    WorkspaceSession &m_session;
    std::optional<Person> m_original;
    std::optional<PersonId> m_savedPerson;
    bool m_nameEdited = false;

    QLineEdit *m_name = nullptr;
    FieldError *m_nameError = nullptr;
    QLineEdit *m_nickname = nullptr;
    FieldError *m_nicknameError = nullptr;
    QLineEdit *m_realName = nullptr;
    QLineEdit *m_depositor = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_messenger = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FieldError *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gonggu
