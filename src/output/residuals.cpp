// Residual spans and their ICU word breaks.
#include "output/residuals.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::output {
namespace {

std::vector<std::string> words_of(std::string_view span) {
  std::vector<std::string> words;
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::BreakIterator> breaker(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (!breaker || U_FAILURE(status)) return {std::string(span)};
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(span.data(), static_cast<int32_t>(span.size())));
  breaker->setText(text);
  int32_t start = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
    if (breaker->getRuleStatus() == UBRK_WORD_NONE) continue;
    std::string word;
    text.tempSubStringBetween(start, end).toUTF8String(word);
    words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

std::vector<Residual> find_residuals(std::string_view line, const std::vector<rewriter::Token>& tokens,
                                     Language target, bool with_words) {
  std::vector<Residual> found;
  auto foreign = [&](char32_t cp) {
    return target == Language::en ? text::is_han(cp) : text::is_latin_letter(cp);
  };
  // Inside a foreign span, these may join two foreign parts ("stem cell", "IL-10").
  auto joiner = [&](char32_t cp) {
    return target == Language::zh && (cp == ' ' || cp == '-' || (cp >= '0' && cp <= '9'));
  };
  size_t token = 0;
  size_t i = 0;
  size_t span_begin = std::string_view::npos, span_end = 0;
  auto close_span = [&] {
    if (span_begin == std::string_view::npos) return;
    const std::string_view s = line.substr(span_begin, span_end - span_begin);
    found.push_back({.begin = span_begin, .end = span_end, .text = std::string(s),
                     .words = with_words ? words_of(s) : std::vector<std::string>()});
    span_begin = std::string_view::npos;
  };
  while (i < line.size()) {
    while (token < tokens.size() && tokens[token].end <= i) ++token;
    if (token < tokens.size() && tokens[token].begin <= i) {
      close_span();
      i = tokens[token].end;
      continue;
    }
    size_t len;
    const char32_t cp = text::decode(line, i, len);
    if (foreign(cp)) {
      if (span_begin == std::string_view::npos) span_begin = i;
      span_end = i + len;
    } else if (!(span_begin != std::string_view::npos && joiner(cp))) {
      close_span();
    }
    i += len;
  }
  close_span();
  return found;
}

}  // namespace termnorm::output
