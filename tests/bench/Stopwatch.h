#pragma once

#include <chrono>
#include <ctime>

namespace gonggu::bench {

/** Times the phases of one benchmark iteration (read, match, commit…) in wall-clock seconds; and, because the
 *  wall clock also counts waiting for a machine shared with other work, the CPU time this thread spent. */
class Stopwatch
{
public:
    /** Wall-clock seconds since the last lap (or since the stopwatch was made). */
    double lap()
    {
        const auto now = std::chrono::steady_clock::now();
        const double seconds = std::chrono::duration<double>(now - m_last).count();
        m_last = now;
        return seconds;
    }

    static double threadCpuSeconds()
    {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
    }

private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

} // namespace gonggu::bench
