// Residual marks, inserted at the residuals' output offsets.
#include "output/residual_marks.hpp"

namespace termnorm::output {

std::string mark_residuals(const Result& result, MarkStyle style) {
  // A residual is in the language that is not the target.
  const std::string open = style == MarkStyle::brackets ? "⟦"
                           : result.target == Language::en ? "<mark lang=\"zh\">"
                                                            : "<mark lang=\"en\">";
  const std::string close = style == MarkStyle::brackets ? "⟧" : "</mark>";
  std::string marked;
  marked.reserve(result.text.size() + result.residuals.size() * (open.size() + close.size()));
  size_t copied = 0;
  for (const Residual& r : result.residuals) {
    // A span is marked only where the output holds its text, so marks never cut a character.
    if (r.output_begin < copied || result.text.compare(r.output_begin, r.output_end - r.output_begin, r.text) != 0) {
      continue;
    }
    marked.append(result.text, copied, r.output_begin - copied);
    marked += open;
    marked.append(result.text, r.output_begin, r.output_end - r.output_begin);
    marked += close;
    copied = r.output_end;
  }
  marked.append(result.text, copied);
  return marked;
}

}  // namespace termnorm::output
