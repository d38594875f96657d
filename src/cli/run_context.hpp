// What the two ways of running (a batch of files, a stream on stdin) share: the parsed
// command line, the compiled normalizer, and where output, reports and totals go.
#pragma once

#include "cli/command_line.hpp"
#include "cli/output_sink.hpp"
#include "cli/report_sink.hpp"
#include "output/input_report.hpp"
#include "termnorm/normalizer.hpp"

namespace termnorm::cli {

struct RunContext {
  const CommandLine& cmd;
  const Normalizer& normalizer;
  OutputSink& out;
  ReportSink& reports;
  output::RunTotals& totals;
  bool found_work = false;  // --check: a file would change or holds untranslated text
  bool failed = false;      // an input could not be read, normalized or written

  // Takes in the report of an input that is done: its error shown, the totals and the
  // report updated.
  void finish_input(const output::InputReport& report);
};

// Prints "termnorm: MESSAGE" on standard error.
void print_error(const std::string& message);

}  // namespace termnorm::cli
