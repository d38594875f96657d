// Headings and list items.
#include "text/layout.hpp"

#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::text {

size_t list_marker_length(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  const std::string_view rest = line.substr(i);
  for (std::string_view bullet : {"- ", "* ", "• ", "· "}) {
    if (rest.substr(0, bullet.size()) == bullet) return i + bullet.size();
  }
  size_t k = 0;
  while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9') ++k;
  if (k > 0 && k + 1 < rest.size() && (rest[k] == '.' || rest[k] == ')') && rest[k + 1] == ' ') {
    return i + k + 2;
  }
  if (rest.size() > 1 && rest[0] == '(') {
    size_t close = rest.find(')');
    if (close != std::string_view::npos && close <= 4 && close + 1 < rest.size() && rest[close + 1] == ' ') {
      return i + close + 2;
    }
  }
  // Chinese numbering: 一、 二、 ... 十、
  size_t j = 0, len;
  while (j < rest.size()) {
    const char32_t cp = decode(rest, j, len);
    if (std::u32string_view(U"一二三四五六七八九十").find(cp) == std::u32string_view::npos) break;
    j += len;
  }
  if (j > 0 && j < rest.size() && decode(rest, j, len) == U'、') return i + j + len;
  return 0;
}

size_t heading_marker_length(std::string_view line) {
  size_t hashes = 0;
  while (hashes < line.size() && line[hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || hashes == line.size() || line[hashes] != ' ') return 0;
  size_t end = hashes;
  while (end < line.size() && line[end] == ' ') ++end;
  return end;
}

bool is_heading(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty() || list_marker_length(line) > 0) return false;
  size_t code_points = 0, han = 0, words = 0, lower_words = 0, marks = 0;
  constexpr std::u32string_view kClosing = U".!?;,:。！？；，：、";
  size_t i = 0, len;
  char32_t last = 0;
  while (i < line.size()) {
    const char32_t cp = decode(line, i, len);
    if (++code_points > 90) return false;  // too long for a heading: no need to read on
    if (is_han(cp)) ++han;
    if (is_latin_letter(cp) && (i == 0 || !is_latin_letter(decode_before(line, i, len)))) {
      size_t end = i;
      size_t wlen;
      while (end < line.size() && is_latin_letter(decode(line, end, wlen))) end += wlen;
      if (end - i >= 4) {
        ++words;
        if (line[i] >= 'a' && line[i] <= 'z') ++lower_words;
      }
      decode(line, i, len);
    }
    if (kClosing.find(cp) != std::u32string_view::npos) ++marks;
    last = cp;
    i += len;
  }
  // A question may be a heading ("Why Stem Cells?"), when it is its only mark.
  const bool question = (last == '?' || last == U'？') && marks == 1;
  if (kClosing.find(last) != std::u32string_view::npos && !question) return false;
  if (words == 0) return han > 0 && han <= 30;
  return lower_words == 0;
}

}  // namespace termnorm::text
