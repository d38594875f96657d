// The lexicon image: a Lexicon as a compact byte string, so that the default termbase can be
// compiled at build time and loaded at start-up without parsing YAML. The format is private
// to one build of termnorm (the image and its reader are compiled together): no versioning
// across releases, only a magic tag that catches a foreign or truncated image.
#pragma once

#include <string>
#include <string_view>

#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon_image {

// Every concept and rule of `lexicon`, with their source positions, as bytes.
std::string write(const Lexicon& lexicon);

// The Lexicon that write() encoded. Throws Error when `image` is not one.
Lexicon read(std::string_view image);

}  // namespace termnorm::lexicon_image
