#pragma once

#include "domain/Payment.h"
#include "domain/Round.h"

namespace gonggu {

class Workspace;

/** Records payments and refunds by hand, checking that they belong to a buyer of the round. */
class PaymentBook
{
public:
    explicit PaymentBook(Workspace &workspace) : m_workspace(workspace) {}

    /** Adds a payment (negative amount: a refund) for a person with an order in the round. */
    PaymentId record(const Round &round, const Payment &payment);

private:
    Workspace &m_workspace;
};

} // namespace gonggu
