// The default termbase compiled at build time from lexicon/*.yaml by
// lexicon_image_generator: its lexicon image and its matcher's image, compiled into the
// library.
#pragma once

#include <cstddef>
#include <string_view>

namespace termnorm {

// The image of every default termbase file merged in file-name order.
std::string_view builtin_lexicon_image();

// The image of the matcher built from that lexicon (matcher::Matcher::read).
std::string_view builtin_matcher_image();

// How many concepts the default termbase has: a cheap first test of whether a lexicon is it.
size_t builtin_concept_count();

}  // namespace termnorm
