// The RFC 4180 reader (a small state machine over bytes) and writer.
#include "lexicon/csv.hpp"

#include "termnorm/error.hpp"

namespace termnorm::lexicon {

std::vector<CsvRecord> read_csv(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CsvRecord> records;
  CsvRecord record{1, {}};
  std::string field;
  size_t line = 1;
  bool quoted = false;        // inside a quoted field
  bool after_quote = false;   // a quoted field just closed: only a separator may follow
  bool field_started = false;
  auto end_field = [&] {
    record.fields.push_back(std::move(field));
    field.clear();
    after_quote = false;
    field_started = false;
  };
  auto end_record = [&] {
    const bool blank = record.fields.size() == 1 && record.fields[0].empty();
    if (!blank) records.push_back(std::move(record));
    record = CsvRecord{line, {}};
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
          after_quote = true;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == ',') {
      end_field();
      field_started = true;
      continue;
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == '\n') {
      end_field();
      ++line;
      end_record();
      continue;
    }
    if (after_quote) throw Error("line " + std::to_string(line) + ": text after a closing quote");
    if (c == '"' && field.empty() && !quoted) {
      quoted = true;
      field_started = true;
      continue;
    }
    field += c;
    field_started = true;
  }
  if (quoted) throw Error("line " + std::to_string(record.line) + ": a quoted field is not closed");
  if (field_started || !field.empty() || !record.fields.empty()) {
    end_field();
    end_record();
  }
  return records;
}

void write_csv_record(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    const std::string& f = fields[i];
    const bool quote = f.find_first_of(",\"\r\n") != std::string::npos ||
                       (!f.empty() && (f.front() == ' ' || f.back() == ' '));
    if (!quote) {
      out << f;
      continue;
    }
    out << '"';
    for (char c : f) {
      if (c == '"') out << '"';
      out << c;
    }
    out << '"';
  }
  out << "\r\n";
}

}  // namespace termnorm::lexicon
