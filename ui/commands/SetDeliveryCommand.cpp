#include "SetDeliveryCommand.h"

#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "models/DisplayText.h"
#include "services/OrderBook.h"
#include "storage/OrderRepository.h"

namespace gonggu {

SetDeliveryCommand::SetDeliveryCommand(WorkspaceSession &session, RoundId roundId, OrderId orderId, Delivery delivery,
                                       const QString &buyer)
    : EditCommand(session, tr("Set delivery of %1 to %2").arg(buyer, DisplayText::of(delivery))), m_roundId(roundId),
      m_orderId(orderId), m_delivery(delivery)
{
    setRound(roundId);
}

void SetDeliveryCommand::apply()
{
    m_before = OrderRepository(session().workspace()).find(m_orderId);
    if (!m_before)
        throw InputError(tr("This order no longer exists."));
    OrderBook(session().workspace(), session().clock()).setDelivery(m_orderId, m_delivery);
    // Undo names the version this edit left, so that it is refused only when someone changed the order since.
    if (const std::optional<Order> now = OrderRepository(session().workspace()).find(m_orderId))
        m_before->rowVersion = now->rowVersion;
}

void SetDeliveryCommand::revert()
{
    OrderBook(session().workspace(), session().clock()).restore({*m_before});
}

void SetDeliveryCommand::announce()
{
    emit session().ordersChanged(m_roundId, {m_orderId});
}

} // namespace gonggu
