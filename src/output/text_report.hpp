// The human-readable report (--report=text): every edit and every residual span of one input
// as "file:line:col: ..." lines, which editors can jump to, then a line of totals.
#pragma once

#include <ostream>

#include "output/input_report.hpp"

namespace termnorm::output {

void write_text_report(std::ostream& out, const InputReport& report);

}  // namespace termnorm::output
