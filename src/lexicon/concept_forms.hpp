// Every form a concept writes, one by one: what the termbase tools (lint, look-up, import,
// statistics) walk over. The matcher has its own walk, since it also derives plurals.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon {

// Which field of a language section a form comes from.
enum class FormField { term, abbr, variant, deprecated, traditional };

// "preferred term", "abbreviation", "variant", "deprecated form", "Traditional form".
inline std::string_view describe(FormField field) {
  switch (field) {
    case FormField::term: return "preferred term";
    case FormField::abbr: return "abbreviation";
    case FormField::variant: return "variant";
    case FormField::deprecated: return "deprecated form";
    case FormField::traditional: return "Traditional form";
  }
  return "form";
}

struct FormRef {
  Language language = Language::en;
  FormField field = FormField::term;
  size_t item = 0;  // index in the list, for variants and deprecated forms
};

// Calls `visit(const FormRef&, const std::string& form)` for each non-empty form of `c`: the
// Chinese section first, then the English; in each, term, abbreviation, variants,
// deprecated forms, Traditional form.
template <typename Visit>
void for_each_form(const Concept& c, Visit visit) {
  for (Language language : {Language::zh, Language::en}) {
    const LanguageForms& f = c.forms(language);
    if (!f.term.empty()) visit(FormRef{language, FormField::term, 0}, f.term);
    if (!f.abbr.empty()) visit(FormRef{language, FormField::abbr, 0}, f.abbr);
    for (size_t i = 0; i < f.variants.size(); ++i) {
      if (!f.variants[i].empty()) visit(FormRef{language, FormField::variant, i}, f.variants[i]);
    }
    for (size_t i = 0; i < f.deprecated.size(); ++i) {
      if (!f.deprecated[i].empty()) visit(FormRef{language, FormField::deprecated, i}, f.deprecated[i]);
    }
    if (!f.traditional.empty()) visit(FormRef{language, FormField::traditional, 0}, f.traditional);
  }
}

// The same, skipping the forms the matcher never looks for: the English forms of
// general-vocabulary words, which are translated from Chinese only.
template <typename Visit>
void for_each_matched_form(const Concept& c, Visit visit) {
  for_each_form(c, [&](const FormRef& ref, const std::string& form) {
    if (ref.language == Language::en && c.kind == ConceptKind::word) return;
    visit(ref, form);
  });
}

}  // namespace termnorm::lexicon
