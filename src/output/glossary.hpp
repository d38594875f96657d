// The glossary of a set of documents: the lexicon concepts they use, each with how often it
// occurs, where first, and which of its forms the documents actually write. It is built from
// term occurrences and written by glossary_writers.hpp; it rewrites nothing.
//
//   output::GlossaryBuilder builder({ConceptKind::term});
//   builder.add("a.txt", find_term_occurrences(lexicon, matcher, text));
//   const std::vector<output::GlossaryEntry> entries = builder.entries();
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "matcher/matcher.hpp"
#include "output/term_occurrences.hpp"
#include "termnorm/error.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm::output {

// One form of a concept as the documents write it, folded as the matcher folds (so "Stem
// cells" and "stem cell" are one form, shown as first written).
struct UsedForm {
  std::string text;             // as first written
  Language language = Language::en;
  matcher::FormRole role = matcher::FormRole::preferred;
  size_t count = 0;
  std::string key;              // the folded form (English: singular), which tells forms apart
};

struct GlossaryEntry {
  const Concept* concept_entry = nullptr;
  size_t count = 0;             // occurrences over all documents
  SourcePosition first;         // file:line:column of the first occurrence
  std::vector<UsedForm> forms;  // in order of first use
};

class GlossaryBuilder {
 public:
  // Keeps the concepts of these kinds only.
  explicit GlossaryBuilder(std::set<ConceptKind> kinds);

  // Adds one document's occurrences; `file` names it in first positions.
  void add(std::string_view file, const std::vector<TermOccurrence>& occurrences);

  // The concepts found so far, in order of first occurrence.
  const std::vector<GlossaryEntry>& entries() const { return entries_; }

 private:
  std::set<ConceptKind> kinds_;
  std::vector<GlossaryEntry> entries_;
};

// "preferred", "abbreviation", "variant", "deprecated".
std::string_view to_string(matcher::FormRole role);

}  // namespace termnorm::output
