#include "PaymentCommands.h"

#include "WorkspaceSession.h"
#include "models/DisplayText.h"
#include "services/PaymentBook.h"
#include "storage/OrderRepository.h"
#include "storage/PaymentRepository.h"

namespace gonggu {
namespace {

QString describe(const Payment &payment, const QString &buyer)
{
    if (payment.amount.isNegative())
        return AddPaymentCommand::tr("Add refund of %1 to %2").arg(DisplayText::money(-payment.amount), buyer);
    return AddPaymentCommand::tr("Add payment of %1 from %2").arg(DisplayText::money(payment.amount), buyer);
}

} // namespace

AddPaymentCommand::AddPaymentCommand(WorkspaceSession &session, Round round, Payment payment, const QString &buyer)
    : EditCommand(session, describe(payment, buyer)), m_round(std::move(round)), m_payment(std::move(payment))
{
    setRound(m_round.id);
    m_payment.roundId = m_round.id;
    if (m_payment.personId) {
        if (const std::optional<Order> order =
                OrderRepository(session.workspace()).findFor(m_round.id, *m_payment.personId))
            m_order = order->id;
    }
}

void AddPaymentCommand::apply()
{
    m_payment.id = PaymentBook(session().workspace()).record(m_round, m_payment);
}

void AddPaymentCommand::revert()
{
    PaymentRepository(session().workspace()).remove(m_payment.id);
}

void AddPaymentCommand::announce()
{
    emit session().paymentsChanged(m_round.id);
    emit session().ordersChanged(m_round.id, m_order ? QList<OrderId>{*m_order} : QList<OrderId>{});
}

} // namespace gonggu
