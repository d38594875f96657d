// Numerals as Chinese text writes them: Arabic digits (ASCII or full-width, with a decimal
// point), Chinese numerals (三, 十二, 两百), either one scaled by 万 or 亿 (5000万, 1.5亿), and
// Roman numerals (II, Ⅲ); and their English: digits, words, ordinals. Knows nothing of units.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace termnorm::text {

struct Numeral {
  size_t length = 0;       // bytes read; 0: no numeral there
  double value = 0;
  bool chinese = false;    // written in Chinese numerals (三), not digits
  bool scaled = false;     // multiplied by 万 or 亿
  bool roman = false;      // a Roman numeral (I to X)
  std::string digits;      // the digits as written, in ASCII ("1.5"); Roman: "III"
};

// The numeral that starts at `at` in `s`, if any (Arabic: at most twelve digits). With `allow_scale`, a 万 or 亿 right after
// Arabic digits, or after Chinese numerals that begin with a digit or 十 (八百万, 两万, 十万), scales them
// (千万 and 百万 alone, and 万一, are words).
Numeral read_numeral(std::string_view s, size_t at, bool allow_scale);

// The Roman numeral (I–X, ASCII or the Unicode forms Ⅰ–Ⅹ) that starts at `at`, if any.
Numeral read_roman_numeral(std::string_view s, size_t at);

// English for a cardinal: a Chinese numeral from one to ten or a round ten up to ninety as a
// word ("three", "forty"), a scaled one in millions or billions ("50 million", "1.5 billion";
// Chinese one to ten whole: "eight million") or grouped digits ("100,000"), digits as written.
std::string english_cardinal(const Numeral& n);

// English for an ordinal: "first" to "tenth", then "11th", "22nd".
std::string english_ordinal(long n);

}  // namespace termnorm::text
