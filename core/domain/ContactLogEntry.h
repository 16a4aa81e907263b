#pragma once

#include "Ids.h"
#include "Statuses.h"

#include <QDateTime>
#include <QString>

namespace gonggu {

/** A message that went to a buyer: when, how, what kind and its text. */
struct ContactLogEntry
{
    qint64 id = 0;
    OrderId orderId = 0;
    ContactChannel channel = ContactChannel::Sms;
    ContactKind kind = ContactKind::Confirmation;
    QDateTime sentAt; // UTC
    QString message;
};

} // namespace gonggu
