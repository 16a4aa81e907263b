#include "MessageAudience.h"

#include "services/ReconfirmationList.h"
#include "services/RoundLedger.h"
#include "services/UnpaidList.h"
#include "storage/OrderRepository.h"

namespace gonggu {

std::vector<OrderId> MessageAudience::defaultAddressees(const Round &round, ContactKind kind) const
{
    std::vector<OrderId> orders;
    switch (kind) {
    case ContactKind::Progress:
        return orders;
    case ContactKind::UnpaidReminder: {
        // UnpaidList also lists applied orders that owe; a reminder to pay goes to confirmed ones only.
        std::vector<OrderId> confirmed;
        for (const BuyerBalance &balance : RoundLedger(m_workspace).balances(round)) {
            if (balance.order.status == OrderStatus::Confirmed)
                confirmed.push_back(balance.order.orderId);
        }
        std::sort(confirmed.begin(), confirmed.end());
        for (const UnpaidBuyer &buyer : UnpaidList(m_workspace, m_clock).unpaidBuyers(round)) {
            if (std::binary_search(confirmed.begin(), confirmed.end(), buyer.orderId))
                orders.push_back(buyer.orderId);
        }
        return orders;
    }
    case ContactKind::ReconfirmInterest:
        for (const PendingInterest &interest : ReconfirmationList(m_workspace, m_clock).pending(round))
            orders.push_back(interest.orderId);
        return orders;
    case ContactKind::ShippingNotice:
        for (const Order &order : OrderRepository(m_workspace).forRound(round.id)) {
            if (countsAsBuyer(order.status) && order.delivery == Delivery::Courier &&
                !order.trackingNumber.trimmed().isEmpty())
                orders.push_back(order.id);
        }
        return orders;
    case ContactKind::Confirmation:
    case ContactKind::PaymentRequest:
    case ContactKind::Handover:
        break;
    }
    for (const BuyerBalance &balance : RoundLedger(m_workspace).balances(round)) {
        const BuyerLedgerRow &order = balance.order;
        const bool addressed = kind == ContactKind::Confirmation
                                   ? (order.status == OrderStatus::Applied || order.status == OrderStatus::Confirmed)
                               : kind == ContactKind::PaymentRequest
                                   ? (order.status == OrderStatus::Confirmed && balance.money.owed() > Money())
                                   : (order.status == OrderStatus::Confirmed && order.delivery == Delivery::Pickup &&
                                      !order.handedOverAt.isValid());
        if (addressed)
            orders.push_back(order.orderId);
    }
    return orders;
}

} // namespace gonggu
