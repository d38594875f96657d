// The normalizer's invariants as checks that return what is wrong (an empty string when all
// holds), shared by the property tests and the fuzz targets: the output is valid UTF-8, the
// edits are well formed and explain the output, nothing outside them is lost, and
// normalizing the output again changes nothing. Every byte is accounted for: the spaces
// the renderer adds and drops at seams are edits of kind `spacing` like any other change.
#pragma once

#include <string>
#include <string_view>

#include "termnorm/normalizer.hpp"
#include "text/utf8.hpp"

namespace termnorm::invariants {

inline bool valid_utf8(std::string_view text) { return text::find_invalid(text) == std::string_view::npos; }

// The edits are in input order, do not overlap, lie inside the input, start and end on
// character boundaries, and each `source` is the input's bytes at its span.
inline std::string check_edits(std::string_view input, const Result& r) {
  size_t previous_end = 0;
  for (size_t i = 0; i < r.edits.size(); ++i) {
    const Edit& e = r.edits[i];
    const std::string at = "edit " + std::to_string(i) + " [" + std::to_string(e.begin) + ", " +
                           std::to_string(e.end) + ") ";
    if (e.begin > e.end || e.end > input.size()) return at + "lies outside the input";
    if (e.begin < previous_end) return at + "overlaps or precedes the edit before it";
    if (input.substr(e.begin, e.end - e.begin) != e.source) return at + "source is not the input's bytes there";
    if (!valid_utf8(e.source) || !valid_utf8(e.result)) return at + "cuts a character";
    previous_end = e.end;
  }
  return {};
}

// Nothing lost: the input's bytes outside the edits' spans appear in the output, in order.
inline std::string check_nothing_lost(std::string_view input, const Result& r) {
  size_t in = 0, out = 0;
  auto keep = [&](size_t until) -> std::string {
    for (; in < until; ++in) {
      out = r.text.find(input[in], out);
      if (out == std::string::npos) return "input byte " + std::to_string(in) + " is missing from the output";
      ++out;
    }
    return {};
  };
  for (const Edit& e : r.edits) {
    if (std::string lost = keep(e.begin); !lost.empty()) return lost;
    in = e.end;
  }
  return keep(input.size());
}

// The edits explain the output: the input with each edit's span replaced by its result is
// the output, byte for byte (every change is recorded; nothing else moved).
inline std::string check_edits_explain_output(std::string_view input, const Result& r) {
  std::string rebuilt;
  size_t at = 0;
  for (const Edit& e : r.edits) {
    rebuilt.append(input.substr(at, e.begin - at)).append(e.result);
    at = e.end;
  }
  rebuilt.append(input.substr(at));
  const std::string& output = r.text;
  if (rebuilt == output) return {};
  size_t differ = 0;
  while (differ < rebuilt.size() && differ < output.size() && rebuilt[differ] == output[differ]) ++differ;
  return "the edits do not explain the output: they give '" + rebuilt.substr(differ, 40) +
         "' where the output has '" + output.substr(differ, 40) + "'";
}

// All of the above for one run of `normalizer` on valid UTF-8 `input`, and, when
// `idempotence`, that normalizing the output again with the same options (and the language
// the first run chose) gives the same text.
inline std::string check_all(const Normalizer& normalizer, std::string_view input, const Options& options,
                             bool idempotence = true) {
  const Result r = normalizer.normalize(input, options);
  if (!valid_utf8(r.text)) return "the output is not valid UTF-8";
  if (std::string problem = check_edits(input, r); !problem.empty()) return problem;
  if (std::string problem = check_nothing_lost(input, r); !problem.empty()) return problem;
  if (std::string problem = check_edits_explain_output(input, r); !problem.empty()) return problem;
  if (r.edits.empty() && r.text != input) return "the output differs from the input but no edit says so";
  if (!idempotence) return {};
  Options again = options;
  again.target = r.target == Language::en ? Target::en : Target::zh;
  const Result twice = normalizer.normalize(r.text, again);
  if (twice.text != r.text) {
    size_t differ = 0;
    while (differ < twice.text.size() && differ < r.text.size() && twice.text[differ] == r.text[differ]) ++differ;
    return "not idempotent: the second run changes output byte " + std::to_string(differ) + " '" +
           r.text.substr(differ, 40) + "' into '" + twice.text.substr(differ, 40) + "'";
  }
  return {};
}

}  // namespace termnorm::invariants
