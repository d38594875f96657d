// Typography at the seams between replaced and untouched text.
#include "output/renderer.hpp"

#include <algorithm>
#include <cctype>

#include "output/seam_spaces.hpp"

#include "text/english.hpp"
#include "text/layout.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::output {
namespace {

using text::decode;
using text::decode_before;

// English punctuation for a Chinese (full-width) mark, and how it spaces.
enum class Spacing { none, closing, opening };
struct Converted {
  std::string_view text;
  Spacing spacing = Spacing::none;
};

Converted english_punctuation(char32_t cp) {
  switch (cp) {
    case U'，': case U'、': return {",", Spacing::closing};
    case U'。': return {".", Spacing::closing};
    case U'：': return {":", Spacing::closing};
    case U'；': return {";", Spacing::closing};
    case U'！': return {"!", Spacing::closing};
    case U'？': return {"?", Spacing::closing};
    case U'）': return {")", Spacing::closing};
    case U'】': return {"]", Spacing::closing};
    case U'》': case U'」': return {"”", Spacing::closing};
    case U'』': return {"’", Spacing::closing};
    case U'（': return {"(", Spacing::opening};
    case U'【': return {"[", Spacing::opening};
    case U'《': case U'「': return {"“", Spacing::opening};
    case U'『': return {"‘", Spacing::opening};
    case U'～': return {"~", Spacing::none};
    case 0x3000: return {" ", Spacing::none};
    default: return {};
  }
}

char32_t last_char(const std::string& s) {
  if (s.empty()) return 0;
  size_t len;
  return decode_before(s, s.size(), len);
}

bool opens_word(char32_t cp) {
  return text::is_word_char(cp) || cp == '(' || cp == U'“' || cp == '[';
}

// Whether English needs a space between `prev` and `next` at a seam.
bool needs_space(char32_t prev, char32_t next) {
  if (prev == 0 || prev == ' ' || prev == '\t' || prev == '(' || prev == '[' || prev == U'“' ||
      prev == U'‘' || prev == '-' || prev == '/' || prev == 0xA0) {
    return false;
  }
  const bool prev_ok = text::is_word_char(prev) || std::u32string_view(U",.;:!?)]”’%").find(prev) != std::u32string_view::npos;
  return prev_ok && opens_word(next);
}

class LineRenderer {
 public:
  LineRenderer(std::string_view line, Language target, bool heading) : line_(line), target_(target), heading_(heading) {
    list_item_ = text::list_marker_length(line) > 0;
  }

  LineRendering run(const std::vector<rewriter::Replacement>& replacements) {
    size_t cursor = 0;
    for (size_t i = 0; i < replacements.size(); ++i) {
      const auto& r = replacements[i];
      const std::string_view next = r.text;
      gap(cursor, r.begin, next.empty() && i + 1 < replacements.size() ? std::string_view() : next);
      replacement(r);
      cursor = r.end;
    }
    gap(cursor, line_.size(), {});
    return std::move(result_);
  }

 private:
  std::string& out() { return result_.text; }

  void record(size_t begin, size_t end, std::string result, EditKind kind, std::string id = {}) {
    result_.edits.push_back({.begin = begin,
                             .end = end,
                             .source = std::string(line_.substr(begin, end - begin)),
                             .result = std::move(result),
                             .concept_id = std::move(id),
                             .kind = kind});
  }

  bool at_line_start() {
    const std::string& o = out();
    size_t end = o.size();
    while (end > 0 && o[end - 1] == ' ') --end;
    if (end == 3 && o.compare(0, 3, "\xEF\xBB\xBF") == 0) return true;  // a byte-order mark opens the line
    // Only a short output can be a list marker alone: no copy of a long line per replacement.
    return end == 0 || (list_item_ && end <= kMaxMarkerBytes && text::list_marker_length(o.substr(0, end) + " ") == end + 1);
  }

