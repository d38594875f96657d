// The default termbase as a lexicon image, generated at build time from lexicon/*.yaml by
// lexicon_image_generator and compiled into the library.
#pragma once

#include <string_view>

namespace termnorm {

// The image of every default termbase file merged in file-name order.
std::string_view builtin_lexicon_image();

}  // namespace termnorm
