#include "SetOrderStatusCommand.h"

#include "WorkspaceSession.h"
#include "services/OrderBook.h"

namespace gonggu {

SetOrderStatusCommand::SetOrderStatusCommand(WorkspaceSession &session, RoundId roundId, std::vector<OrderId> orderIds,
                                             OrderStatus status, const QString &buyer)
    : ChangeOrdersCommand(session, describe(status, qsizetype(orderIds.size()), buyer), roundId,
                          orderIds), // a copy: the text needs the count first
      m_status(status)
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

std::vector<Order> SetOrderStatusCommand::change(const std::vector<OrderId> &orderIds)
{
    // The orders come back as they were, confirmation times included, so undo restores them exactly.
    return OrderBook(session().workspace(), session().clock()).setStatuses(orderIds, m_status);
}

} // namespace gonggu
