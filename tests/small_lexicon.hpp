// The unit tests' termbase (tests/data/small_lexicon.yaml), loaded once.
#pragma once

#include "termnorm/lexicon.hpp"

inline const termnorm::Lexicon& small_lexicon() {
  static const termnorm::Lexicon lexicon =
      termnorm::Lexicon::from_file(TERMNORM_SOURCE_DIR "/tests/data/small_lexicon.yaml");
  return lexicon;
}
