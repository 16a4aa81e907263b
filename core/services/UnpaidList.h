#pragma once

#include "domain/Ids.h"
#include "domain/Money.h"
#include "domain/Round.h"

#include <QString>

#include <optional>
#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** A buyer who still owes money in a round. */
struct UnpaidBuyer
{
    PersonId personId = 0;
    OrderId orderId = 0;
    QString name;
    QString nickname;
    QString phone;
    Money amountDue;
    Money paid;
    Money owed;
    std::optional<int> daysSinceConfirmed; // none while the order is not confirmed
};

/** Who has not paid: non-cancelled orders with a balance above zero, longest-waiting first. */
class UnpaidList
{
public:
    UnpaidList(const Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    std::vector<UnpaidBuyer> unpaidBuyers(const Round &round) const;

private:
    const Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
