#pragma once

#include <cstddef>
#include <cstdint>

// The libFuzzer entry points every fuzz target defines. Built with clang's -fsanitize=fuzzer they are driven by
// libFuzzer; otherwise StandaloneMain.cpp runs them over the seed corpus and the kept crash inputs, so that every
// build checks those as a regression test.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size);
