#pragma once

#include "models/OrderEditor.h"

#include <QCoreApplication>

#include <vector>

namespace gonggu {

class OrdersTableModel;
class WorkspaceSession;

/** Turns what is typed into the orders table into undoable commands on the session. */
class OrdersEditor : public OrderEditor
{
    Q_DECLARE_TR_FUNCTIONS(OrdersEditor)

public:
    OrdersEditor(WorkspaceSession &session, const OrdersTableModel &orders) : m_session(session), m_orders(orders) {}

    bool setCopies(const BuyerBalance &order, const Item &item, int quantity) override;
    bool setStatus(const BuyerBalance &order, OrderStatus status) override;
    bool setDelivery(const BuyerBalance &order, Delivery delivery) override;

    /** Moves those of the orders not in the status yet to it, in one command ("Confirm 3 orders"). */
    bool setStatuses(const std::vector<BuyerLedgerRow> &orders, OrderStatus status);
    /** Stamps the courier orders shipped, or the meetup ones handed over, that are not stamped yet;
     *  says so when none of them qualifies. */
    bool markDelivered(const std::vector<BuyerLedgerRow> &orders, bool shipped);

    /** How commands name a buyer: the nickname people know them by, else their name. */
    static QString buyerName(const BuyerLedgerRow &order);

private:
    WorkspaceSession &m_session;
    const OrdersTableModel &m_orders;
};

} // namespace gonggu
