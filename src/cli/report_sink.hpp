// Where --report goes: each input's report, as text or JSON, to standard error or to a file
// (written atomically when the run ends).
#pragma once

#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "cli/command_line.hpp"
#include "output/input_report.hpp"
#include "output/json_report.hpp"

namespace termnorm::cli {

class ReportSink {
 public:
  ReportSink(ReportFormat format, const std::string& path);

  bool enabled() const { return format_ != ReportFormat::none; }
  void add(const output::InputReport& report);

  // Writes the totals (JSON) and the file; returns an error message or nothing.
  std::optional<std::string> finish(const output::RunTotals& totals);

 private:
  ReportFormat format_;
  std::string path_;
  std::ostringstream buffer_;  // the report when it goes to a file
  std::ostream* out_;
  std::unique_ptr<output::JsonReportWriter> json_;
};

}  // namespace termnorm::cli
