#pragma once

#include "EditCommand.h"
#include "domain/Payment.h"
#include "domain/Round.h"

#include <QCoreApplication>

#include <optional>

namespace gonggu {

/** Records a payment or refund of a buyer in a round; undo deletes it. */
class AddPaymentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPaymentCommand)

public:
    /** `buyer` names the payer in the command's text ("tini"): their nickname, or their name. */
    AddPaymentCommand(WorkspaceSession &session, Round round, Payment payment, const QString &buyer);

    /** The recorded payment's id; valid once the command has been applied. */
    PaymentId paymentId() const { return m_payment.id; }

    void apply() override;
    void revert() override;
    void announce() override;

private:
    Round m_round;
    Payment m_payment;
    std::optional<OrderId> m_order; // whose balance changes
};

} // namespace gonggu
