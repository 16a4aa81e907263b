#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace gonggu {

/** A name a person's bank deposits arrive under ("김영희엄마", "향단"), learned when the coordinator
 *  matched such a deposit by hand, so that the next statement matches it by itself. */
struct PersonAlias
{
    PersonAliasId id = 0;
    PersonId personId = 0;
    QString alias;    // as it appeared on the statement
    QString aliasKey; // foldForMatching(alias)
    QDateTime createdAt;
};

} // namespace gonggu
