// Lexicon::builtin(): the default termbase, read from the lexicon image compiled into the
// library (no YAML is parsed at run time).
#include "lexicon/builtin_lexicon_image.hpp"
#include "lexicon/lexicon_image.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm {

const Lexicon& Lexicon::builtin() {
  // Never destroyed: freeing thousands of concepts at exit would cost a short run more time
  // than it spends on its text.
  static const Lexicon* const lexicon = new Lexicon(lexicon_image::read(builtin_lexicon_image()));
  return *lexicon;
}

}  // namespace termnorm
