#include "ChangeOrdersCommand.h"

#include "WorkspaceSession.h"
#include "services/OrderBook.h"
#include "storage/OrderRepository.h"

namespace gonggu {

ChangeOrdersCommand::ChangeOrdersCommand(WorkspaceSession &session, const QString &text, RoundId roundId,
                                         std::vector<OrderId> orderIds)
    : EditCommand(session, text), m_roundId(roundId), m_orderIds(std::move(orderIds))
{
    setRound(roundId);
}

void ChangeOrdersCommand::apply()
{
    m_before = change(m_orderIds);
    // Undo names the versions this edit left, so that it is refused only when someone changed an order since.
    const OrderRepository orders(session().workspace());
    for (Order &order : m_before) {
        if (const std::optional<Order> now = orders.find(order.id))
            order.rowVersion = now->rowVersion;
    }
}

void ChangeOrdersCommand::revert()
{
    OrderBook(session().workspace(), session().clock()).restore(m_before);
}

void ChangeOrdersCommand::announce()
{
    emit session().ordersChanged(m_roundId, QList<OrderId>(m_orderIds.begin(), m_orderIds.end()));
}

} // namespace gonggu
