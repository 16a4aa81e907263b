#pragma once

#include "domain/Payment.h"
#include "domain/Round.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace gonggu {

class BuyerPicker;
class FieldError;
class WorkspaceSession;

/** Gives a bank deposit to any buyer of the round (a name the matcher could not place, or a correction),
 *  as one undoable edit. */
class AssignDepositDialog : public QDialog
{
    Q_OBJECT

public:
    /** `suggested` is chosen already when given. Throws gonggu::Error when the round cannot be read. */
    AssignDepositDialog(WorkspaceSession &session, Round round, Payment deposit,
                        std::optional<PersonId> suggested = std::nullopt, QWidget *parent = nullptr);

    BuyerPicker *picker() const { return m_picker; }
    void accept() override;

private:
    void refresh();

    WorkspaceSession &m_session;
    Round m_round;
    Payment m_deposit;
    BuyerPicker *m_picker = nullptr;
    QLabel *m_balance = nullptr;
    QCheckBox *m_rememberAlias = nullptr;
    FieldError *m_error = nullptr;
    QPushButton *m_assignButton = nullptr;
};

} // namespace gonggu
