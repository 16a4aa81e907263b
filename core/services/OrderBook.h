#pragma once

#include "domain/Item.h"
#include "domain/Order.h"
#include "domain/Round.h"

#include <optional>

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
    /** Moves an order to another status; confirming stamps the time (kept if confirmed before). */
    void setStatus(OrderId orderId, OrderStatus status);
    void setDelivery(OrderId orderId, Delivery delivery);

private:
    void applyStatus(Order &order, OrderStatus status) const;
    void refuseBeyondStock(const Item &item, OrderId orderId, int quantity) const;

    Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
