// --jsonl: one JSON object per line; the string at a dotted field path is normalized, every
// other field and the order of the fields kept. Records are independent: no state passes from
// one line to the next, so the filter can run on any split of the input (GNU parallel,
// Hadoop Streaming, Spark's pipe).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "output/residual_marks.hpp"
#include "termnorm/normalizer.hpp"

namespace termnorm::cli {

class JsonlFilter {
 public:
  // `field` is a dotted path ("text", "doc.body"); `mark` wraps what is left untranslated.
  JsonlFilter(const Normalizer& normalizer, const Options& options, std::string_view field,
              std::optional<output::MarkStyle> mark);

  struct Record {
    std::string line;    // the record to write (without a line break); empty on error
    std::string error;   // why the line is malformed ("malformed JSON"); empty when it is not
    size_t error_column = 0;  // where in the line, when known (invalid UTF-8); 0 otherwise
    Result result;       // the field's normalization
    bool changed = false;
  };

  // Processes one input line (its line break removed). A blank line is kept as it is.
  // Invalid UTF-8 anywhere in the line is an error at its column, or, with
  // InvalidUtf8::replace, replaced by U+FFFD before the record is read (counted in the
  // result's invalid_replaced).
  Record process(std::string_view line) const;

 private:
  const Normalizer& normalizer_;
  Options options_;
  std::vector<std::string> path_;
  std::optional<output::MarkStyle> mark_;
};

}  // namespace termnorm::cli
