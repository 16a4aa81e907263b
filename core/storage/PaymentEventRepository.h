#pragma once

#include "domain/PaymentEvent.h"

#include <vector>

namespace gonggu {

class Workspace;

/** The append-only reconciliation history: what happened to which payment, and when. */
class PaymentEventRepository
{
public:
    explicit PaymentEventRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** Records an event now (the workspace clock gives the time) and returns its id. */
    qint64 add(const PaymentEvent &event);
    std::vector<PaymentEvent> forRound(RoundId roundId) const;     // oldest first
    std::vector<PaymentEvent> forPayment(PaymentId paymentId) const; // oldest first

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
