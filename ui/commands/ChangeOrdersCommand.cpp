#include "ChangeOrdersCommand.h"

#include "WorkspaceSession.h"
#include "services/OrderBook.h"

namespace gonggu {

ChangeOrdersCommand::ChangeOrdersCommand(WorkspaceSession &session, const QString &text, RoundId roundId,
                                         std::vector<OrderId> orderIds)
    : EditCommand(session, text), m_roundId(roundId), m_orderIds(std::move(orderIds))
{
}

void ChangeOrdersCommand::apply()
{
    m_before = change(m_orderIds);
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
