#include "Clock.h"

namespace gonggu {

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace gonggu
