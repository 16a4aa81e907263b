#include "SetCopiesCommand.h"

#include "WorkspaceSession.h"
#include "services/OrderBook.h"

namespace gonggu {

SetCopiesCommand::SetCopiesCommand(WorkspaceSession &session, const Item &item, OrderId orderId, const QString &buyer,
                                   int oldQuantity, int newQuantity, bool nameItem)
    : EditCommand(session, describe(item, buyer, newQuantity, nameItem)), m_item(item), m_orderId(orderId),
      m_oldQuantity(oldQuantity), m_newQuantity(newQuantity)
{
    setRound(item.roundId);
}

QString SetCopiesCommand::describe(const Item &item, const QString &buyer, int quantity, bool nameItem)
{
    if (nameItem)
        return tr("Set copies of %1 for %2 to %3").arg(item.name, buyer).arg(quantity);
    return tr("Set copies of %1 to %2").arg(buyer).arg(quantity);
}

void SetCopiesCommand::apply()
{
    OrderBook(session().workspace(), session().clock()).setLineQuantity(m_item, m_orderId, m_newQuantity);
}

void SetCopiesCommand::revert()
{
    OrderBook(session().workspace(), session().clock()).setLineQuantity(m_item, m_orderId, m_oldQuantity);
}

void SetCopiesCommand::announce()
{
    emit session().ordersChanged(m_item.roundId, {m_orderId});
}

} // namespace gonggu
