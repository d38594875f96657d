// The review page (--report=html:PATH): one self-contained HTML file, with no network access,
// showing each input and its result side by side, line by line. Replacements are highlighted
// in both columns (class "edit"), spans left in the other language too (class "untranslated");
// hovering, focusing or clicking one shows the concept card (both languages' forms, kind, id),
// and so does opening the page as PAGE#concept=ID.
// The run's totals stand at the top. Every text from the inputs and the termbase is escaped.
//
// The page needs each input's text and output (InputReport::input_text and output_text) and
// its edits and residuals; it is written when the run ends, since the totals come first.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "output/input_report.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm::output {

class HtmlReportWriter {
 public:
  // `lexicon` supplies the concept cards and must outlive the writer; `out` too.
  HtmlReportWriter(std::ostream& out, const Lexicon& lexicon);

  // Adds one input's section (kept until finish()).
  void add(const InputReport& report);

  // Writes the page. Call once, last.
  void finish(const RunTotals& totals);

 private:
  std::ostream& out_;
  const Lexicon& lexicon_;
  std::string sections_;                  // the inputs' sections, as markup
  size_t section_count_ = 0;
  std::vector<std::string> concept_ids_;  // concepts and rules the edits name, in first-use order
};

// `s` with &, <, >, " and ' replaced by character references: safe in text and in quoted
// attribute values.
std::string html_escaped(std::string_view s);

}  // namespace termnorm::output
