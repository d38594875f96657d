// Finding what a line leaves in the other language: Han text in English output, Latin words
// in Chinese output, outside every lexicon match. ICU's word breaks cut each span into words
// for the report (they are never used to decide a match).
#pragma once

#include <string_view>
#include <vector>

#include "rewriter/token.hpp"
#include "termnorm/normalizer.hpp"

namespace termnorm::output {

// Residual spans of `line` (offsets relative to it), in order; each with its words when
// `with_words`.
std::vector<Residual> find_residuals(std::string_view line, const std::vector<rewriter::Token>& tokens,
                                     Language target, bool with_words = true);

}  // namespace termnorm::output
