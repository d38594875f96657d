// RFC 4180 comma-separated values: reading records (with the line each starts on, since a
// quoted field may hold line breaks) and writing fields, quoted only when they must be.
// Knows nothing of termbases.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace termnorm::lexicon {

struct CsvRecord {
  size_t line = 0;  // 1-based line on which the record starts
  std::vector<std::string> fields;
};

// Splits `text` into records. Accepts CRLF or LF line ends, a UTF-8 byte-order mark, and a
// missing final line end; skips empty lines. Throws Error naming the line of an unclosed
// quote or of text after a closing quote.
std::vector<CsvRecord> read_csv(std::string_view text);

// Writes one record, fields separated by commas and ended by CRLF (RFC 4180). A field with a
// comma, a quote, a line break or edge spaces is quoted, its quotes doubled.
void write_csv_record(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace termnorm::lexicon
