// UTF-8 decoding, encoding and validation over byte offsets into the caller's buffer.
// Knows nothing about scripts or languages; every other stage walks text through these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace termnorm::text {

// Decodes the code point starting at `pos` and returns it; sets `length` to its byte length.
// Precondition: `text` is valid UTF-8 and pos < text.size().
inline char32_t decode(std::string_view text, size_t pos, size_t& length) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) { length = 1; return b0; }
  auto cont = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]) & 0x3Fu; };
  if (b0 < 0xE0) { length = 2; return ((b0 & 0x1Fu) << 6) | cont(1); }
  if (b0 < 0xF0) { length = 3; return ((b0 & 0x0Fu) << 12) | (cont(1) << 6) | cont(2); }
  length = 4;
  return ((b0 & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
}

// Decodes the code point that ends right before `pos`; sets `length` to its byte length.
// Precondition: `text` is valid UTF-8 and pos > 0.
inline char32_t decode_before(std::string_view text, size_t pos, size_t& length) {
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
  return decode(text, start, length);
}

// Writes the UTF-8 encoding of `cp` to `out` (room for 4 bytes) and returns its length.
size_t encode(char32_t cp, char* out);

// Appends the UTF-8 encoding of `cp` to `out`.
inline void append(std::string& out, char32_t cp) {
  char bytes[4];
  out.append(bytes, encode(cp, bytes));
}

// Returns the byte offset of the first invalid sequence (overlong forms, surrogates, code
// points past U+10FFFF and truncated sequences are all invalid), or npos if `text` is valid.
size_t find_invalid(std::string_view text);

// `text` with each maximal invalid subsequence replaced by U+FFFD (Unicode's "substitution of
// maximal subparts", as the WHATWG Encoding Standard decodes): the longest start of a
// well-formed sequence, or else a single byte, becomes one U+FFFD. Adds the number of
// replacements to `replaced`.
std::string replace_invalid(std::string_view text, size_t& replaced);

// A 1-based line and column (in code points) of a byte offset, as reports and errors show it.
struct LineColumn {
  size_t line = 1;
  size_t column = 1;
};
LineColumn line_column(std::string_view text, size_t offset);

}  // namespace termnorm::text
