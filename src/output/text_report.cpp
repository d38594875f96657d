// Text report lines: "file:line:col: kind 'source' -> 'result' [id]".
#include "output/text_report.hpp"

namespace termnorm::output {

void write_text_report(std::ostream& out, const InputReport& report) {
  const std::string& file = report.name;
  if (!report.error.empty()) {
    out << report.error << '\n';
    return;
  }
  const InvalidUtf8Replaced& invalid = report.invalid_replaced;
  if (invalid.count > 0) {
    out << file << ':' << invalid.line << ':' << invalid.column << ": invalid UTF-8 replaced by U+FFFD ("
        << invalid.count << (invalid.count == 1 ? " sequence" : " sequences in all") << ")\n";
  }
  size_t replaced = 0;
  for (const Edit& e : report.edits) {
    if (e.kind == EditKind::spacing) continue;
    ++replaced;
    out << file << ':' << e.line << ':' << e.column << ": " << to_string(e.kind) << " '" << e.source << "' -> '"
        << e.result << "'";
    if (!e.concept_id.empty()) out << " [" << e.concept_id << "]";
    if (e.kind == EditKind::fallback) out << " (low confidence)";
    out << '\n';
  }
  for (const Residual& r : report.residuals) {
    out << file << ':' << r.line << ':' << r.column << ": untranslated '" << r.text << "'";
    if (r.words.size() > 1) {
      out << " (words:";
      for (const auto& w : r.words) out << ' ' << w;
      out << ')';
    }
    out << '\n';
  }
  out << file << ": " << replaced << " replacements, " << report.residual_count << " untranslated spans ("
      << report.residual_characters << " characters), output in " << to_string(report.target) << '\n';
}

}  // namespace termnorm::output
