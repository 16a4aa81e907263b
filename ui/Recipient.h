#pragma once

#include "domain/Ids.h"
#include "domain/Round.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace gonggu {

class Clock;
class Workspace;

/** A buyer a message kind goes to, as the Messages page lists them: names, where to reach them, and when
 *  they were last sent this kind. */
struct Recipient
{
    OrderId orderId = 0;
    PersonId personId = 0;
    QString nickname;
    QString name;
    QString phone;
    QString email;
    QDateTime lastSentAt; // UTC: when they were last sent this kind; null when never

    bool alreadySent() const { return lastSentAt.isValid(); }
    /** "tini (김민준)", or the one name. */
    QString label() const;
};

/** The kind's default addressees (MessageAudience) in sending order, each with their directory entry and
 *  last contact for the kind; empty for a community kind. Throws gonggu::Error when the workspace cannot be
 *  read. */
std::vector<Recipient> addresseesOf(Workspace &workspace, const Clock &clock, const Round &round, ContactKind kind);

} // namespace gonggu
