// Bookkeeping shared by the batch and the stream runs.
#include "cli/run_context.hpp"

#include <iostream>

namespace termnorm::cli {

void print_error(const std::string& message) { std::cerr << "termnorm: " << message << '\n'; }

void RunContext::finish_input(const output::InputReport& report) {
  if (!report.error.empty()) {
    print_error(report.error);
    failed = true;
  }
  found_work = found_work || report.changed || report.residual_count > 0;
  totals.add(report);
  reports.add(report);
}

}  // namespace termnorm::cli
