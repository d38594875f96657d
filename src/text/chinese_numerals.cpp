// Reading Chinese, Arabic and Roman numerals; writing them in English.
#include "text/chinese_numerals.hpp"

#include <cmath>
#include <cstdio>

#include "text/utf8.hpp"

namespace termnorm::text {
namespace {

constexpr size_t kMaxDigits = 12;

int digit_value(char32_t cp) {
  if (cp >= U'0' && cp <= U'9') return static_cast<int>(cp - U'0');
  if (cp >= U'０' && cp <= U'９') return static_cast<int>(cp - U'０');
  return -1;
}

int chinese_digit(char32_t cp) {
  switch (cp) {
    case U'零': case U'〇': return 0;
    case U'一': return 1;
    case U'二': case U'两': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    default: return -1;
  }
}

int chinese_unit(char32_t cp) {
  switch (cp) {
    case U'十': return 10;
    case U'百': return 100;
    case U'千': return 1000;
    default: return 0;
  }
}

Numeral read_arabic(std::string_view s, size_t at, bool allow_scale) {
  Numeral n;
  size_t i = at, len = 0;
  bool point = false;
  std::string digits;
  while (i < s.size()) {
    const char32_t cp = decode(s, i, len);
    const int d = digit_value(cp);
    if (d >= 0) {
      digits += static_cast<char>('0' + d);
    } else if ((cp == U'.' || cp == U'．') && !point && !digits.empty()) {
      size_t next_len;
      if (i + len >= s.size() || digit_value(decode(s, i + len, next_len)) < 0) break;
      point = true;
      digits += '.';
    } else {
      break;
    }
    i += len;
  }
  // Longer than any count or year: an identifier or a code, not a number to write in words.
  if (digits.empty() || digits.size() > kMaxDigits) return n;
  n.length = i - at;
  n.digits = digits;
  n.value = std::stod(digits);
  if (allow_scale && i < s.size()) {
    const char32_t cp = decode(s, i, len);
    if (cp == U'万' || cp == U'亿') {
      n.value *= cp == U'万' ? 1e4 : 1e8;
      n.scaled = true;
      n.length += len;
    }
  }
  return n;
}

// 三, 十二, 二十一, 一百二十, 两千: up to 9,999, unit by unit.
Numeral read_chinese(std::string_view s, size_t at) {
  Numeral n;
  long total = 0, pending = -1;
  size_t i = at, len = 0;
  bool any = false;
  while (i < s.size()) {
    const char32_t cp = decode(s, i, len);
    if (const int d = chinese_digit(cp); d > 0) {
      if (pending >= 0) return {};  // two digits in a row (七八, an estimate) are no number
      pending = d;
    } else if (d == 0) {
      // 零 (〇) holds an empty place (四千零六): nothing to add.
    } else if (const int u = chinese_unit(cp); u > 0) {
      total += (pending < 0 ? 1 : pending) * u;
      pending = -1;
    } else {
      break;
    }
    any = true;
    i += len;
  }
  if (!any) return n;
  if (pending > 0) total += pending;
  n.length = i - at;
  n.value = static_cast<double>(total);
  n.chinese = true;
  n.digits = std::to_string(total);
  return n;
}

// Digits with a comma between each group of three.
std::string grouped(long long v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// A value with at most three decimals, trailing zeros dropped ("1.5", "50").
std::string short_decimal(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", v);
  std::string out = buffer;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

}  // namespace

Numeral read_numeral(std::string_view s, size_t at, bool allow_scale) {
  if (at >= s.size()) return {};
  size_t len;
  const char32_t cp = decode(s, at, len);
  if (digit_value(cp) >= 0) return read_arabic(s, at, allow_scale);
  if (chinese_digit(cp) < 0 && chinese_unit(cp) != 10) return {};
  Numeral n = read_chinese(s, at);
  // 八百万, 两万, 五千万, 十万: scaled only when a digit or 十 leads (千万 and 百万 alone are
  // words or "per million" frames, 万一 "in case").
  const bool leads_scale = chinese_digit(cp) > 0 || chinese_unit(cp) == 10;
  if (allow_scale && n.length > 0 && leads_scale && at + n.length < s.size()) {
    const char32_t unit = decode(s, at + n.length, len);
    if (unit == U'万' || unit == U'亿') {
      n.value *= unit == U'万' ? 1e4 : 1e8;
      n.scaled = true;
      n.length += len;
    }
  }
  return n;
}

Numeral read_roman_numeral(std::string_view s, size_t at) {
  static constexpr std::u32string_view kUnicode = U"ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ";
  static constexpr const char* kAscii[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  Numeral n;
  if (at >= s.size()) return n;
  size_t len;
  const char32_t cp = decode(s, at, len);
  if (const size_t k = kUnicode.find(cp); k != std::u32string_view::npos) {
    n.length = len;
    n.value = static_cast<double>(k + 1);
    n.digits = kAscii[k];
  } else {
    // The longest ASCII numeral that stands there (VIII before V).
    for (int k = 9; k >= 0; --k) {
      const std::string_view r = kAscii[k];
      if (s.substr(at, r.size()) == r && r.size() > n.length) {
        n.length = r.size();
        n.value = k + 1;
        n.digits = std::string(r);
      }
    }
  }
  n.roman = n.length > 0;
  return n;
}

std::string english_cardinal(const Numeral& n) {
  static constexpr const char* kWords[] = {"zero", "one", "two", "three", "four", "five",
                                           "six",  "seven", "eight", "nine", "ten"};
  if (n.scaled) {
    // Chinese numerals: a whole one to ten million or billion in words ("eight million").
    for (const double scale : {1e9, 1e6}) {
      const double count = n.value / scale;
      if (n.chinese && count >= 1 && count <= 10 && count == std::floor(count)) {
        return std::string(kWords[static_cast<int>(count)]) + (scale == 1e9 ? " billion" : " million");
      }
    }
    if (n.value >= 1e9) return short_decimal(n.value / 1e9) + " billion";
    if (n.value >= 1e6) return short_decimal(n.value / 1e6) + " million";
    if (n.value == std::floor(n.value)) return grouped(static_cast<long long>(n.value));
    return short_decimal(n.value);
  }
  static constexpr const char* kTens[] = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  if (n.chinese && n.value <= 10) return kWords[static_cast<int>(n.value)];
  if (n.chinese && n.value < 100 && static_cast<long>(n.value) % 10 == 0) return kTens[static_cast<long>(n.value) / 10];
  return n.digits;
}

std::string english_ordinal(long n) {
  static constexpr const char* kWords[] = {"zeroth", "first", "second",  "third", "fourth", "fifth",
                                           "sixth",  "seventh", "eighth", "ninth", "tenth"};
  if (n >= 0 && n <= 10) return kWords[n];
  const long last = n % 10, tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

}  // namespace termnorm::text