  bool at_sentence_start() {
    if (at_line_start()) return true;
    const std::string& o = out();
    size_t end = o.size();
    while (end > 0 && o[end - 1] == ' ') --end;
    size_t len;
    const char32_t c = decode_before(o, end, len);
    if (std::u32string_view(U".!?。！？").find(c) != std::u32string_view::npos) return true;
    return c == ':' && list_item_;
  }

  // "a" that we wrote becomes "an" before a vowel sound.
  void settle_article(std::string_view next_word) {
    if (article_at_ == std::string::npos) return;
    if (text::takes_an(next_word)) {
      out().insert(article_at_ + 1, 1, 'n');
      result_.edits[article_edit_].result += "n";
    }
    article_at_ = std::string::npos;
  }

  // "a" or "an" that the input wrote just before a replacement follows the word the
  // replacement writes ("an MSC" → "a mesenchymal stem cell"). A capital "A" counts only where
  // a sentence starts ("vitamin A" is no article).
  void settle_source_article(size_t replacement_begin, std::string_view next_word) {
    if (next_word.empty() || !text::is_word_char(static_cast<unsigned char>(next_word[0]))) return;
    size_t end = replacement_begin;
    while (end > 0 && line_[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(line_[begin - 1]))) --begin;
    const std::string_view article = line_.substr(begin, end - begin);
    if (article != "a" && article != "an" && article != "A" && article != "An") return;
    if (begin > 0 && line_[begin - 1] != ' ') return;
    const std::string written = out().substr(0, out().find_last_not_of(' ') + 1);
    if (written.size() < article.size() || written.compare(written.size() - article.size(), article.size(), article) != 0) return;
    const size_t at = written.size() - article.size();
    std::string before = out().substr(0, at);
    while (!before.empty() && before.back() == ' ') before.pop_back();
    if (at > 0 && out()[at - 1] != ' ') return;
    if (article[0] == 'A') {
      size_t len;
      const char32_t c = before.empty() ? 0 : decode_before(before, before.size(), len);
      if (c != 0 && std::u32string_view(U".!?:").find(c) == std::u32string_view::npos) return;
    }
    const bool an = text::takes_an(next_word);
    if (an == (article.size() == 2)) return;
    const std::string settled = std::string(1, article[0]) + (an ? "n" : "");
    out().replace(at, article.size(), settled);
    const auto edit = std::find_if(result_.edits.begin(), result_.edits.end(), [&](const Edit& e) { return e.begin >= begin; });
    result_.edits.insert(edit, {.begin = begin, .end = end, .source = std::string(article), .result = settled,
                                .concept_id = {}, .kind = EditKind::word});
  }

  void trim_trailing_spaces() {
    while (!out().empty() && out().back() == ' ') out().pop_back();
  }

  // Before a mark made full-width, at `mark_at` of the line: every horizontal space the Chinese
  // output drops beside one (tabs and U+3000 too), so that a second run, which sees the
  // full-width mark, finds none. A space copied from the line becomes an edit that drops it, in
  // its place among the edits; one that ends the replacement before is taken off its result.
  void trim_spaces_before_full_width(size_t mark_at) {
    constexpr std::string_view kIdeographicSpace = "\u3000";
    std::vector<Edit>& edits = result_.edits;
    size_t at = mark_at;          // the output's end was written from the line before `at`
    size_t after = edits.size();  // the edits before `after` end at or before `at`
    while (!out().empty()) {
      const size_t n = out().back() == ' ' || out().back() == '\t' ? 1
                       : out().ends_with(kIdeographicSpace)        ? kIdeographicSpace.size()
                                                                   : 0;
      if (n == 0) break;
      // Edits that wrote nothing (spaces dropped already) are passed over.
      while (after > 0 && edits[after - 1].end == at && edits[after - 1].begin < at &&
             edits[after - 1].result.empty()) {
        at = edits[after - 1].begin;
        --after;
      }
      const std::string_view space = std::string_view(out()).substr(out().size() - n);
      const size_t edit_end = after == 0 ? 0 : edits[after - 1].end;
      if (at >= edit_end + n && line_.substr(at - n, n) == space) {
        at -= n;
        edits.insert(edits.begin() + static_cast<std::ptrdiff_t>(after), {.begin = at,
                                                                          .end = at + n,
                                                                          .source = std::string(space),
                                                                          .result = "",
                                                                          .concept_id = {},
                                                                          .kind = EditKind::spacing});
        if (article_edit_ >= after) ++article_edit_;
      } else if (after > 0 && edit_end == at && edits[after - 1].result.ends_with(space)) {
        edits[after - 1].result.resize(edits[after - 1].result.size() - n);
      } else {
        break;
      }
      out().resize(out().size() - n);
    }
  }

