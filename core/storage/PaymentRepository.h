#pragma once

#include "domain/Payment.h"

#include <QHash>

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
    /** Gives a payment to a person, or takes it back (nullopt: an unassigned deposit again). */
    void assign(PaymentId id, std::optional<PersonId> personId);
    /** Sets a deposit aside as not part of the round (or brings it back); it stays for deduplication. */
    void setIgnored(PaymentId id, bool ignored);
    /** Changes the amount (a bank deposit split between buyers keeps its first part here). */
    void setAmount(PaymentId id, Money amount);
    /** The statement-row references already recorded in the round for a source, with their payments. */
    QHash<QString, PaymentId> sourceRefs(RoundId roundId, PaymentSource source) const;

    enum class DepositFilter
    {
        All,
        Unassigned, // waiting for review
        Ignored
    };
    /** The round's bank deposits (split parts included), by date then id. */
    std::vector<Payment> deposits(RoundId roundId, DepositFilter filter) const;
    /** The parts split off a deposit, in the order they were made. */
    std::vector<Payment> splitParts(PaymentId id) const;
    std::vector<Payment> forRound(RoundId roundId) const; // by date, then id
    std::vector<Payment> forPerson(RoundId roundId, PersonId personId) const;

private:
    const Workspace &m_workspace;
};

} // namespace gonggu
