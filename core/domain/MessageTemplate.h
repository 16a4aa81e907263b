#pragma once

#include "Language.h"
#include "Statuses.h"

#include <QString>

namespace gonggu {

// The value type lives in domain/ (not services/messages/) so that storage can read and write it without
// depending on the services above it.

/** The wording of one message kind in one language: {placeholders} in a subject (e-mail) and a body. */
struct MessageTemplate
{
    ContactKind kind = ContactKind::Confirmation;
    Language language = Language::Korean;
    QString subject;
    QString body;
};

} // namespace gonggu
