#include "PaymentBook.h"

#include "domain/Errors.h"
#include "storage/OrderRepository.h"
#include "storage/PaymentRepository.h"

#include <cstdlib>

namespace gonggu {

PaymentId PaymentBook::record(const Round &round, const Payment &payment)
{
    if (payment.amount.isZero())
        throw InputError(QStringLiteral("a payment of 0 won records nothing"));
    if (std::llabs(payment.amount.toWon()) > Money::maxAbsoluteWon)
        throw InputError(QStringLiteral("the amount is beyond what Gonggu accepts"));
    if (payment.personId && !OrderRepository(m_workspace).findFor(round.id, *payment.personId))
        throw InputError(QStringLiteral("person %1 has no order in round '%2'; add the order first")
                             .arg(*payment.personId)
                             .arg(round.title));
    Payment stored = payment;
    stored.roundId = round.id;
    return PaymentRepository(m_workspace).add(stored);
}

} // namespace gonggu
