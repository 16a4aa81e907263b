#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant a fuzz target checks: when it does not hold, the input is a finding (libFuzzer keeps it).
#define GONGGU_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition);                     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