  void replacement(const rewriter::Replacement& r) {
    std::string t = r.text;
    if (t.empty()) {
      record(r.begin, r.end, "", r.kind, r.id);
      collapse_space_ = !out().empty() && out().back() == ' ';
      return;
    }
    if (target_ == Language::en) {
      // Only an "a " or a "the " before "the " or "an " is ever settled: most replacements skip the copy.
      if (t.find("a ") != std::string::npos || t.find("he the ") != std::string::npos ||
          t.find("he an ") != std::string::npos) {
        t = text::settle_articles(t);
      }
      if (r.definite_article && !text::is_determiner(text::last_word_lowercase(out()))) t = "the " + t;
      if (heading_) t = text::title_case(t, at_line_start() || previous_visible() == ':');
      else if (at_sentence_start()) t = text::capitalize_first(t);
      size_t len;
      if (needs_space(last_char(out()), decode(t, 0, len))) out() += ' ';
      settle_article(t);
      settle_source_article(r.begin, t);
    } else {
      size_t len;
      if (!out().empty() && out().back() == ' ' && text::is_cjk(decode(t, 0, len))) {
        size_t end = out().size();
        while (end > 0 && out()[end - 1] == ' ') --end;
        if (end == 0 || text::is_cjk(decode_before(out(), end, len))) trim_trailing_spaces();
      }
    }
    out() += t;
    record(r.begin, r.end, t, r.kind, r.id);
    if (target_ == Language::en && (t == "a" || t == "A")) {
      article_at_ = out().size() - 1;
      article_edit_ = result_.edits.size() - 1;
    }
    seam_ = true;
  }

  // Copies line_[begin, end) with seam spacing and punctuation conversion. `next` is the
  // text that follows the gap (the next replacement's), for look-ahead at its end.
  void gap(size_t begin, size_t end, std::string_view next) {
    size_t i = begin;
    while (i < end) {
      // Where nothing is pending (English: no seam to space, no article to settle), letters,
      // digits and Han characters are copied as they are: a run of them is copied whole.
      if (target_ == Language::zh || (!seam_ && article_at_ == std::string::npos)) {
        if (const size_t run = plain_run(i, end); run > i) {
          out().append(line_, i, run - i);
          seam_ = false;
          collapse_space_ = false;
          i = run;
          continue;
        }
      }
      size_t len;
      const char32_t cp = decode(line_, i, len);
      if (const size_t handled = target_ == Language::en ? english_char(i, len, cp)
                                                           : chinese_char(i, len, cp, end, next)) {
        i += handled;
        continue;
      }
      if (text::is_horizontal_space(cp) && (seam_ || collapse_space_) && !out().empty() && out().back() == ' ') {
        record(i, i + len, "", EditKind::spacing);
        i += len;
        continue;
      }
      if (!text::is_horizontal_space(cp)) {
        if (seam_ && target_ == Language::en && needs_space(last_char(out()), cp)) out() += ' ';
        if (target_ == Language::en && text::is_word_char(cp)) settle_article(line_.substr(i, end - i));
        else if (target_ == Language::en) article_at_ = std::string::npos;
        seam_ = false;
        collapse_space_ = false;
      }
      out().append(line_.substr(i, len));
      i += len;
    }
  }

