// The termbase linter behind `termnorm lexicon check`: loads a set of termbase files as one
// termbase and reports what would make it load badly or match wrongly, each finding at the
// file, line and column where it was written. It changes nothing and compiles no matcher.
//
// Checks (the name in brackets ends each message):
//   yaml, schema           the file does not load (the loader's own message)          error
//   same-form              two concepts share a form in one language, after the
//                          matcher's folding, and neither lists the other as a homonym  error
//   variant-is-preferred   the same, where one side is the other concept's preferred term  error
//   duplicate-form         a concept writes the same form twice (after folding)        warning
//   duplicate-id           a concept or rule id used twice in the set of files          error
//   empty-field            a field written with nothing in it                          warning
//   spacing                a form with leading, trailing or doubled spaces             warning
//   homonym                `homonyms` names an unknown id, or a concept that shares
//                          no form with this one                                       error / warning
//   rule-compile           a rule pattern that RE2 rejects                             error
//   rule-slot              a template slot the pattern does not define, or an
//                          unknown slot modifier                                       error
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "termnorm/error.hpp"

namespace termnorm::lexicon {

enum class Severity { warning, error };

struct Finding {
  SourcePosition where;
  Severity severity = Severity::error;
  std::string message;
  std::string check;  // the check's name, as listed above
};

// "file:line:column: error: message [check]".
std::string to_string(const Finding& finding);

// One termbase file's name (as findings show it) and text.
struct LexiconSource {
  std::string name;
  std::string text;
};

// Lints `files` as one termbase, in load order. Findings come in file order, then by line and
// column.
std::vector<Finding> lint(const std::vector<LexiconSource>& files);

// True when one of `findings` is an error.
bool has_errors(const std::vector<Finding>& findings);

}  // namespace termnorm::lexicon
