// JSON Lines inputs: per-line records, --on-error, report gathering.
#include "cli/jsonl_input.hpp"

namespace termnorm::cli {

JsonlInput::JsonlInput(const RunContext& context, output::InputReport& report)
    : context_(context),
      report_(report),
      filter_(context.normalizer, context.cmd.options, context.cmd.field, context.cmd.mark) {}

bool JsonlInput::add_line(std::string_view line, bool has_break, std::string& out, std::vector<std::string>& notes) {
  ++line_number_;
  JsonlFilter::Record record = filter_.process(line);
  if (!record.error.empty()) {
    const std::string message = report_.name + ':' + std::to_string(line_number_) +
                                (record.error_column ? ':' + std::to_string(record.error_column) : "") + ": " +
                                record.error;
    switch (context_.cmd.on_json_error) {
      case OnJsonError::fail:
        report_.error = message;
        return false;
      case OnJsonError::skip:
        notes.push_back(message + " (line skipped)");
        return true;
      case OnJsonError::pass:
        notes.push_back(message + " (line copied)");
        out.append(line).append(has_break ? "\n" : "");
        return true;
    }
  }
  for (Edit& e : record.result.edits) e.line = line_number_;
  for (Residual& r : record.result.residuals) r.line = line_number_;
  if (record.result.invalid_replaced.count > 0) record.result.invalid_replaced.line = line_number_;
  report_.changed = report_.changed || record.changed;
  output::add_to_report(report_, record.result);
  out += record.line;
  if (has_break) out += '\n';
  return true;
}

}  // namespace termnorm::cli
