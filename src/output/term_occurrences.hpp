// Every lexicon form a document writes, where it stands, and which form of which concept it
// is: what the glossary and the scan read. It runs the matcher alone; it does not decide what
// a form would become (that is the normalizer's job).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "matcher/matcher.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm::output {

struct TermOccurrence {
  const Concept* concept_entry = nullptr;
  const matcher::Entry* form = nullptr;  // the lexicon form that matched (language, role)
  size_t begin = 0;                      // bytes [begin, end) of the document
  size_t end = 0;
  size_t line = 1;                       // 1-based; \n, \r\n and a lone \r end a line
  size_t column = 1;                     // 1-based, in code points
  std::string_view text;                 // as written in the document
};

// The occurrences in `text`, in order. A match that several concepts share goes to the one
// the matcher ranks first for the language of its script (Han: Chinese, else English).
// `matcher` must have been built from `lexicon`. Throws InputError (file "<input>") when
// `text` is not valid UTF-8.
std::vector<TermOccurrence> find_term_occurrences(const Lexicon& lexicon, const matcher::Matcher& matcher,
                                                  std::string_view text);

// What tells the forms a document writes apart: in English the lexicon form, folded, in the
// singular (so case and number do not count); in Chinese the text as written (so a
// Traditional form, which the matcher folds into the Simplified one, counts as another form).
std::string form_key(const TermOccurrence& occurrence);

}  // namespace termnorm::output
