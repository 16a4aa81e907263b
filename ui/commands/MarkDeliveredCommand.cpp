#include "MarkDeliveredCommand.h"

#include "WorkspaceSession.h"
#include "services/OrderBook.h"

namespace gonggu {

MarkDeliveredCommand::MarkDeliveredCommand(WorkspaceSession &session, RoundId roundId, std::vector<OrderId> orderIds,
                                           Kind kind, const QString &buyer)
    : EditCommand(session, describe(kind, qsizetype(orderIds.size()), buyer)), m_roundId(roundId),
      m_orderIds(std::move(orderIds)), m_kind(kind)
{
}

QString MarkDeliveredCommand::describe(Kind kind, qsizetype count, const QString &buyer)
{
    const bool one = count == 1;
    if (kind == Kind::Shipped)
        return one ? tr("Mark the order of %1 shipped").arg(buyer) : tr("Mark %1 orders shipped").arg(count);
    return one ? tr("Mark the order of %1 handed over").arg(buyer) : tr("Mark %1 orders handed over").arg(count);
}

void MarkDeliveredCommand::apply()
{
    OrderBook book(session().workspace(), session().clock());
    m_before = m_kind == Kind::Shipped ? book.markShipped(m_orderIds) : book.markHandedOver(m_orderIds);
}

void MarkDeliveredCommand::revert()
{
    OrderBook(session().workspace(), session().clock()).restore(m_before);
}

void MarkDeliveredCommand::announce()
{
    emit session().ordersChanged(m_roundId, QList<OrderId>(m_orderIds.begin(), m_orderIds.end()));
}

} // namespace gonggu
