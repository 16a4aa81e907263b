#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gonggu {

/** Something the coordinator must do by a time, for the round or for one order. */
struct Reminder
{
    qint64 id = 0;
    RoundId roundId = 0;
    std::optional<OrderId> orderId;
    QString kind;     // e.g. "payment_due", "closing", "manual"
    QDateTime dueAt;  // UTC
    QDateTime doneAt; // null while open
    QString note;
    QDateTime snoozedUntil; // UTC; null unless snoozed
};

} // namespace gonggu
