// Text report lines: "file:line:col: kind 'source' -> 'result' [id]".
#include "output/text_report.hpp"

#include "text/utf8.hpp"

namespace termnorm::output {

void write_text_report(std::ostream& out, std::string_view file, std::string_view input, const Result& result) {
  size_t replaced = 0;
  for (const Edit& e : result.edits) {
    if (e.kind == EditKind::spacing) continue;
    ++replaced;
    const auto at = text::line_column(input, e.begin);
    out << file << ':' << at.line << ':' << at.column << ": " << to_string(e.kind) << " '" << e.source
        << "' -> '" << e.result << "'";
    if (!e.concept_id.empty()) out << " [" << e.concept_id << "]";
    out << '\n';
  }
  size_t residual_chars = 0;
  for (const Residual& r : result.residuals) {
    const auto at = text::line_column(input, r.begin);
    out << file << ':' << at.line << ':' << at.column << ": untranslated '" << r.text << "'";
    if (r.words.size() > 1) {
      out << " (words:";
      for (const auto& w : r.words) out << ' ' << w;
      out << ')';
    }
    out << '\n';
    residual_chars += text::line_column(r.text, r.text.size()).column - 1;
  }
  out << file << ": " << replaced << " replacements, " << result.residuals.size() << " untranslated spans ("
      << residual_chars << " characters), output in " << to_string(result.target) << '\n';
}

}  // namespace termnorm::output
