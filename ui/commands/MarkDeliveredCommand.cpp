#include "MarkDeliveredCommand.h"

#include "WorkspaceSession.h"
#include "services/OrderBook.h"

namespace gonggu {

MarkDeliveredCommand::MarkDeliveredCommand(WorkspaceSession &session, RoundId roundId, std::vector<OrderId> orderIds,
                                           Kind kind, const QString &buyer)
    : ChangeOrdersCommand(session, describe(kind, qsizetype(orderIds.size()), buyer), roundId,
                          orderIds), // a copy: the text needs the count first
      m_kind(kind)
{
}

QString MarkDeliveredCommand::describe(Kind kind, qsizetype count, const QString &buyer)
{
    const bool one = count == 1;
    if (kind == Kind::Shipped)
        return one ? tr("Mark the order of %1 shipped").arg(buyer) : tr("Mark %1 orders shipped").arg(count);
    return one ? tr("Mark the order of %1 handed over").arg(buyer) : tr("Mark %1 orders handed over").arg(count);
}

std::vector<Order> MarkDeliveredCommand::change(const std::vector<OrderId> &orderIds)
{
    OrderBook book(session().workspace(), session().clock());
    return m_kind == Kind::Shipped ? book.markShipped(orderIds) : book.markHandedOver(orderIds);
}

} // namespace gonggu
