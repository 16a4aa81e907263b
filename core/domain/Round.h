#pragma once

#include "Ids.h"
#include "Money.h"
#include "Statuses.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gonggu {

/** One buying round: a supplier, a group price, dates and the account buyers pay into. */
struct Round
{
    RoundId id = 0;
    qint64 rowVersion = 0; // as read; saving names it so that a newer change is not overwritten
    QString title;
    QString supplier;
    QString supplierContact;
    RoundStatus status = RoundStatus::Open;
    QDate opensOn;      // null when not set
    QDate closesOn;     // applications close
    QDate paymentDue;   // deposits expected by
    QDate orderedOn;    // the order went to the supplier
    QDate deliveryOn;   // the books arrive
    QDateTime meetupAt; // UTC; the hand-over meetup, null when there is none
    QString meetupPlace;
    QString bankAccount;
    Money shippingFee; // charged once per courier delivery
    std::optional<int> minimumQuantity;
    QString notes;

    bool operator==(const Round &) const = default;
};

} // namespace gonggu
