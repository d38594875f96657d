// A concessive clause's "but", dropped in English.
#include "rewriter/concessive_clauses.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "text/english.hpp"

namespace termnorm::rewriter {
namespace {

// The first word of `text`, lower case.
std::string first_word(std::string_view text) { return text::lowercase(text.substr(0, text.find(' '))); }

bool opens_concession(std::string_view english) {
  static constexpr std::array<std::string_view, 3> kConcessive = {"although", "though", "even though"};
  const std::string lower = text::lowercase(english);
  return std::any_of(kConcessive.begin(), kConcessive.end(), [&](std::string_view c) {
    return lower.size() >= c.size() && lower.compare(0, c.size(), c) == 0 &&
           (lower.size() == c.size() || lower[c.size()] == ' ');
  });
}

// Where the sentence whose first clause ends at the comma at `comma_begin` opens: after the
// sentence end before it (ASCII or full-width), past spaces, or the paragraph's start; npos
// when a comma or semicolon comes first (the clause is not the sentence's first). Reads back
// only to the nearest mark, so a paragraph's clauses are each read once.
size_t sentence_of_first_clause(std::string_view paragraph, size_t comma_begin) {
  static constexpr std::array<std::string_view, 5> kWideMarks = {"，", "。", "！", "？", "；"};
  size_t opens = 0;
  bool after_clause = false;
  for (size_t end = comma_begin; end > 0; --end) {  // a mark that ends at `end`
    const char last = paragraph[end - 1];
    if (last == ',' || last == '.' || last == '!' || last == '?' || last == ';') {
      opens = end;
      after_clause = last == ',' || last == ';';
      break;
    }
    const auto wide = std::find_if(kWideMarks.begin(), kWideMarks.end(), [&](std::string_view mark) {
      return end >= mark.size() && paragraph.substr(end - mark.size(), mark.size()) == mark;
    });
    if (wide != kWideMarks.end()) {
      opens = end;
      after_clause = *wide == "，" || *wide == "；";
      break;
    }
  }
  if (after_clause) return std::string_view::npos;
  const size_t first = paragraph.find_first_not_of(' ', opens);
  return first == std::string_view::npos ? paragraph.size() : first;
}

// Where the comma just before `begin` (past spaces) starts; npos when no comma stands there.
size_t comma_before(std::string_view paragraph, size_t begin) {
  size_t end = begin;
  while (end > 0 && paragraph[end - 1] == ' ') --end;
  if (end >= 1 && paragraph[end - 1] == ',') return end - 1;
  const std::string_view wide = "，";
  if (end >= wide.size() && paragraph.substr(end - wide.size(), wide.size()) == wide) return end - wide.size();
  return std::string_view::npos;
}

}  // namespace

void drop_but_after_concession(std::string_view paragraph, std::vector<Replacement>& replacements) {
  for (Replacement& but : replacements) {
    const std::string word = first_word(but.text);
    if (word != "but" && word != "yet") continue;
    const size_t comma = comma_before(paragraph, but.begin);
    if (comma == std::string_view::npos) continue;
    const size_t opens = sentence_of_first_clause(paragraph, comma);
    if (opens == std::string_view::npos) continue;
    // The clause opens with "although" as written, or holds the translation of 虽然 (这种疗法虽然
    // 有效 "this therapy, although effective").
    // The replacements are sorted and do not overlap: only those inside the clause are read.
    const auto from = std::lower_bound(replacements.begin(), replacements.end(), opens,
                                       [](const Replacement& r, size_t at) { return r.begin < at; });
    const auto to =
        std::lower_bound(from, replacements.end(), comma, [](const Replacement& r, size_t at) { return r.begin < at; });
    const bool concession =
        opens_concession(paragraph.substr(opens, comma - opens)) ||
        std::any_of(from, to, [&](const Replacement& r) { return r.end <= comma && opens_concession(r.text); });
    if (!concession) continue;
    but.text.erase(0, std::min(but.text.size(), word.size() + 1));
  }
}

}  // namespace termnorm::rewriter
