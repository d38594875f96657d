// The human-readable report (--report): every edit and every residual span of one input,
// with line:column positions, then totals. Consumes a Result only.
#pragma once

#include <ostream>
#include <string_view>

#include "termnorm/normalizer.hpp"

namespace termnorm::output {

void write_text_report(std::ostream& out, std::string_view file, std::string_view input, const Result& result);

}  // namespace termnorm::output
