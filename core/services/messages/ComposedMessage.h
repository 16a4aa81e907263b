#pragma once

#include "SmsLength.h"
#include "domain/Ids.h"
#include "domain/MessageTemplate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gonggu {

/** One message ready to show or send: to one buyer's order, or a community post (no order). */
struct ComposedMessage
{
    ContactKind kind = ContactKind::Confirmation;
    Language language = Language::Korean;
    OrderId orderId = 0;   // 0 for a community post
    PersonId personId = 0; // 0 for a community post
    QString nickname;
    QString name;
    QString subject; // for e-mail
    QString text;
    QStringList unknownPlaceholders; // of subject and body: an error, the message must not go out
    QStringList missingPlaceholders; // no data for this buyer: rendered empty, a warning
    SmsLength length;                // of the text
    QDateTime lastContactedAt;       // UTC; when this buyer was last sent this kind, null if never

    bool isCommunityPost() const { return orderId == 0; }
    bool alreadyContacted() const { return lastContactedAt.isValid(); }
    bool hasErrors() const { return !unknownPlaceholders.isEmpty(); }
};

} // namespace gonggu
