#pragma once

#include "domain/MessageTemplate.h"

namespace gonggu {

/** The built-in wording of each message kind, in Korean and English; a round may override any of them.
 *  Confirmation and progress have their own wording for rounds that sell several items (one line per item). */
MessageTemplate defaultTemplate(ContactKind kind, Language language, bool severalItems = false);

} // namespace gonggu
