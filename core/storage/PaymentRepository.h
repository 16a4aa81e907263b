#pragma once

#include "domain/Payment.h"

#include <optional>
#include <vector>

namespace gonggu {

class Workspace;

/** Reads and writes payments and refunds. */
class PaymentRepository
{
public:
    explicit PaymentRepository(const Workspace &workspace) : m_workspace(workspace) {}

    /** Records a payment (amount ≠ 0; negative for a refund) and returns its id. */
    PaymentId add(const Payment &payment);
    /** Deletes a payment (to undo recording it). */
    void remove(PaymentId id);
    std::optional<Payment> find(PaymentId id) const;
    std::vector<Payment> forRound(RoundId roundId) const; // by date, then id
    std::vector<Payment> forPerson(RoundId roundId, PersonId personId) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
