// Reading which clause marks a rule's RE2 source can match, and finding them in a skeleton.
#include "rewriter/clause_windows.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "rewriter/skeleton.hpp"
#include "text/utf8.hpp"

namespace termnorm::rewriter {
namespace {

constexpr char32_t kMarks[] = {U'，', U'。', U'！', U'？', U'；', U'：', U'、', U'（', U'）', U'“',
                               U'”',  U',',  U'.',  U';',  U':',  U'!',  U'?',  U'(',  U')'};
constexpr ClauseMarks kAllMarks = (1u << std::size(kMarks)) - 1;
constexpr size_t npos = std::string_view::npos;

ClauseMarks mark_bit(char32_t cp) {
  if (cp < '!' || (cp > '?' && cp < 0x80)) return 0;  // the ASCII marks are all in '!'..'?'
  for (size_t k = 0; k < std::size(kMarks); ++k) {
    if (kMarks[k] == cp) return static_cast<ClauseMarks>(1u << k);
  }
  return 0;
}

// The marks in [low, high].
ClauseMarks marks_in(char32_t low, char32_t high) {
  ClauseMarks marks = 0;
  for (size_t k = 0; k < std::size(kMarks); ++k) {
    if (kMarks[k] >= low && kMarks[k] <= high) marks |= static_cast<ClauseMarks>(1u << k);
  }
  return marks;
}

bool is_opening_marker(char32_t cp) { return cp > kMarkerBase && cp < kCloseMarker; }

// One character of a pattern at `i`, a literal or an escape naming one character ("\x{F0001}",
// "\xFF", "\。", "\."): its code point, `i` moved past it; false for any other escape.
bool read_character(std::string_view r, size_t& i, char32_t& cp) {
  size_t len;
  if (r[i] != '\\') {
    cp = text::decode(r, i, len);
    i += len;
    return true;
  }
  if (i + 1 >= r.size()) return false;
  const char e = r[i + 1];
  if (e == 'x') {
    size_t begin = i + 2, end;
    if (begin < r.size() && r[begin] == '{') {
      end = r.find('}', begin);
      if (end == npos) return false;
      ++begin;
      i = end + 1;
    } else {
      end = begin + 2;
      if (end > r.size()) return false;
      i = end;
    }
    const std::string hex(r.substr(begin, end - begin));
    if (hex.empty() || hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return false;
    cp = static_cast<char32_t>(std::stoul(hex, nullptr, 16));
    return true;
  }
  if (std::isalnum(static_cast<unsigned char>(e))) return false;
  cp = text::decode(r, i + 1, len);  // an escaped punctuation character stands for itself
  i += 1 + len;
  return true;
}

// The character class at `open` ("[...]"): the marks it can match, whether it matches only
// opening markers, and the offset after it; npos when it is not read (negated, or with a
// class escape or a POSIX class inside).
size_t read_class(std::string_view r, size_t open, ClauseMarks& marks, bool& opening_only) {
  size_t i = open + 1;
  marks = 0;
  opening_only = true;
  bool first = true;
  while (i < r.size() && (r[i] != ']' || first)) {
    first = false;
    if (r[i] == '^' || (r[i] == '[' && i + 1 < r.size() && r[i + 1] == ':')) return npos;
    char32_t low, high;
    if (!read_character(r, i, low)) return npos;
    high = low;
    if (i + 1 < r.size() && r[i] == '-' && r[i + 1] != ']') {
      ++i;
      if (!read_character(r, i, high)) return npos;
    }
    marks |= marks_in(low, high);
    if (!is_opening_marker(low) || !is_opening_marker(high)) opening_only = false;
  }
  return i < r.size() ? i + 1 : npos;
}

}  // namespace

ClauseMarks marks_never_matched(std::string_view r) {
  // A token's text as the slot types write it: any character but a marker, right after the
  // token's opening marker. Such a class stays inside the token.
  constexpr std::string_view kTokenText = "[^\\x{F0001}-\\x{F0008}]";
  ClauseMarks matched = 0;
  bool after_opening_marker = false;  // the atom just before consumes opening markers only
  for (size_t i = 0; i < r.size();) {
    bool opening_only = false;
    const char c = r[i];
    if (c == '[') {
      if (r.compare(i, kTokenText.size(), kTokenText) == 0) {
        if (!after_opening_marker) return 0;
        i += kTokenText.size();
      } else {
        ClauseMarks marks;
        i = read_class(r, i, marks, opening_only);
        if (i == npos) return 0;
        matched |= marks;
      }
    } else if (c == '(') {
      ++i;
      if (i < r.size() && r[i] == '?') {  // flags, a non-capturing group or a named one
        const size_t end = r.compare(i, 3, "?P<") == 0 ? r.find('>', i) : r.find_first_of(":)", i);
        if (end == npos) return 0;
        i = end + 1;
      }
    } else if (c == '{' && i + 1 < r.size() && std::isdigit(static_cast<unsigned char>(r[i + 1]))) {
      i = r.find('}', i);
      if (i == npos) return 0;
      ++i;
    } else if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '^' || c == '$') {
      ++i;
    } else if (c == '.') {
      return 0;
    } else if (c == '\\' && i + 1 < r.size() && std::string_view("dswbBAz").find(r[i + 1]) != npos) {
      i += 2;  // ASCII classes and empty-width assertions: no mark
    } else {
      char32_t cp;
      if (!read_character(r, i, cp)) return 0;
      matched |= mark_bit(cp);
      opening_only = is_opening_marker(cp);
    }
    after_opening_marker = opening_only;
  }
  return kAllMarks & static_cast<ClauseMarks>(~matched);
}

ClauseCuts::ClauseCuts(std::string_view skeleton) : skeleton_(skeleton) {
  // Byte by byte: a marker is F3 B0 80 81..88 (the closing one 88), a mark one ASCII byte or
  // three bytes from E2, E3 or EF.
  constexpr unsigned char kCloseByte = 0x80 + static_cast<unsigned char>(kCloseMarker - kMarkerBase);
  auto byte = [&](size_t i) { return static_cast<unsigned char>(skeleton[i]); };
  bool in_token = false;
  for (size_t i = 0; i < skeleton.size(); ++i) {
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
      if (in_token) continue;
      if (const ClauseMarks bit = mark_bit(lead)) cuts_.emplace_back(i, bit);
    } else if (lead == 0xF3 && i + 4 <= skeleton.size() && byte(i + 1) == 0xB0 && byte(i + 2) == 0x80 &&
               byte(i + 3) > 0x80 && byte(i + 3) <= kCloseByte) {
      in_token = byte(i + 3) != kCloseByte;
      i += 3;
    } else if ((lead == 0xE2 || lead == 0xE3 || lead == 0xEF) && !in_token && i + 3 <= skeleton.size()) {
      const auto cp = static_cast<char32_t>((lead & 0x0Fu) << 12 | (byte(i + 1) & 0x3Fu) << 6 | (byte(i + 2) & 0x3Fu));
      const ClauseMarks bit = mark_bit(cp);
      if (bit && (byte(i + 1) & 0xC0) == 0x80 && (byte(i + 2) & 0xC0) == 0x80) {
        cuts_.emplace_back(i, bit);
        i += 2;
      }
    }
  }
}

std::pair<size_t, size_t> ClauseCuts::clause_at(size_t at, ClauseMarks marks) {
  auto known = std::find_if(by_marks_.begin(), by_marks_.end(), [&](const auto& m) { return m.first == marks; });
  if (known == by_marks_.end()) {
    std::vector<size_t> offsets;
    for (const auto& [offset, bit] : cuts_) {
      if (bit & marks) offsets.push_back(offset);
    }
    by_marks_.emplace_back(marks, std::move(offsets));
    known = by_marks_.end() - 1;
  }
  const std::vector<size_t>& offsets = known->second;
  const auto next = std::lower_bound(offsets.begin(), offsets.end(), at);
  return {next == offsets.begin() ? 0 : after_mark(*std::prev(next)), next == offsets.end() ? skeleton_.size() : *next};
}

size_t ClauseCuts::after_mark(size_t at) const {
  return at + (static_cast<unsigned char>(skeleton_[at]) < 0x80 ? 1 : 3);
}

}  // namespace termnorm::rewriter
