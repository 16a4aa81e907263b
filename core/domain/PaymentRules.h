#pragma once

#include "Money.h"
#include "Statuses.h"

namespace gonggu {

/** What a buyer owes and has paid in one round, and the rules derived from it. */
struct BuyerMoney
{
    Money due;
    Money paid;             // net of refunds
    bool hadRefund = false; // any negative payment recorded

    Money balance() const { return due - paid; } // > 0: still owes; < 0: is owed
    Money owed() const { return balance().isNegative() ? Money() : balance(); }
    Money refundDue() const { return balance().isNegative() ? -balance() : Money(); }
    PaymentState state() const;
};

/** Amount due for goods plus shipping; a cancelled order owes nothing. */
Money amountDue(OrderStatus status, Delivery delivery, Money goods, Money shippingFee);

} // namespace gonggu
