#pragma once

#include "Ids.h"
#include "Statuses.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gonggu {

/** One step in a payment's reconciliation history: imported, matched, assigned by hand, split… */
struct PaymentEvent
{
    qint64 id = 0;
    RoundId roundId = 0;
    std::optional<PaymentId> paymentId;
    std::optional<PersonId> personId;
    PaymentEventAction action = PaymentEventAction::Imported;
    QString detail;
    QDateTime at;
};

} // namespace gonggu
