#include "UnpaidList.h"

#include "RoundLedger.h"
#include "domain/Clock.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace gonggu {

std::vector<UnpaidBuyer> UnpaidList::unpaidBuyers(const Round &round) const
{
    const QDate today = m_clock.today();
    std::vector<UnpaidBuyer> unpaid;
    for (const BuyerBalance &balance : RoundLedger(m_workspace).balances(round)) {
        if (!countsAsBuyer(balance.order.status) || balance.money.owed() <= Money())
            continue;
        UnpaidBuyer buyer;
        buyer.personId = balance.order.personId;
        buyer.orderId = balance.order.orderId;
        buyer.name = balance.order.displayName;
        buyer.nickname = balance.order.nickname;
        buyer.phone = balance.order.phone;
        buyer.amountDue = balance.money.due;
        buyer.paid = balance.money.paid;
        buyer.owed = balance.money.owed();
        if (balance.order.status == OrderStatus::Confirmed && balance.order.confirmedAt.isValid())
            buyer.daysSinceConfirmed = int(balance.order.confirmedAt.toLocalTime().date().daysTo(today));
        unpaid.push_back(std::move(buyer));
    }

    // Chase the longest-waiting first; among equals, the larger debt, then by name.
    QCollator collator{QLocale(QLocale::Korean, QLocale::SouthKorea)};
    std::stable_sort(unpaid.begin(), unpaid.end(), [&](const UnpaidBuyer &a, const UnpaidBuyer &b) {
        const int daysA = a.daysSinceConfirmed.value_or(-1);
        const int daysB = b.daysSinceConfirmed.value_or(-1);
        if (daysA != daysB)
            return daysA > daysB;
        if (a.owed != b.owed)
            return a.owed > b.owed;
        return collator.compare(a.name, b.name) < 0;
    });
    return unpaid;
}

} // namespace gonggu
