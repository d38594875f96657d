// libFuzzer target: the JSON Lines record filter (src/cli/jsonl_filter.*). Each line of the
// input must come back either as an error message with nothing to write, or as a record that
// is valid JSON whose field holds the normalized text; a record the normalizer leaves alone
// is copied byte for byte; a blank line is kept.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "cli/jsonl_filter.hpp"
#include "fuzz_failure.hpp"
#include "invariants.hpp"

using namespace termnorm;

namespace {

// One line (the command splits its input at '\n'), through a filter to English on "text" and
// one to Chinese, with residuals marked, on "doc.body".
void check_line(std::string_view line) {
  static const Normalizer normalizer(Lexicon::builtin());
  static const cli::JsonlFilter to_en(normalizer, {Target::en, false}, "text", std::nullopt);
  static const cli::JsonlFilter to_zh(normalizer, {Target::zh, true}, "doc.body", output::MarkStyle::brackets);
  for (const cli::JsonlFilter* filter : {&to_en, &to_zh}) {
    cli::JsonlFilter::Record record;
    try {
      record = filter->process(line);
    } catch (const std::exception& e) {
      fail(std::string("an exception escaped: ") + e.what(), line);
    }
    if (!record.error.empty()) {
      if (!record.line.empty()) fail("an error with a record to write", line);
      continue;
    }
    std::string_view trimmed = line;
    if (!trimmed.empty() && trimmed.back() == '\r') trimmed.remove_suffix(1);
    if (trimmed.find_first_not_of(" \t") == std::string_view::npos) {
      if (record.line != trimmed) fail("a blank line not kept", line);
      continue;
    }
    if (!invariants::valid_utf8(record.line)) fail("the record is not valid UTF-8", line);
    const auto json = nlohmann::ordered_json::parse(record.line, nullptr, false);
    if (json.is_discarded()) fail("the record written is not valid JSON: " + record.line, line);
    if (filter == &to_en) {
      if (!json.contains("text") || json.at("text") != record.result.text) fail("the field is not the output", line);
      if (!record.changed && record.line != trimmed) fail("an unchanged record not copied byte for byte", line);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (size_t start = 0; start <= input.size();) {
    const size_t end = std::min(input.find('\n', start), input.size());
    check_line(input.substr(start, end - start));
    start = end + 1;
  }
  return 0;
}
