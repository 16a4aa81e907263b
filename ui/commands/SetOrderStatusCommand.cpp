#include "SetOrderStatusCommand.h"

#include "WorkspaceSession.h"
#include "services/OrderBook.h"

namespace gonggu {

SetOrderStatusCommand::SetOrderStatusCommand(WorkspaceSession &session, RoundId roundId, std::vector<OrderId> orderIds,
                                             OrderStatus status, const QString &buyer)
    : EditCommand(session, describe(status, qsizetype(orderIds.size()), buyer)), m_roundId(roundId),
      m_orderIds(std::move(orderIds)), m_status(status)
{
}

// One and many as separate sentences: the Edit menu reads "Confirm 3 orders", never "Confirm 1 orders".
QString SetOrderStatusCommand::describe(OrderStatus status, qsizetype count, const QString &buyer)
{
    const bool one = count == 1;
    switch (status) {
    case OrderStatus::Interested:
        return one ? tr("Mark %1 as interested").arg(buyer) : tr("Mark %1 buyers as interested").arg(count);
    case OrderStatus::Applied:
        return one ? tr("Mark the order of %1 as applied").arg(buyer) : tr("Mark %1 orders as applied").arg(count);
    case OrderStatus::Confirmed:
        return one ? tr("Confirm the order of %1").arg(buyer) : tr("Confirm %1 orders").arg(count);
    case OrderStatus::Cancelled:
        return one ? tr("Cancel the order of %1").arg(buyer) : tr("Cancel %1 orders").arg(count);
    }
    return {};
}

void SetOrderStatusCommand::apply()
{
    m_before = OrderBook(session().workspace(), session().clock()).setStatuses(m_orderIds, m_status);
}

void SetOrderStatusCommand::revert()
{
    OrderBook(session().workspace(), session().clock()).restore(m_before);
}

void SetOrderStatusCommand::announce()
{
    emit session().ordersChanged(m_roundId, QList<OrderId>(m_orderIds.begin(), m_orderIds.end()));
}

} // namespace gonggu
