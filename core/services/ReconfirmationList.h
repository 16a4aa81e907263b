#pragma once

#include "domain/Ids.h"
#include "domain/Order.h"
#include "domain/Round.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** Someone who only said they were interested and has to be asked again before the order counts. */
struct PendingInterest
{
    OrderId orderId = 0;
    PersonId personId = 0;
    QString name;
    QString nickname;
    QString phone;
    QString email;
    QString messenger;
    int copies = 0;
    QDateTime since; // when the interest was recorded (submission or creation), UTC
};

/** The re-confirmation list of a round: its "interested" orders, oldest first, and the one action that
 *  settles each — confirmed (the order counts) or declined (cancelled). */
class ReconfirmationList
{
public:
    ReconfirmationList(Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    std::vector<PendingInterest> pending(const Round &round) const;
    /** Marks orders confirmed (stamping the time) or declined; returns them as they were, for undo. */
    std::vector<Order> settle(const std::vector<OrderId> &orderIds, bool confirmed);

private:
    Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
