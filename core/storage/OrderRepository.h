#pragma once

#include "domain/Order.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** Reads and writes buyers' orders and their lines. */
class OrderRepository
{
public:
    explicit OrderRepository(const Workspace &workspace) : m_workspace(workspace) {}

    OrderId create(const Order &order);
    /** Deletes an order with its lines and contact log; refused (InputError) while the person has
     *  payments in the round, which would otherwise lose their buyer. */
    void remove(OrderId id);
    /** Writes status, delivery, address, tracking, invoice wishes, confirmed time and notes. */
    /** Returns the order's new row version; ConflictError when it changed since order.rowVersion. */
    qint64 update(const Order &order);
    std::optional<Order> find(OrderId id) const;
    std::optional<Order> findFor(RoundId roundId, PersonId personId) const;
    std::vector<Order> forRound(RoundId roundId) const;

    /** Sets how many of an item the order asks for (quantity > 0), adding the line if needed. */
    void setQuantity(OrderId orderId, ItemId itemId, int quantity);
    void removeLine(OrderId orderId, ItemId itemId);
    std::vector<OrderLine> lines(OrderId orderId) const;
    /** Every line of every order of the round, for building tables in one query. */
    std::vector<OrderLine> linesForRound(RoundId roundId) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
