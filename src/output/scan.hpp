// The linter's view of a document (`termnorm scan`): what normalizing would change, reported
// instead of rewritten. Four rules:
//
//   other-language  a span in the other language that the termbase translates (warning)
//   untranslated    a span in the other language that nothing translates (warning)
//   deprecated      a deprecated form in the document's language (error)
//   inconsistent    a term the document also writes another way: each occurrence of a form
//                   other than the preferred term, when the concept appears in more than one
//                   form (abbreviations aside) in the document's language (warning)
//
// Each finding has its line and column and, where there is one, the suggested replacement.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "matcher/matcher.hpp"
#include "termnorm/normalizer.hpp"

namespace termnorm::output {

enum class ScanRule { other_language, untranslated, deprecated, inconsistent };
enum class ScanSeverity { error, warning };

struct ScanRuleInfo {
  ScanRule rule;
  std::string_view id;       // "other-language", as reports name it
  ScanSeverity severity;
  std::string_view summary;  // one sentence
};

// The four rules, in the order above.
const std::array<ScanRuleInfo, 4>& scan_rules();
const ScanRuleInfo& info(ScanRule rule);

// "error" or "warning".
std::string_view to_string(ScanSeverity severity);

struct ScanFinding {
  ScanRule rule = ScanRule::other_language;
  size_t begin = 0;            // bytes [begin, end) of the document
  size_t end = 0;
  size_t line = 1;             // 1-based; column in code points
  size_t column = 1;
  size_t end_column = 1;       // the column just after the span (the span is on one line)
  std::string text;            // the span as written
  std::string suggestion;      // the replacement; empty when there is none
  std::string concept_id;      // the concept or rule behind the finding, if any
  std::string message;
};

struct ScanResult {
  Language language = Language::en;  // the language the document is checked against
  std::vector<ScanFinding> findings; // in document order
};

// Scans `text` as normalizing it with `options` would see it (options.target: the language it
// should be in; automatic: its dominant language). `matcher` must be built from the
// normalizer's lexicon. Throws InputError on invalid UTF-8.
ScanResult scan_document(const Normalizer& normalizer, const matcher::Matcher& matcher, std::string_view text,
                         const Options& options);

}  // namespace termnorm::output
