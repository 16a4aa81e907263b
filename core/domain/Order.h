#pragma once

#include "Ids.h"
#include "Statuses.h"

#include <QDateTime>
#include <QString>

namespace gonggu {

/** One buyer's order in one round; the quantities live in order lines. */
struct Order
{
    OrderId id = 0;
    qint64 rowVersion = 0; // as read; saving names it so that a newer change is not overwritten
    RoundId roundId = 0;
    PersonId personId = 0;
    OrderStatus status = OrderStatus::Applied;
    Delivery delivery = Delivery::Pickup;
    QString shippingAddress;
    QString trackingNumber;
    bool wantsTaxInvoice = false;
    bool wantsCashReceipt = false;
    QDateTime confirmedAt;  // UTC; null until confirmed
    QDateTime shippedAt;    // handed to the courier
    QDateTime handedOverAt; // given to the buyer at a meetup
    QDateTime receivedAt;   // the buyer said it arrived
    QDateTime submittedAt;  // when the application was submitted (a form's timestamp)
    // What a tax invoice (세금계산서) needs, when one is wanted.
    QString invoiceBusinessNumber;
    QString invoiceCompany;
    QString invoiceEmail;
    QDateTime createdAt;
    QString notes;
};

/** How many of one item an order asks for (always more than zero). */
struct OrderLine
{
    OrderId orderId = 0;
    ItemId itemId = 0;
    int quantity = 0;
};

} // namespace gonggu
