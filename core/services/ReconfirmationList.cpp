#include "ReconfirmationList.h"

#include "OrderBook.h"
#include "RoundLedger.h"
#include "domain/Errors.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"

#include <algorithm>

namespace gonggu {

std::vector<PendingInterest> ReconfirmationList::pending(const Round &round) const
{
    std::vector<PendingInterest> result;
    const PersonRepository people(m_workspace);
    const OrderRepository orders(m_workspace);
    for (const BuyerBalance &balance : RoundLedger(m_workspace).balances(round)) {
        if (balance.order.status != OrderStatus::Interested)
            continue;
        const std::optional<Person> person = people.find(balance.order.personId);
        const std::optional<Order> order = orders.find(balance.order.orderId);
        if (!person || !order)
            continue;
        result.push_back({order->id, person->id, person->displayName, person->nickname, person->phone, person->email,
                          person->messenger, balance.order.copies,
                          order->submittedAt.isValid() ? order->submittedAt : order->createdAt});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const PendingInterest &a, const PendingInterest &b) { return a.since < b.since; });
    return result;
}

std::vector<Order> ReconfirmationList::settle(const std::vector<OrderId> &orderIds, bool confirmed)
{
    const OrderRepository orders(m_workspace);
    for (OrderId id : orderIds) {
        const std::optional<Order> order = orders.find(id);
        if (!order)
            throw InputError(QStringLiteral("order %1 does not exist").arg(id));
        if (order->status != OrderStatus::Interested)
            throw InputError(
                QStringLiteral("order %1 is %2, not waiting for re-confirmation").arg(id).arg(toKey(order->status)));
    }
    return OrderBook(m_workspace, m_clock)
        .setStatuses(orderIds, confirmed ? OrderStatus::Confirmed : OrderStatus::Cancelled);
}

} // namespace gonggu
