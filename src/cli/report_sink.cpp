// Report destinations: stderr as the run goes, or a file at the end.
#include "cli/report_sink.hpp"

#include <iostream>

#include "cli/atomic_write.hpp"
#include "output/text_report.hpp"

namespace termnorm::cli {

ReportSink::ReportSink(ReportFormat format, const std::string& path, const Lexicon& lexicon)
    : format_(format), path_(path), out_(path.empty() ? &std::cerr : &buffer_) {
  if (format_ == ReportFormat::json) json_ = std::make_unique<output::JsonReportWriter>(*out_);
  if (format_ == ReportFormat::html) html_ = std::make_unique<output::HtmlReportWriter>(*out_, lexicon);
}

void ReportSink::add(const output::InputReport& report) {
  if (format_ == ReportFormat::text) output::write_text_report(*out_, report);
  else if (json_) json_->add(report);
  else if (html_) html_->add(report);
}

std::optional<std::string> ReportSink::finish(const output::RunTotals& totals) {
  if (json_) json_->finish(totals);
  if (html_) html_->finish(totals);
  if (!enabled() || path_.empty()) return std::nullopt;
  if (auto error = write_atomically(path_, buffer_.str())) return path_ + ": " + *error;
  return std::nullopt;
}

}  // namespace termnorm::cli
