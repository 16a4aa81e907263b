#include "PaymentRules.h"

namespace gonggu {

PaymentState BuyerMoney::state() const
{
    if (paid > due)
        return PaymentState::Overpaid; // the coordinator owes a refund
    if (paid == due)
        // Nothing owed either way: after money went back on a cancelled order that is "refunded".
        return (due.isZero() && hadRefund) ? PaymentState::Refunded : PaymentState::Paid;
    if (paid <= Money())
        return PaymentState::Unpaid;
    return PaymentState::Partial;
}

Money amountDue(OrderStatus status, Delivery delivery, Money goods, Money shippingFee)
{
    if (!countsAsBuyer(status))
        return Money();
    return delivery == Delivery::Courier ? goods + shippingFee : goods;
}

} // namespace gonggu
