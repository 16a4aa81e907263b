#include "OrdersEditor.h"

#include "WorkspaceSession.h"
#include "commands/MarkDeliveredCommand.h"
#include "commands/SetCopiesCommand.h"
#include "commands/SetDeliveryCommand.h"
#include "commands/SetOrderStatusCommand.h"
#include "models/OrdersTableModel.h"

namespace gonggu {

QString OrdersEditor::buyerName(const BuyerLedgerRow &order)
{
    return order.nickname.isEmpty() ? order.displayName : order.nickname;
}

bool OrdersEditor::setCopies(const BuyerBalance &order, const Item &item, int quantity)
{
    const bool nameItem = m_orders.items().size() > 1;
    return m_session.execute(std::make_unique<SetCopiesCommand>(
        m_session, item, order.order.orderId, buyerName(order.order), order.copiesOf(item.id), quantity, nameItem));
}

bool OrdersEditor::setStatus(const BuyerBalance &order, OrderStatus status)
{
    return m_session.execute(std::make_unique<SetOrderStatusCommand>(
        m_session, *m_orders.roundId(), std::vector<OrderId>{order.order.orderId}, status, buyerName(order.order)));
}

bool OrdersEditor::setDelivery(const BuyerBalance &order, Delivery delivery)
{
    return m_session.execute(std::make_unique<SetDeliveryCommand>(m_session, *m_orders.roundId(), order.order.orderId,
                                                                  delivery, buyerName(order.order)));
}

bool OrdersEditor::setStatuses(const std::vector<BuyerLedgerRow> &orders, OrderStatus status)
{
    // Only the orders that change: "Confirm 3 orders" says what happened, and undo has less to restore.
    std::vector<OrderId> changing;
    QString buyer;
    for (const BuyerLedgerRow &order : orders) {
        if (order.status != status) {
            changing.push_back(order.orderId);
            buyer = buyerName(order);
        }
    }
    if (changing.empty() || !m_orders.roundId())
        return false;
    return m_session.execute(
        std::make_unique<SetOrderStatusCommand>(m_session, *m_orders.roundId(), std::move(changing), status, buyer));
}

bool OrdersEditor::markDelivered(const std::vector<BuyerLedgerRow> &orders, bool shipped)
{
    if (!m_orders.roundId())
        return false;
    // Shipping concerns courier orders and handing over meetup ones; cancelled orders get neither, and an
    // order already stamped keeps its first time.
    const Delivery wanted = shipped ? Delivery::Courier : Delivery::Pickup;
    std::vector<OrderId> marking;
    QString buyer;
    for (const BuyerLedgerRow &order : orders) {
        const bool done = (shipped ? order.shippedAt : order.handedOverAt).isValid();
        if (order.delivery == wanted && countsAsBuyer(order.status) && !done) {
            marking.push_back(order.orderId);
            buyer = buyerName(order);
        }
    }
    if (marking.empty()) {
        m_session.reportError(shipped ? tr("None of the selected orders is waiting to be shipped by courier.")
                                      : tr("None of the selected orders is waiting to be handed over at the meetup."));
        return false;
    }
    using Kind = MarkDeliveredCommand::Kind;
    return m_session.execute(std::make_unique<MarkDeliveredCommand>(m_session, *m_orders.roundId(), std::move(marking),
                                                                    shipped ? Kind::Shipped : Kind::HandedOver, buyer));
}

} // namespace gonggu
