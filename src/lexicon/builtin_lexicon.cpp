// Lexicon::builtin(): the default termbase, read from the lexicon image compiled into the
// library (no YAML is parsed at run time).
#include "lexicon/builtin_lexicon_image.hpp"
#include "lexicon/lexicon_image.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm {

const Lexicon& Lexicon::builtin() {
  static const Lexicon lexicon = lexicon_image::read(builtin_lexicon_image());
  return lexicon;
}

}  // namespace termnorm
