// libFuzzer target: the termbase loader and the compilation of what it loads. Any input must
// either load or be refused with a LexiconError that names the file and a position inside it;
// a termbase that loads must compile into a Normalizer (or be refused the same way) that
// keeps the invariants of tests/invariants.hpp (idempotence aside: known failures) on a short
// mixed text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_failure.hpp"
#include "invariants.hpp"

using namespace termnorm;

namespace {

void check_position(const LexiconError& e, std::string_view input) {
  if (e.where().file != "fuzz.yaml") fail(std::string("an error without the file name: ") + e.what(), input);
  if (e.message().empty()) fail("an error without a message", input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  Lexicon lexicon;
  try {
    lexicon = Lexicon::from_yaml(input, "fuzz.yaml");
  } catch (const LexiconError& e) {
    check_position(e, input);
    return 0;
  }
  for (const Concept& c : lexicon.concepts()) {
    if (c.id.empty() || c.zh.term.empty()) fail("a concept without an id or a zh term loaded", input);
  }
  try {
    const Normalizer normalizer(lexicon);
    for (const Concept& c : lexicon.concepts()) {
      const std::string text = "In " + c.en.term + " 和 " + c.zh.term + "，" + c.zh.abbr + " (" + c.en.abbr + ").\n";
      if (!invariants::valid_utf8(text)) continue;
      for (Target target : {Target::en, Target::zh}) {
        if (std::string problem = invariants::check_all(normalizer, text, {target, false}, false); !problem.empty()) {
          fail(problem + " on '" + text + "'", input);
        }
      }
    }
  } catch (const LexiconError& e) {
    check_position(e, input);
  } catch (const InputError&) {
    // A form that is not valid UTF-8 cannot be matched; the text above skips those.
  }
  return 0;
}
