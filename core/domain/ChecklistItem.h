#pragma once

#include "Ids.h"

#include <QString>

namespace gonggu {

/** A supplier question or chore of a round ("ask whether a tax invoice can be issued"). */
struct ChecklistItem
{
    qint64 id = 0;
    RoundId roundId = 0;
    QString text;
    bool done = false;
};

} // namespace gonggu
