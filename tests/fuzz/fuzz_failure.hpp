// What every fuzz target does when an invariant breaks: say which, show the start of the
// input, and abort so that libFuzzer keeps the input as a crash.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

[[noreturn]] inline void fail(const std::string& what, std::string_view input) {
  std::fprintf(stderr, "invariant broken: %s\ninput (%zu bytes): %.*s\n", what.c_str(), input.size(),
               static_cast<int>(std::min<size_t>(input.size(), 400)), input.data());
  std::abort();
}
