// Tokens and replacements: what the rewriter reads (lexicon matches with the entry chosen for
// them) and what it hands to the renderer (spans of the input and their target-language text).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "matcher/matcher.hpp"
#include "termnorm/normalizer.hpp"

namespace termnorm::rewriter {

// How a token can take part in a rule: a noun-phrase part, a verb, a joining conjunction.
// Adjectives, determiners and numbers are noun-phrase parts that slots can tell from nouns.
enum class TokenClass : char { nominal = 1, verb = 2, conjunction = 3, other = 4, adjective = 5, determiner = 6 };

struct Token {
  size_t begin = 0;
  size_t end = 0;
  const matcher::Entry* entry = nullptr;  // the form that matched
  const Concept* matched_concept = nullptr;
  TokenClass token_class = TokenClass::other;
  const matcher::Entry* gloss = nullptr;  // "A (B)": B glosses A (see Rewriter::tokenize); A is `entry`
  size_t gloss_begin = 0;                 // where B starts
  size_t kept_gloss_begin = 0;            // "A (B, C)": where the gloss kept (`gloss`) starts
  bool noun_sense = false;                // a verb read as its noun homonym (`matched_concept`)
  // English output, an adjective whose Chinese form ends in 的 (女性的 "female"): the entry of its
  // form without the 的 when that is a noun (女性 "women"), which a rule that needs {X}的 reads.
  const matcher::Entry* noun_stem = nullptr;
  std::shared_ptr<const Concept> own_concept;  // a number expression's concept, made for it
};

// The text token `t` covers in the paragraph it was read from.
inline std::string_view text_of(std::string_view paragraph, const Token& t) {
  return paragraph.substr(t.begin, t.end - t.begin);
}

// A span of the input and the target-language text it becomes, before typography.
struct Replacement {
  size_t begin = 0;
  size_t end = 0;
  std::string text;          // lexicon casing; empty: the source span is dropped
  EditKind kind = EditKind::term;
  std::string id;            // concept or rule id
  bool definite_article = false;  // en: "the" goes before it unless a determiner does
};

}  // namespace termnorm::rewriter
