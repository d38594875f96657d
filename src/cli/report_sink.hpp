// Where --report goes: each input's report, as text or JSON, to standard error or to a file
// (written atomically when the run ends); or the HTML review page, to a file.
#pragma once

#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "cli/command_line.hpp"
#include "output/html_report.hpp"
#include "output/input_report.hpp"
#include "output/json_report.hpp"

namespace termnorm::cli {

class ReportSink {
 public:
  // `lexicon` (for the HTML page's concept cards) must outlive the sink.
  ReportSink(ReportFormat format, const std::string& path, const Lexicon& lexicon);

  bool enabled() const { return format_ != ReportFormat::none; }
  // Whether reports must keep the input and output texts (InputReport::keep_texts).
  bool needs_texts() const { return format_ == ReportFormat::html; }
  void add(const output::InputReport& report);

  // Writes the totals (JSON) and the file; returns an error message or nothing.
  std::optional<std::string> finish(const output::RunTotals& totals);

 private:
  ReportFormat format_;
  std::string path_;
  std::ostringstream buffer_;  // the report when it goes to a file
  std::ostream* out_;
  std::unique_ptr<output::JsonReportWriter> json_;
  std::unique_ptr<output::HtmlReportWriter> html_;
};

}  // namespace termnorm::cli
