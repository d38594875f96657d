// The Normalizer facade: compiles the pipeline once, then runs it line by line over a
// document — matcher → rewriter → renderer — keeping the document's state between lines.
#include "termnorm/normalizer.hpp"

#include "matcher/matcher.hpp"
#include "output/renderer.hpp"
#include "output/residuals.hpp"
#include "rewriter/rewriter.hpp"
#include "rewriter/rule_set.hpp"
#include "text/layout.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm {

std::string_view to_string(EditKind kind) {
  switch (kind) {
    case EditKind::term: return "term";
    case EditKind::phrase: return "phrase";
    case EditKind::word: return "word";
    case EditKind::rule: return "rule";
    case EditKind::gloss: return "gloss";
    case EditKind::punctuation: return "punctuation";
    case EditKind::spacing: return "spacing";
  }
  return "term";
}

Language detect_language(std::string_view text) {
  size_t han = 0, latin = 0;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    const char32_t cp = text::decode(text, i, len);
    if (text::is_han(cp)) ++han;
    else if (text::is_latin_letter(cp)) ++latin;
    i += len;
  }
  return han * 3 > latin ? Language::zh : Language::en;
}

struct Normalizer::Compiled {
  explicit Compiled(const Lexicon& l)
      : lexicon(l),
        matcher(lexicon),
        zh_rules(lexicon.rules(), Language::zh),
        en_rules(lexicon.rules(), Language::en),
        rewriter(lexicon, matcher, zh_rules, en_rules) {}

  Lexicon lexicon;
  matcher::Matcher matcher;
  rewriter::RuleSet zh_rules;  // rules that read Chinese (used for English output)
  rewriter::RuleSet en_rules;  // rules that read English (used for Chinese output)
  rewriter::Rewriter rewriter;
};

Normalizer::Normalizer(const Lexicon& lexicon) : compiled_(std::make_unique<const Compiled>(lexicon)) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

const Lexicon& Normalizer::lexicon() const { return compiled_->lexicon; }

Result Normalizer::normalize(std::string_view input, const Options& options) const {
  if (const size_t bad = text::find_invalid(input); bad != std::string_view::npos) {
    const auto at = text::line_column(input, bad);
    throw InputError({"<input>", at.line, at.column}, "invalid UTF-8");
  }
  Result result;
  result.target = options.target == Target::en   ? Language::en
                  : options.target == Target::zh ? Language::zh
                                                 : detect_language(input);
  result.text.reserve(input.size() + input.size() / 8);
  rewriter::DocumentState state;
  size_t start = 0;
  while (start < input.size()) {
    size_t end = input.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(start, end - start);
    const rewriter::ParagraphPlan plan =
        compiled_->rewriter.plan(line, result.target, options.unify, text::is_heading(line), state);
    output::LineRendering rendered = output::render_line(line, plan.replacements, result.target);
    result.text += rendered.text;
    for (Edit& e : rendered.edits) {
      e.begin += start;
      e.end += start;
      result.edits.push_back(std::move(e));
    }
    for (Residual& r : output::find_residuals(line, plan.tokens, result.target)) {
      r.begin += start;
      r.end += start;
      result.residuals.push_back(std::move(r));
    }
    // The line terminator, as it was: \n, \r\n or \r.
    size_t next = end;
    if (next < input.size() && input[next] == '\r') ++next;
    if (next < input.size() && input[next] == '\n' && (next == end || input[end] == '\r')) ++next;
    result.text.append(input.substr(end, next - end));
    start = next;
  }
  return result;
}

}  // namespace termnorm
