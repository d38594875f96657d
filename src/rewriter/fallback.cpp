// The word-by-word fallback: ICU word breaks over uncovered Chinese, each word looked up.
#include "rewriter/fallback.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <string>

#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::rewriter {
namespace {

struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// The words of `text` (byte spans relative to it) at ICU's Chinese word breaks.
std::vector<Span> icu_words(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::BreakIterator> breaker(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (!breaker || U_FAILURE(status)) return {{0, text.size()}};
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  breaker->setText(u);
  std::vector<Span> words;
  size_t byte = 0;
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
    std::string piece;
    u.tempSubStringBetween(start, end).toUTF8String(piece);
    words.push_back({byte, byte + piece.size()});
    byte += piece.size();
  }
  return words;
}

// The runs of Han characters no token covers, in order.
std::vector<Span> uncovered_han(std::string_view line, const std::vector<Token>& tokens) {
  std::vector<Span> gaps;
  for (size_t i = 0, token = 0; i < line.size();) {
    while (token < tokens.size() && tokens[token].end <= i) ++token;
    if (token < tokens.size() && tokens[token].begin <= i) {
      i = tokens[token].end;
      continue;
    }
    size_t len;
    if (text::is_han(text::decode(line, i, len))) {
      if (!gaps.empty() && gaps.back().end == i) gaps.back().end = i + len;
      else gaps.push_back({i, i + len});
    }
    i += len;
  }
  return gaps;
}

// The lexicon's match for a whole word, as it stands or as the lexicon writes an adjective
// (with 的: 大 → 大的); false when there is none.
bool look_up(std::string_view word, const matcher::Matcher& matcher, matcher::Match& found) {
  for (const std::string& form : {std::string(word), std::string(word) + "的"}) {
    const std::vector<matcher::Match> matches = matcher.find_all(form);
    if (matches.size() == 1 && matches[0].begin == 0 && matches[0].end == form.size()) {
      found = matches[0];
      return true;
    }
  }
  return false;
}

// Renders the ICU words of one uncovered run that the lexicon knows, adding a token and a
// fallback replacement for each. Returns whether it rendered any.
bool gloss_gap(std::string_view line, const Lexicon& lexicon, const matcher::Matcher& matcher, Span gap,
               ParagraphPlan& plan) {
  const std::string_view text = line.substr(gap.begin, gap.end - gap.begin);
  bool rendered = false;
  for (const Span& w : icu_words(text)) {
    matcher::Match m;
    if (!look_up(text.substr(w.begin, w.end - w.begin), matcher, m)) continue;
    Token t;
    t.begin = gap.begin + w.begin;
    t.end = gap.begin + w.end;
    t.entry = &matcher.best_entry(m, Language::en);
    t.matched_concept = &lexicon.concepts()[t.entry->concept_index];
    const LanguageForms& en = t.matched_concept->en;
    auto token_at = std::lower_bound(plan.tokens.begin(), plan.tokens.end(), t.begin,
                                     [](const Token& o, size_t at) { return o.begin < at; });
    plan.tokens.insert(token_at, t);
    auto replacement_at = std::lower_bound(plan.replacements.begin(), plan.replacements.end(), t.begin,
                                           [](const Replacement& o, size_t at) { return o.begin < at; });
    plan.replacements.insert(replacement_at, Replacement{t.begin, t.end, en.term, EditKind::fallback,
                                                         t.matched_concept->id, en.definite_article});
    rendered = true;
  }
  return rendered;
}

}  // namespace

void apply_gloss_fallback(std::string_view line, const Lexicon& lexicon, const matcher::Matcher& matcher,
                          ParagraphPlan& plan) {
  // Until nothing changes, so that the Chinese left behind is what a second run finds, and
  // normalizing twice changes nothing.
  for (bool rewrote = true; rewrote;) {
    rewrote = false;
    for (const Span& gap : uncovered_han(line, plan.tokens)) rewrote = gloss_gap(line, lexicon, matcher, gap, plan) || rewrote;
  }
}

}  // namespace termnorm::rewriter
