// --mark-residual: wraps each span left in the other language in visible marks, so a
// translator sees at a glance what termnorm could not translate.
#pragma once

#include <string>

#include "termnorm/normalizer.hpp"

namespace termnorm::output {

enum class MarkStyle {
  brackets,  // ⟦…⟧
  html,      // <mark lang="zh">…</mark> (the span's language)
};

// `result.text` with each residual span wrapped in marks of `style`.
std::string mark_residuals(const Result& result, MarkStyle style);

}  // namespace termnorm::output
