#pragma once

#include "domain/Round.h"
#include "services/RoundLedger.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gonggu {

class FieldError;
class WorkspaceSession;

/** Records a payment or a refund from a buyer of a round, showing their balance before and after it
 *  while the amount is typed. */
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    /** `buyer` is chosen already when given. Throws gonggu::Error when the round cannot be read. */
    PaymentDialog(WorkspaceSession &session, const Round &round, std::optional<PersonId> buyer = std::nullopt,
                  QWidget *parent = nullptr);

    /** The payment written by accept(); empty before. */
    std::optional<PaymentId> savedPayment() const { return m_savedPayment; }
    /** Chooses the buyer (as picking them from the list does); false when they have no order in the round. */
    bool chooseBuyer(PersonId person);

    void accept() override;

private:
    void buildForm();
    const BuyerBalance *currentBuyer() const;
    std::optional<Money> typedAmount() const;
    void buyerChosen();
    void refresh();

    WorkspaceSession &m_session;
    Round m_round;
    std::vector<BuyerBalance> m_buyers; // in the order of the buyer list
    std::optional<PaymentId> m_savedPayment;
    QString m_suggestedDepositor; // the depositor field follows the buyer until the user types in it

    QComboBox *m_buyer = nullptr;
    QLabel *m_balance = nullptr;
    FieldError *m_buyerError = nullptr;
    QLineEdit *m_amount = nullptr;
    QCheckBox *m_refund = nullptr;
    FieldError *m_amountError = nullptr;
    QLabel *m_balanceAfter = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_depositor = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_note = nullptr;
    FieldError *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gonggu
