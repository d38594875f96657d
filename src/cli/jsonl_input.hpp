// One JSON Lines input, line by line, whether it is a whole file or a stream: each record goes
// through the JsonlFilter, a malformed one is handled as --on-error says, and the report of
// the input gathers the records' edits (their line: the record's line).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/jsonl_filter.hpp"
#include "cli/run_context.hpp"

namespace termnorm::cli {

class JsonlInput {
 public:
  // `report` (its name set) must outlive this object.
  JsonlInput(const RunContext& context, output::InputReport& report);

  // Handles the next line (`has_break`: it ended with "\n"), appending what to write to `out`
  // and notes to `notes`. Returns false when the input must stop here: a malformed line under
  // --on-error=fail, which sets the report's error.
  bool add_line(std::string_view line, bool has_break, std::string& out, std::vector<std::string>& notes);

 private:
  const RunContext& context_;
  output::InputReport& report_;
  JsonlFilter filter_;
  size_t line_number_ = 0;
};

}  // namespace termnorm::cli
