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
    bool ignored = false;             // a deposit the coordinator set aside: not part of the round
    std::optional<PaymentId> splitOf; // a part split off a bank deposit: the part that keeps its row

    bool isUnassignedDeposit() const { return !personId && !ignored; }
};

} // namespace gonggu
