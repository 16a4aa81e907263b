#pragma once

#include "domain/Payment.h"
#include "domain/Round.h"
#include "services/RoundLedger.h"
#include "services/bank/Reconciliation.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace gonggu {

class BuyerPicker;
class FieldError;
class WorkspaceSession;

/** Splits one bank deposit between buyers (one transfer paying for two orders): a row of buyer and amount
 *  per part, what is left to place as the amounts are typed, and Split only once they add up. */
class SplitDepositDialog : public QDialog
{
    Q_OBJECT

public:
    /** Starts from the matcher's split when it made one, else from its best candidates. Throws gonggu::Error
     *  when the round cannot be read. */
    SplitDepositDialog(WorkspaceSession &session, Round round, Payment deposit, const DepositMatch &match,
                       QWidget *parent = nullptr);

    int partCount() const { return int(m_parts.size()); }
    BuyerPicker *buyerAt(int part) const { return m_parts.at(std::size_t(part)).buyer; }
    QLineEdit *amountAt(int part) const { return m_parts.at(std::size_t(part)).amount; }
    /** Adds a row, with its buyer and amount when given. */
    void addPart(std::optional<PersonId> person = std::nullopt, std::optional<Money> amount = std::nullopt);
    /** The parts as typed when they are complete and add up to the deposit; otherwise why not. */
    std::optional<std::vector<SplitPart>> parts(QString *problem = nullptr) const;

    void accept() override;

private:
    struct PartRow
    {
        QWidget *row = nullptr;
        BuyerPicker *buyer = nullptr;
        QLineEdit *amount = nullptr;
    };
    void removePart(QWidget *row);
    void refresh();

    WorkspaceSession &m_session;
    Round m_round;
    Payment m_deposit;
    std::vector<BuyerBalance> m_buyers;
    std::vector<PartRow> m_parts;

    QVBoxLayout *m_rows = nullptr;
    QLabel *m_remainder = nullptr;
    FieldError *m_error = nullptr;
    QPushButton *m_splitButton = nullptr;
};

} // namespace gonggu
