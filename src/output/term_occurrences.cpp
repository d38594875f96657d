// Matching a document line by line and placing each match at its line and column.
#include "output/term_occurrences.hpp"

#include "termnorm/error.hpp"
#include "text/english.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::output {
namespace {

size_t column_after(std::string_view line, size_t from, size_t to, size_t column) {
  for (size_t i = from; i < to; ++i) column += (static_cast<unsigned char>(line[i]) & 0xC0u) != 0x80u;
  return column;
}

}  // namespace

std::vector<TermOccurrence> find_term_occurrences(const Lexicon& lexicon, const matcher::Matcher& matcher,
                                                  std::string_view text) {
  if (const size_t bad = text::find_invalid(text); bad != std::string_view::npos) {
    const text::LineColumn at = text::line_column(text, bad);
    throw InputError({"<input>", at.line, at.column}, "invalid UTF-8");
  }
  std::vector<TermOccurrence> found;
  size_t line_number = 1;
  for (size_t start = 0; start <= text.size(); ++line_number) {
    size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    size_t column = 1, counted = 0;
    for (const matcher::Match& m : matcher.find_all(line)) {
      size_t length;
      const Language script = text::is_han(text::decode(line, m.begin, length)) ? Language::zh : Language::en;
      const matcher::Entry& entry = matcher.best_entry(m, script);
      const Concept& concept_entry = lexicon.concepts()[entry.concept_index];
      // General words are looked up in English only to write Chinese; they are not terms used.
      if (script == Language::en && concept_entry.kind == ConceptKind::word) continue;
      column = column_after(line, counted, m.begin, column);
      counted = m.begin;
      found.push_back({&concept_entry, &entry, start + m.begin, start + m.end, line_number,
                       column, line.substr(m.begin, m.end - m.begin)});
    }
    if (end == text.size()) break;
    start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return found;
}

std::string form_key(const TermOccurrence& occurrence) {
  if (occurrence.form->language == Language::zh) return std::string(occurrence.text);
  return text::singularize(matcher::Matcher::fold_key(occurrence.form->form));
}

}  // namespace termnorm::output
