// Writing concepts out as a termbase file (format version 1, lexicon/README.md) that the
// loader reads back to the same values: one flow mapping per concept, shorthands where they
// say the same thing (`en: stem cells` for a section with only a term).
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon {

// `comment` (one line, may be empty) is written first as a YAML comment.
void write_lexicon_yaml(std::ostream& out, const std::vector<Concept>& concepts, std::string_view comment);

}  // namespace termnorm::lexicon
