#pragma once

#include "domain/Item.h"
#include "domain/Order.h"
#include "domain/Round.h"

#include <functional>
#include <optional>
#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** Optional changes that travel with a quantity change. */
struct OrderChange
{
    std::optional<OrderStatus> status;
    std::optional<Delivery> delivery;
};

/** Takes orders: quantities per item, status changes (stamping confirmation) and delivery. */
class OrderBook
{
public:
    static constexpr int maxQuantityPerLine = 10'000;

    OrderBook(Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    /** Sets how many of `item` the person orders in `round`, creating the order on first use;
     *  all in one transaction. Refuses quantities ≤ 0, items of other rounds and sold-out items. */
    OrderId setQuantity(const Round &round, PersonId personId, const Item &item, int quantity,
                        const OrderChange &change = {});
    /** Sets one line of an existing order; 0 removes the line. Same checks as setQuantity(). */
    void setLineQuantity(const Item &item, OrderId orderId, int quantity);
    /** Moves an order to another status; confirming stamps the time (kept if confirmed before). */
    void setStatus(OrderId orderId, OrderStatus status);
    void setDelivery(OrderId orderId, Delivery delivery);

    /** Sets the status of several orders in one transaction; returns them as they were (for undo). */
    std::vector<Order> setStatuses(const std::vector<OrderId> &orderIds, OrderStatus status);
    /** Stamps "shipped" (courier) or "handed over" (meetup) now on each order that lacks it; returns the
     *  orders as they were. */
    std::vector<Order> markShipped(const std::vector<OrderId> &orderIds);
    std::vector<Order> markHandedOver(const std::vector<OrderId> &orderIds);
    /** Writes orders back exactly as given (status, delivery, times…): how an edit is undone. */
    void restore(const std::vector<Order> &orders);

private:
    void applyStatus(Order &order, OrderStatus status) const;
    std::vector<Order> changeEach(const std::vector<OrderId> &orderIds, const std::function<void(Order &)> &change);
    static void checkQuantity(int quantity);
    void refuseBeyondStock(const Item &item, OrderId orderId, int quantity) const;

    Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
