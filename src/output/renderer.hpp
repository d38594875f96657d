// The renderer: assembles one line of output from the input line and the rewriter's
// replacements, applying the target language's typography at every seam: sentence case and
// Title Case for English, spaces between words, "a"/"an", punctuation converted to the target
// language's, and no spaces between Chinese characters. Text away from the seams is copied
// as it is. It records every change it makes as an Edit, the seam spaces it adds and drops
// included (`seam_spaces.hpp`): the input with the edits applied is the output.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rewriter/token.hpp"
#include "termnorm/normalizer.hpp"

namespace termnorm::output {

struct LineRendering {
  std::string text;
  std::vector<Edit> edits;  // offsets relative to the line
};

// Renders `line` (no line terminator) into the target language. `heading` tells whether the
// line is a heading (text::is_heading), for a caller that knows it already.
LineRendering render_line(std::string_view line, const std::vector<rewriter::Replacement>& replacements,
                          Language target);
LineRendering render_line(std::string_view line, const std::vector<rewriter::Replacement>& replacements,
                          Language target, bool heading);

}  // namespace termnorm::output