  // The end of the run of ASCII letters and digits and Han characters from `i`.
  size_t plain_run(size_t i, size_t end) const {
    while (i < end) {
      const char c = line_[i];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        ++i;
        continue;
      }
      size_t len;
      if (static_cast<unsigned char>(c) < 0x80 || !text::is_han(decode(line_, i, len))) break;
      i += len;
    }
    return i;
  }

  // English output: converts a Chinese punctuation mark. Returns the bytes it consumed, or 0
  // when `cp` is not one.
  size_t english_char(size_t i, size_t len, char32_t cp) {
    Converted c = english_punctuation(cp);
    const bool convertible = !c.text.empty() || cp == U'—' || cp == U'…' || (cp >= 0xFF01 && cp <= 0xFF5E);
    if (convertible && text::is_kana_or_hangul(previous_visible())) return 0;  // Japanese or Korean's own
    size_t consumed = len;
    if (c.text.empty()) {
      if (cp == U'—' || cp == U'…') {  // Chinese doubles these: ——, ……
        size_t l2;
        if (i + len < line_.size() && decode(line_, i + len, l2) == cp) {
          c = {cp == U'—' ? std::string_view("—") : std::string_view("…"), Spacing::none};
          consumed = len + l2;
        }
      } else if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII
        std::string ascii(1, static_cast<char>(cp - 0xFEE0));
        if (seam_ && needs_space(last_char(out()), cp - 0xFEE0)) out() += ' ';
        seam_ = false;
        out() += ascii;
        record(i, i + len, ascii, EditKind::punctuation);
        return len;
      }
      if (c.text.empty()) return 0;
    }
    if (c.spacing == Spacing::closing) trim_trailing_spaces();
    if (c.spacing == Spacing::opening && needs_space(last_char(out()), '(')) out() += ' ';
    out() += c.text;
    record(i, i + consumed, std::string(c.text), EditKind::punctuation);
    seam_ = c.spacing == Spacing::closing;
    article_at_ = std::string::npos;
    return consumed;
  }

  char32_t next_visible(size_t from, size_t end, std::string_view next) {
    size_t len;
    for (size_t k = from; k < end; k += len) {
      const char32_t cp = decode(line_, k, len);
      if (!text::is_horizontal_space(cp)) return cp;
    }
    if (!next.empty()) return decode(next, 0, len);
    if (end < line_.size()) return decode(line_, end, len);
    return 0;
  }

  char32_t previous_visible() {
    const std::string& o = out();
    size_t end = o.size();
    while (end > 0 && (o[end - 1] == ' ' || o[end - 1] == '\t')) --end;
    size_t len;
    return end == 0 ? 0 : decode_before(o, end, len);
  }

  // Chinese output: what the next visible character will be once written: an ASCII '(' or
  // opening '"' before Han becomes full-width, and so does the ')' of a '(' that did. Deciding on the character as the input has it
  // would decide differently on the output ("方向. (细胞" -> "方向. （细胞", whose '.' a second
  // run converts).
  char32_t next_visible_written(size_t from, size_t end, std::string_view next) {
    const char32_t after = next_visible(from, end, next);
    const bool closes_converted = after == ')' && !parens_.empty() && parens_.back();
    if (after != '(' && (after != '"' || quote_open_) && !closes_converted) return after;
    size_t k = from, len;
    while (k < end && decode(line_, k, len) != after) k += len;
    if (k >= end) return after;  // the bracket is the next replacement's: its text is already final
    if (closes_converted) return U'）';  // its '(' became '（'
    return text::is_han(next_visible(k + len, end, next)) ? (after == '(' ? U'（' : U'“') : after;
  }

  // Chinese output: full-width punctuation next to Chinese, no spaces between Chinese.
  // Returns the bytes it consumed, or 0 when it leaves `cp` to be copied.
  size_t chinese_char(size_t i, size_t len, char32_t cp, size_t end, std::string_view next) {
    // Only spaces and the ASCII marks below are ever converted or dropped: any other character
    // is copied, without looking around it.
    if (!text::is_horizontal_space(cp) && std::u32string_view(U",.:;?!()\"").find(cp) == std::u32string_view::npos) {
      return 0;
    }
    const char32_t prev = previous_visible();
    const char32_t after = next_visible_written(i + len, end, next);
    if (text::is_horizontal_space(cp) && cp != 0xA0) {
      size_t l2;
      const char32_t before = out().empty() ? 0 : decode_before(out(), out().size(), l2);
      const bool drop = (text::is_cjk(before) && (text::is_cjk(after) || after == 0)) ||
                        text::is_cjk_punctuation(before) || text::is_cjk_punctuation(after) ||
                        (before == ' ');
      if (drop && !out().empty()) {
        record(i, i + len, "", EditKind::spacing);
        return len;
      }
      return 0;
    }
    std::string_view full;
    const bool prev_cjk = text::is_cjk(prev);
    const bool next_han = text::is_han(after);
    const bool prev_digit = prev >= '0' && prev <= '9';
    switch (cp) {
      case ',': if (prev_cjk || (next_han && !prev_digit)) full = "，"; break;
      case '.':
        if ((text::is_han(prev) || prev == U'）' || prev == U'”') &&
            (after == 0 || text::is_cjk(after)))
          full = "。";
        break;
      case ':': if (prev_cjk || next_han) full = "："; break;
      case ';': if (prev_cjk || next_han) full = "；"; break;
      case '?': if (prev_cjk) full = "？"; break;
      case '!': if (prev_cjk) full = "！"; break;
      case '(':
        parens_.push_back(prev_cjk || next_han);
        if (parens_.back()) full = "（";
        break;
      case '"':  // quotes around Chinese text: “ ”
        if (!quote_open_) {
          quote_open_ = true;
          quote_converted_ = prev_cjk || next_han;
          if (quote_converted_) full = "“";
        } else {
          quote_open_ = false;
          if (quote_converted_) full = "”";
        }
        break;
      case ')': {
        bool convert = prev_cjk;
        if (!parens_.empty()) {
          convert = parens_.back();
          parens_.pop_back();
        }
        if (convert) full = "）";
        break;
      }
      default: break;
    }
    if (full.empty()) return 0;
    if (full != "“") trim_spaces_before_full_width(i);
    out() += full;
    record(i, i + len, std::string(full), EditKind::punctuation);
    return len;
  }

  static constexpr size_t kMaxMarkerBytes = 64;  // "   12. ", "(a) ", "十一、" and then some
  std::string_view line_;
  Language target_;
  bool heading_ = false;
  bool list_item_ = false;
  bool seam_ = false;            // the last thing written was ours: spacing is ours to fix
  bool collapse_space_ = false;  // a dropped word left a space behind
  size_t article_at_ = std::string::npos;
  size_t article_edit_ = 0;
  std::vector<bool> parens_;
  bool quote_open_ = false;       // an ASCII double quote was opened on this line
  bool quote_converted_ = false;  // ... and became “
  LineRendering result_;
};

}  // namespace

LineRendering render_line(std::string_view line, const std::vector<rewriter::Replacement>& replacements,
                          Language target) {
  return render_line(line, replacements, target, text::is_heading(line));
}

LineRendering render_line(std::string_view line, const std::vector<rewriter::Replacement>& replacements,
                          Language target, bool heading) {
  LineRendering rendering = LineRenderer(line, target, heading).run(replacements);
  record_seam_spaces(line, rendering);
  return rendering;
}

}  // namespace termnorm::output
