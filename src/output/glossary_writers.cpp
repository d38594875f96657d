// Glossary output: the table by hand, CSV and TBX through the termbase tools' writers.
#include "output/glossary_writers.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "lexicon/csv.hpp"
#include "lexicon/csv_format.hpp"
#include "lexicon/tbx_format.hpp"
#include "text/utf8.hpp"

namespace termnorm::output {
namespace {

// Terminal columns of `s`: two for East Asian wide and full-width characters, one otherwise.
size_t display_width(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    const char32_t cp = text::decode(s, i, len);
    const auto east_asian = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
    width += east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
    i += len;
  }
  return width;
}

std::string forms_used(const GlossaryEntry& entry) {
  std::string out;
  for (const UsedForm& f : entry.forms) {
    if (!out.empty()) out += ", ";
    out += f.text;
    if (f.role != matcher::FormRole::preferred) out += " (" + std::string(to_string(f.role)) + ")";
    out += " ×" + std::to_string(f.count);
  }
  return out;
}

std::string forms_used(const GlossaryEntry& entry, Language language) {
  std::string out;
  for (const UsedForm& f : entry.forms) {
    if (f.language != language) continue;
    if (!out.empty()) out += '|';
    out += f.text + " (" + std::to_string(f.count) + ")";
  }
  return out;
}

}  // namespace

void write_glossary_table(std::ostream& out, const std::vector<GlossaryEntry>& entries) {
  std::vector<std::vector<std::string>> rows = {{"concept", "English", "Chinese", "count", "first", "forms used"}};
  for (const GlossaryEntry& e : entries) {
    rows.push_back({e.concept_entry->id, e.concept_entry->en.term, e.concept_entry->zh.term, std::to_string(e.count),
                    e.first.to_string(), forms_used(e)});
  }
  std::vector<size_t> widths(rows.front().size(), 0);
  for (const auto& row : rows) {
    for (size_t k = 0; k < row.size(); ++k) widths[k] = std::max(widths[k], display_width(row[k]));
  }
  for (const auto& row : rows) {
    std::string line;
    for (size_t k = 0; k < row.size(); ++k) {
      line += row[k];
      if (k + 1 < row.size()) line += std::string(widths[k] - display_width(row[k]) + 2, ' ');
    }
    out << line << '\n';
  }
}

void write_glossary_csv(std::ostream& out, const std::vector<GlossaryEntry>& entries) {
  std::vector<std::string> header = lexicon::concept_csv_columns();
  header.insert(header.end(), {"count", "first", "en_used", "zh_used"});
  lexicon::write_csv_record(out, header);
  for (const GlossaryEntry& e : entries) {
    std::vector<std::string> fields = lexicon::concept_csv_fields(*e.concept_entry);
    fields.insert(fields.end(), {std::to_string(e.count), e.first.to_string(), forms_used(e, Language::en),
                                 forms_used(e, Language::zh)});
    lexicon::write_csv_record(out, fields);
  }
}

void write_glossary_tbx(std::ostream& out, const std::vector<GlossaryEntry>& entries, std::string_view description) {
  std::vector<const Concept*> concepts;
  for (const GlossaryEntry& e : entries) concepts.push_back(e.concept_entry);
  lexicon::export_tbx(out, concepts, description);
}

}  // namespace termnorm::output
