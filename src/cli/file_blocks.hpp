// One large file normalized on -j threads: its lines cut into blocks, the blocks normalized at
// once and joined in order, with the Result of Normalizer::normalize() on the whole text.
#pragma once

#include <string_view>

#include "termnorm/normalizer.hpp"

namespace termnorm::cli {

// normalize(text, options), on `jobs` threads (a text of one block on this one); throws
// InputError as it does.
Result normalize_in_blocks(const Normalizer& normalizer, std::string_view text, const Options& options, unsigned jobs);

}  // namespace termnorm::cli
