// The default termbase's Normalizer, built once per test binary, and the one-line
// helpers the rule tests use: a text normalized to English or to Chinese.
#pragma once

#include <string>
#include <string_view>

#include "termnorm/normalizer.hpp"

inline const termnorm::Normalizer& default_normalizer() {
  static const termnorm::Normalizer normalizer(termnorm::Lexicon::builtin());
  return normalizer;
}

inline std::string english(std::string_view input) {
  return default_normalizer().normalize(input, {termnorm::Target::en}).text;
}

inline std::string chinese(std::string_view input) {
  return default_normalizer().normalize(input, {termnorm::Target::zh}).text;
}
