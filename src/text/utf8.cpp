// UTF-8 encoding, validation and line/column positions.
#include "text/utf8.hpp"

namespace termnorm::text {

size_t encode(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

size_t find_invalid(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) { ++i; continue; }
    size_t len;
    char32_t min;
    if (b >= 0xC2 && b <= 0xDF) { len = 2; min = 0x80; }
    else if (b >= 0xE0 && b <= 0xEF) { len = 3; min = 0x800; }
    else if (b >= 0xF0 && b <= 0xF4) { len = 4; min = 0x10000; }
    else return i;
    if (i + len > n) return i;
    char32_t cp = b & (0xFF >> (len + 1));
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

namespace {

// The length of the maximal subpart at `i`, where a sequence is invalid: the bytes that start
// a well-formed sequence (Unicode Table 3-7) before the first that cannot continue it, at
// least one.
size_t maximal_subpart_length(std::string_view text, size_t i) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char b = s[i];
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range; later ones are 80..BF
  size_t length;
  if (b >= 0xC2 && b <= 0xDF) length = 2;
  else if (b == 0xE0) { length = 3; low = 0xA0; }
  else if (b >= 0xE1 && b <= 0xEF) { length = 3; if (b == 0xED) high = 0x9F; }
  else if (b == 0xF0) { length = 4; low = 0x90; }
  else if (b >= 0xF1 && b <= 0xF3) length = 4;
  else if (b == 0xF4) { length = 4; high = 0x8F; }
  else return 1;  // a continuation byte, C0, C1 or F5..FF
  size_t k = 1;
  for (; k < length && i + k < text.size(); ++k) {
    if (s[i + k] < low || s[i + k] > high) break;
    low = 0x80;
    high = 0xBF;
  }
  return k;
}

}  // namespace

std::string replace_invalid(std::string_view text, size_t& replaced) {
  std::string out;
  out.reserve(text.size() + 16);
  size_t i = 0;
  while (i < text.size()) {
    const size_t bad = find_invalid(text.substr(i));
    if (bad == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, bad));
    i += bad + maximal_subpart_length(text, i + bad);
    out += "\xEF\xBF\xBD";
    ++replaced;
  }
  return out;
}

LineColumn line_column(std::string_view text, size_t offset) {
  LineColumn at;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == '\n') {
      ++at.line;
      at.column = 1;
    } else if (b == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF counts once
      ++at.line;
      at.column = 1;
    } else if ((b & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

}  // namespace termnorm::text
