#pragma once

#include "domain/Ids.h"
#include "domain/Round.h"

#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** Whom a message kind goes to by default:
 *  - confirmation: applied and confirmed orders;
 *  - payment request: confirmed orders that owe money;
 *  - unpaid reminder: confirmed orders that still owe, longest-waiting first (as UnpaidList orders them);
 *  - reconfirm interest: orders that are only "interested", oldest first (ReconfirmationList);
 *  - shipping notice: non-cancelled courier orders that have a tracking number;
 *  - handover: confirmed pick-up orders not yet handed over;
 *  - progress: nobody in particular, it is one community post. */
class MessageAudience
{
public:
    MessageAudience(Workspace &workspace, const Clock &clock) : m_workspace(workspace), m_clock(clock) {}

    static bool addressesCommunity(ContactKind kind) { return kind == ContactKind::Progress; }
    /** The orders a kind goes to, in sending order; empty for a community kind. */
    std::vector<OrderId> defaultAddressees(const Round &round, ContactKind kind) const;

private:
    Workspace &m_workspace;
    const Clock &m_clock;
};

} // namespace gonggu
