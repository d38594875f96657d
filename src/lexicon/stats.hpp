// Counting a termbase for `termnorm lexicon stats`: concepts by kind and by domain, forms by
// language and field, rules; written as text or JSON.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon {

struct FormCounts {
  size_t terms = 0;
  size_t abbreviations = 0;
  size_t variants = 0;
  size_t deprecated = 0;
  size_t traditional = 0;
};

struct LexiconStats {
  size_t concepts = 0;
  std::map<std::string, size_t> by_kind;    // "term", "phrase", "word": every kind, even at 0
  std::map<std::string, size_t> by_domain;  // "" for concepts without a domain
  FormCounts en, zh;
  size_t rules = 0;
};

LexiconStats count(const Lexicon& lexicon);

// Aligned columns, one count per line.
void write_text(std::ostream& out, const LexiconStats& stats);

// {"concepts": N, "kinds": {...}, "domains": {...}, "forms": {"en": {...}, "zh": {...}}, "rules": N}
nlohmann::json to_json(const LexiconStats& stats);

}  // namespace termnorm::lexicon
