#include "OrderBook.h"

#include "domain/Clock.h"
#include "domain/Errors.h"
#include "storage/LedgerQueries.h"
#include "storage/OrderRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace gonggu {

void OrderBook::checkQuantity(int quantity)
{
    if (quantity <= 0)
        throw InputError(QStringLiteral("the quantity must be a whole number above zero (got %1)").arg(quantity));
    if (quantity > maxQuantityPerLine)
        throw InputError(QStringLiteral("%1 copies is more than one order can take (at most %2)")
                             .arg(quantity)
                             .arg(maxQuantityPerLine));
}

OrderId OrderBook::setQuantity(const Round &round, PersonId personId, const Item &item, int quantity,
                               const OrderChange &change)
{
    checkQuantity(quantity);
    if (item.roundId != round.id)
        throw InputError(QStringLiteral("item '%1' belongs to another round").arg(item.name));

    Transaction transaction(m_workspace);
    OrderRepository orders(m_workspace);
    std::optional<Order> order = orders.findFor(round.id, personId);
    if (!order) {
        Order fresh;
        fresh.roundId = round.id;
        fresh.personId = personId;
        fresh.status = OrderStatus::Applied;
        fresh.createdAt = m_clock.nowUtc(); // the book's clock, so the demo's orders keep their days
        fresh.id = orders.create(fresh);
        order = fresh;
    }
    refuseBeyondStock(item, order->id, quantity);
    orders.setQuantity(order->id, item.id, quantity);
    if (change.status)
        applyStatus(*order, *change.status);
    if (change.delivery)
        order->delivery = *change.delivery;
    if (change.status || change.delivery)
        orders.update(*order);
    transaction.commit();
    return order->id;
}

void OrderBook::setLineQuantity(const Item &item, OrderId orderId, int quantity)
{
    OrderRepository orders(m_workspace);
    const std::optional<Order> order = orders.find(orderId);
    if (!order)
        throw InputError(QStringLiteral("order %1 does not exist").arg(orderId));
    if (order->roundId != item.roundId)
        throw InputError(QStringLiteral("item '%1' belongs to another round").arg(item.name));
    if (quantity == 0) {
        orders.removeLine(orderId, item.id);
        return;
    }
    checkQuantity(quantity);
    Transaction transaction(m_workspace);
    refuseBeyondStock(item, orderId, quantity);
    orders.setQuantity(orderId, item.id, quantity);
    transaction.commit();
}

std::vector<Order> OrderBook::setStatuses(const std::vector<OrderId> &orderIds, OrderStatus status)
{
    return changeEach(orderIds, [&](Order &order) { applyStatus(order, status); });
}

std::vector<Order> OrderBook::markShipped(const std::vector<OrderId> &orderIds)
{
    const QDateTime now = m_clock.nowUtc();
    return changeEach(orderIds, [&](Order &order) {
        if (!order.shippedAt.isValid())
            order.shippedAt = now;
    });
}

std::vector<Order> OrderBook::markHandedOver(const std::vector<OrderId> &orderIds)
{
    const QDateTime now = m_clock.nowUtc();
    return changeEach(orderIds, [&](Order &order) {
        if (!order.handedOverAt.isValid())
            order.handedOverAt = now;
    });
}

void OrderBook::restore(const std::vector<Order> &orders)
{
    Transaction transaction(m_workspace);
    OrderRepository repository(m_workspace);
    for (const Order &order : orders)
        repository.update(order);
    transaction.commit();
}

std::vector<Order> OrderBook::changeEach(const std::vector<OrderId> &orderIds,
                                         const std::function<void(Order &)> &change)
{
    Transaction transaction(m_workspace);
    OrderRepository repository(m_workspace);
    std::vector<Order> before;
    for (OrderId id : orderIds) {
        std::optional<Order> order = repository.find(id);
        if (!order)
            throw InputError(QStringLiteral("order %1 does not exist").arg(id));
        before.push_back(*order);
        change(*order);
        // Undo (restore) puts back the row as it was, over exactly the version this change leaves.
        before.back().rowVersion = repository.update(*order);
    }
    transaction.commit();
    return before;
}

void OrderBook::setStatus(OrderId orderId, OrderStatus status)
{
    OrderRepository orders(m_workspace);
    std::optional<Order> order = orders.find(orderId);
    if (!order)
        throw InputError(QStringLiteral("order %1 does not exist").arg(orderId));
    applyStatus(*order, status);
    orders.update(*order);
}

void OrderBook::setDelivery(OrderId orderId, Delivery delivery)
{
    OrderRepository orders(m_workspace);
    std::optional<Order> order = orders.find(orderId);
    if (!order)
        throw InputError(QStringLiteral("order %1 does not exist").arg(orderId));
    order->delivery = delivery;
    orders.update(*order);
}

void OrderBook::applyStatus(Order &order, OrderStatus status) const
{
    // "Days since confirmed" counts from the first confirmation; re-confirming keeps that time.
    if (status == OrderStatus::Confirmed && !order.confirmedAt.isValid())
        order.confirmedAt = m_clock.nowUtc();
    order.status = status;
}

void OrderBook::refuseBeyondStock(const Item &item, OrderId orderId, int quantity) const
{
    if (!item.maxQuantity)
        return;
    int othersOrdered = 0;
    for (const ItemCopies &copies : LedgerQueries(m_workspace).itemCopies(item.roundId)) {
        if (copies.itemId == item.id)
            othersOrdered = copies.copies;
    }
    for (const OrderLine &line : OrderRepository(m_workspace).lines(orderId)) {
        if (line.itemId == item.id)
            othersOrdered -= line.quantity; // this order's current line is being replaced
    }
    if (othersOrdered + quantity > *item.maxQuantity)
        throw InputError(QStringLiteral("only %1 of '%2' can be ordered in this round; %3 are already taken")
                             .arg(*item.maxQuantity)
                             .arg(item.name)
                             .arg(std::max(0, othersOrdered)));
}

} // namespace gonggu
