// libFuzzer target: the normalizer with the default termbase, both directions, with and
// without unify. Invalid UTF-8 must be refused with a position inside the input; valid input
// must satisfy every invariant of tests/invariants.hpp, and a stream fed in two pieces must
// give what the whole-document run gives. Idempotence is checked when the environment has
// TERMNORM_FUZZ_IDEMPOTENCE=1: it has known failures (tests/invariants_test.cpp).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "invariants.hpp"

using namespace termnorm;

namespace {

[[noreturn]] void fail(const std::string& what, std::string_view input) {
  std::fprintf(stderr, "invariant broken: %s\ninput (%zu bytes): %.*s\n", what.c_str(), input.size(),
               static_cast<int>(std::min<size_t>(input.size(), 400)), input.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Normalizer normalizer(Lexicon::builtin());
  static const bool idempotence = std::getenv("TERMNORM_FUZZ_IDEMPOTENCE") != nullptr &&
                                  std::string_view(std::getenv("TERMNORM_FUZZ_IDEMPOTENCE")) == "1";
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  if (!invariants::valid_utf8(input)) {
    try {
      normalizer.normalize(input, {Target::en});
    } catch (const InputError& e) {
      if (e.where().line == 0 || e.where().column == 0) fail("an InputError without a position", input);
      return 0;
    }
    fail("invalid UTF-8 accepted", input);
  }

  for (Target target : {Target::en, Target::zh}) {
    for (bool unify : {false, true}) {
      const Options options{target, unify};
      if (std::string problem = invariants::check_all(normalizer, input, options, idempotence); !problem.empty()) {
        fail(std::string(target == Target::en ? "en" : "zh") + (unify ? " --unify: " : ": ") + problem, input);
      }
    }
  }

  // The stream, cut at a point the input chooses (even inside a character).
  const Options options{size % 2 == 0 ? Target::en : Target::zh, false};
  const size_t cut = size == 0 ? 0 : data[0] % (size + 1);
  DocumentStream stream(normalizer, options);
  std::string streamed = stream.feed(input.substr(0, cut)).text;
  streamed += stream.feed(input.substr(cut)).text;
  streamed += stream.finish().text;
  if (streamed != normalizer.normalize(input, options).text) fail("the stream differs from the whole run", input);
  return 0;
}
