#pragma once

#include "domain/Item.h"
#include "domain/Person.h"
#include "domain/Round.h"

#include <QDialog>
#include <QSet>

#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gonggu {

class FieldError;
class WorkspaceSession;
struct NewBuyer;

/** Adds a buyer to a round: someone found in the directory by name, nickname or phone, or a new person,
 *  with their copies per item, status and delivery. Accepting runs the undoable command; a refusal
 *  (stock, a taken nickname…) is shown in the dialog, which stays open. */
class AddBuyerDialog : public QDialog
{
    Q_OBJECT

public:
    AddBuyerDialog(WorkspaceSession &session, const Round &round, const std::vector<Item> &items,
                   QWidget *parent = nullptr);
    ~AddBuyerDialog() override;

    /** Takes the person from the directory, as picking them from the name field's completion does. */
    void choosePerson(PersonId id);
    std::optional<PersonId> chosenPerson() const;
    /** The order the accepted dialog added (0 before). */
    OrderId addedOrderId() const { return m_addedOrderId; }

    void accept() override;

private:
    void buildForm(const std::vector<Item> &items);
    void loadPeople();
    void forgetChosenPerson();
    void updateState();
    /** Why the form cannot be added yet; empty when it can. */
    QString problem() const;
    NewBuyer request() const;

    WorkspaceSession &m_session;
    Round m_round;
    std::vector<Person> m_people;
    QSet<PersonId> m_alreadyOrdering;
    std::optional<Person> m_chosen;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_nickname = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_personNote = nullptr;
    std::vector<std::pair<Item, QSpinBox *>> m_copies;
    QComboBox *m_status = nullptr;
    QComboBox *m_delivery = nullptr;
    QLabel *m_amount = nullptr;
    FieldError *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    OrderId m_addedOrderId = 0;
};

} // namespace gonggu
