// The spaces the renderer adds and drops at seams, as edits of kind `spacing`, so that the
// input with every edit applied is the output byte for byte. The renderer decides spacing
// while it writes ("干细胞和 T cells" -> "stem cells and T cells": a space after "and";
// "x ，" -> "x,": the space before the comma dropped); this pass compares what the edits
// explain with what was written and records the difference.
#pragma once

#include <string_view>

#include "output/renderer.hpp"

namespace termnorm::output {

// Completes `rendering` of `line`: an added space becomes an insertion (empty source) at its
// place in the input, a dropped input space a deletion; a space added or dropped inside an
// edit's own result goes into that result. The output text is not changed.
void record_seam_spaces(std::string_view line, LineRendering& rendering);

}  // namespace termnorm::output
