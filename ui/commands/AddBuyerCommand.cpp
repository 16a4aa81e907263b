#include "AddBuyerCommand.h"

#include "WorkspaceSession.h"
#include "services/OrderBook.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

namespace gonggu {

AddBuyerCommand::AddBuyerCommand(WorkspaceSession &session, const Round &round, NewBuyer buyer)
    : EditCommand(session, tr("Add buyer %1").arg(buyer.person.displayName.trimmed())), m_round(round),
      m_buyer(std::move(buyer))
{
    setRound(round.id);
}

void AddBuyerCommand::apply()
{
    Workspace &workspace = session().workspace();
    Transaction transaction(workspace);
    // Redo after undo adds the person and the order again; SQLite hands out the freed ids once more
    // (the rows removed by undo were the newest), so the commands after this one still find them.
    const PersonId personId =
        m_buyer.existingPerson ? *m_buyer.existingPerson : PersonRepository(workspace).add(m_buyer.person);
    Order order;
    order.roundId = m_round.id;
    order.personId = personId;
    order.delivery = m_buyer.delivery;
    if (order.delivery == Delivery::Courier)
        order.shippingAddress = m_buyer.person.address;
    const OrderId orderId = OrderRepository(workspace).create(order);

    // Through OrderBook, so that stock limits are checked and a confirmation is stamped as anywhere else.
    OrderBook book(workspace, session().clock());
    for (const NewBuyer::Copies &copies : m_buyer.copies) {
        if (copies.quantity > 0)
            book.setLineQuantity(copies.item, orderId, copies.quantity);
    }
    if (m_buyer.status != order.status)
        book.setStatus(orderId, m_buyer.status);
    transaction.commit();
    m_personId = personId;
    m_orderId = orderId;
}

void AddBuyerCommand::revert()
{
    Workspace &workspace = session().workspace();
    Transaction transaction(workspace);
    OrderRepository(workspace).remove(m_orderId);
    if (!m_buyer.existingPerson)
        PersonRepository(workspace).remove(m_personId);
    transaction.commit();
}

void AddBuyerCommand::announce()
{
    if (!m_buyer.existingPerson)
        emit session().peopleChanged();
    emit session().ordersChanged(m_round.id, {m_orderId});
}

} // namespace gonggu
