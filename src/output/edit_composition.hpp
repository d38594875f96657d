// Two renderings in a row as one: a line rendered into `first`, whose text was rendered again
// into `second`, gives the edits from the line straight to the second text. Each edit of the
// second run, widened to the first run's edits it touches, becomes one edit of the line;
// the first run's edits it does not touch stay as they are.
#pragma once

#include <string_view>

#include "output/renderer.hpp"

namespace termnorm::output {

// `first` renders `line`; `second` renders first.text. Both have edits that rebuild their
// text exactly (in order, not overlapping). Returns the rendering of `line` into second.text.
LineRendering compose_renderings(std::string_view line, const LineRendering& first, const LineRendering& second);

}  // namespace termnorm::output
