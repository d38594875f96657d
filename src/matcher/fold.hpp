// Folding of one code point for matching: case, width (full-width Latin), compatibility
// forms, Traditional to Simplified Chinese, and apostrophe look-alikes, as a table that the
// build generates from ICU. Lexicon keys and input text are folded by this same function.
#pragma once

#include <string_view>

namespace termnorm::matcher {

// Returns what `cp` folds to, as UTF-8. An empty result means the code point is ignorable
// (a soft hyphen, a zero-width space). Sets `identity` when the code point folds to itself,
// in which case the returned view is empty and the caller uses the code point as it is.
std::string_view fold(char32_t cp, bool& identity);

}  // namespace termnorm::matcher
