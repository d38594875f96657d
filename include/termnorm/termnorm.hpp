// termnorm: normalize mixed Chinese–English regenerative-medicine text into one language.
//
// The pipeline: a Lexicon (YAML termbase) is compiled by a Normalizer into a matcher
// (leftmost-longest over folded text) and RE2 construction rules; normalize() finds the
// terms, applies the rules, and renders the result with the target language's casing,
// spacing and punctuation, returning the text and a record of every edit.
//
//   #include <termnorm/termnorm.hpp>
//   termnorm::Normalizer n(termnorm::Lexicon::builtin());
//   std::string english = n.normalize(text, {termnorm::Target::en}).text;
#pragma once

#include "termnorm/error.hpp"
#include "termnorm/lexicon.hpp"
#include "termnorm/normalizer.hpp"
#include "termnorm/version.hpp"
