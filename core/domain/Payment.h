#pragma once

#include "Ids.h"
#include "Money.h"
#include "Statuses.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gonggu {

/** Money received (positive) or refunded (negative) in a round; the person is unknown until a
 *  bank deposit is matched. */
struct Payment
{
    PaymentId id = 0;
    RoundId roundId = 0;
    std::optional<PersonId> personId;
    Money amount;
    QDate paidOn;
    QString depositorName;
    QString method = QStringLiteral("transfer");
    PaymentSource source = PaymentSource::Manual;
    QString sourceRef; // the statement row for bank imports
    QString note;
};

} // namespace gonggu
