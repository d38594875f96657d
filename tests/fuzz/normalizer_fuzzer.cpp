// libFuzzer target: the normalizer with the default termbase, both directions, with and
// without unify. Invalid UTF-8 must be refused with a position inside the input, or, with
// InvalidUtf8::replace, give what the input with U+FFFD in its place gives; valid input must
// satisfy every invariant of tests/invariants.hpp (idempotence included), and a stream fed in
// two pieces must give what the whole-document run gives.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "fuzz_failure.hpp"
#include "invariants.hpp"

using namespace termnorm;

namespace {

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Normalizer normalizer(Lexicon::builtin());
  std::string_view input(reinterpret_cast<const char*>(data), size);

  std::string replaced;
  if (!invariants::valid_utf8(input)) {
    try {
      normalizer.normalize(input, {Target::en});
      fail("invalid UTF-8 accepted", input);
    } catch (const InputError& e) {
      if (e.where().line == 0 || e.where().column == 0) fail("an InputError without a position", input);
    }
    Options options{Target::en};
    options.invalid_utf8 = InvalidUtf8::replace;
    const Result r = normalizer.normalize(input, options);
    size_t count = 0;
    replaced = replace_invalid_utf8(input, count);
    if (!invariants::valid_utf8(replaced)) fail("replacing invalid UTF-8 leaves it invalid", input);
    if (count == 0 || r.invalid_replaced.count != count || r.invalid_replaced.line == 0) {
      fail("the replacements are not counted", input);
    }
    if (r.text != normalizer.normalize(replaced, {Target::en}).text) {
      fail("replacing differs from normalizing the replaced input", input);
    }
    input = replaced;  // the invariants below hold on it
  }

  for (Target target : {Target::en, Target::zh}) {
    for (bool unify : {false, true}) {
      const Options options{target, unify};
      if (std::string problem = invariants::check_all(normalizer, input, options); !problem.empty()) {
        fail(std::string(target == Target::en ? "en" : "zh") + (unify ? " --unify: " : ": ") + problem, input);
      }
    }
  }

  // The stream, cut at a point the input chooses (even inside a character), fed the bytes as
  // they came (invalid UTF-8 replaced line by line).
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Options options{size % 2 == 0 ? Target::en : Target::zh, false};
  options.invalid_utf8 = InvalidUtf8::replace;
  const size_t cut = size == 0 ? 0 : data[0] % (size + 1);
  DocumentStream stream(normalizer, options);
  std::string streamed = stream.feed(bytes.substr(0, cut)).text;
  streamed += stream.feed(bytes.substr(cut)).text;
  streamed += stream.finish().text;
  if (streamed != normalizer.normalize(bytes, options).text) fail("the stream differs from the whole run", bytes);
  return 0;
}
