// Gathering an InputReport from normalizer results.
#include "output/input_report.hpp"

#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::output {
namespace {

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  return n;
}

size_t count_letters(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    const char32_t cp = text::decode(s, i, len);
    n += text::is_han(cp) || text::is_latin_letter(cp);
    i += len;
  }
  return n;
}

}  // namespace

void add_to_report(InputReport& report, const Result& result) {
  report.target = result.target;
  report.edit_count += result.edits.size();
  report.residual_count += result.residuals.size();
  for (const Residual& r : result.residuals) report.residual_characters += count_code_points(r.text);
  if (report.keep_details) {
    report.edits.insert(report.edits.end(), result.edits.begin(), result.edits.end());
    report.residuals.insert(report.residuals.end(), result.residuals.begin(), result.residuals.end());
  }
  report.letters += count_letters(result.text);
  if (result.invalid_replaced.count > 0) {
    if (report.invalid_replaced.count == 0) report.invalid_replaced = result.invalid_replaced;
    else report.invalid_replaced.count += result.invalid_replaced.count;
  }
  if (report.keep_texts) report.output_text += result.text;
}

void RunTotals::add(const InputReport& report) {
  ++files;
  if (!report.error.empty()) {
    ++errors;
    return;
  }
  changed += report.changed;
  with_untranslated += report.residual_count > 0;
  replacements += report.edit_count;
  untranslated_spans += report.residual_count;
  untranslated_characters += report.residual_characters;
  invalid_utf8_replaced += report.invalid_replaced.count;
}

double target_share(const InputReport& report) {
  if (report.letters == 0 || report.residual_characters >= report.letters) {
    return report.letters == 0 ? 1.0 : 0.0;
  }
  return 1.0 - static_cast<double>(report.residual_characters) / static_cast<double>(report.letters);
}

}  // namespace termnorm::output
