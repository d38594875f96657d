// Finding number expressions in a line, writing them in English, and making them tokens.
#include "rewriter/number_expressions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <memory>
#include <optional>
#include <utility>

#include "text/chinese_numerals.hpp"
#include "text/english.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::rewriter {
namespace {

struct Unit {
  std::string_view zh;
  std::string_view singular;
  std::string_view plural;
};

// Units of time after a number (longest first where one is the start of another). A month
// needs 个 (6月 is June, 6个月 six months).
constexpr std::array<Unit, 9> kDurationUnits{{{"个月", "month", "months"},
                                              {"个星期", "week", "weeks"},
                                              {"星期", "week", "weeks"},
                                              {"周", "week", "weeks"},
                                              {"个小时", "hour", "hours"},
                                              {"小时", "hour", "hours"},
                                              {"分钟", "minute", "minutes"},
                                              {"天", "day", "days"},
                                              {"年", "year", "years"}}};

// What puts a duration after a time: 6个月后 "after 6 months".
constexpr std::array<std::string_view, 3> kAfterWords{"之后", "以后", "后"};
// What puts a duration before a time: 2周内 "within 2 weeks".
constexpr std::array<std::string_view, 3> kWithinWords{"之内", "以内", "内"};
// What makes a duration reach up to now: 10年来 "over the past ten years".
constexpr std::array<std::string_view, 2> kOverWords{"以来", "来"};

// Counts of time that name no number, and their English: 数年 "several years", 多年 "many years".
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kVagueCounts{
    {{"数", "several"}, {"几", "several"}, {"多", "many"}}};

constexpr std::array<std::string_view, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                                   "July",    "August",   "September", "October", "November", "December"};

bool starts(std::string_view s, size_t at, std::string_view with) { return s.substr(at, with.size()) == with; }

// The first of `options` written at `at`, or an empty view.
template <size_t N>
std::string_view one_of(std::string_view s, size_t at, const std::array<std::string_view, N>& options) {
  for (std::string_view o : options) {
    if (starts(s, at, o)) return o;
  }
  return {};
}

// Whether a numeral may start at `at`: not inside a Latin word or a longer number (CD34, 1.5).
bool numeral_may_start(std::string_view line, size_t at) {
  if (at == 0) return true;
  size_t len;
  const char32_t before = text::decode_before(line, at, len);
  // Nor inside digits grouped by commas (the 000 of 5,000; not the 6 of a list, 3,6个月).
  if (before == U',' && at >= 2 && line[at - 2] >= '0' && line[at - 2] <= '9') {
    size_t digits = 0;
    while (at + digits < line.size() && line[at + digits] >= '0' && line[at + digits] <= '9') ++digits;
    if (digits == 3) return false;
  }
  return !(text::is_latin_letter(before) || (before >= U'0' && before <= U'9') || before == U'.' || before == U'-' ||
           (before >= U'０' && before <= U'９'));
}

bool is_year(const text::Numeral& n) {
  return !n.chinese && !n.scaled && n.digits.size() == 4 && n.value >= 1000 && n.value <= 2199;
}

std::string plural_s_decade(long first_year) { return "the " + std::to_string(first_year) + "s"; }

std::string century(long n) { return "the " + text::english_ordinal(n) + " century"; }

// A decade's or a century's part after it (初 early, 中期 mid-, 末 late): "the 1980s" →
// "the early 1980s", moving `end` past it.
std::string with_part(std::string_view line, size_t& end, std::string period) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kParts{
      {{"初期", "early "}, {"初", "early "}, {"中期", "mid-"}, {"中叶", "mid-"}, {"末", "late "}}};
  for (const auto& [zh, en] : kParts) {
    if (starts(line, end, zh)) {
      end += zh.size();
      return period.insert(4, en);  // after "the "
    }
  }
  return period;
}

// A point or span of time at `at`: a year with its month and day, a decade, a century.
// Returns its English, and sets `end`; empty when there is none.
std::string read_time(std::string_view line, size_t at, size_t& end) {
  if (starts(line, at, "上世纪")) {
    const size_t after = at + std::string_view("上世纪").size();
    const text::Numeral decade = text::read_numeral(line, after, false);
    if (decade.length > 0 && starts(line, after + decade.length, "年代") && decade.value >= 10 && decade.value <= 90 &&
        static_cast<long>(decade.value) % 10 == 0) {
      end = after + decade.length + std::string_view("年代").size();
      return with_part(line, end, plural_s_decade(1900 + static_cast<long>(decade.value)));
    }
    return {};
  }
  if (!numeral_may_start(line, at)) return {};
  const text::Numeral n = text::read_numeral(line, at, false);
  if (n.length == 0 || n.value != static_cast<long>(n.value)) return {};
  const long v = static_cast<long>(n.value);
  size_t i = at + n.length;
  if (starts(line, i, "世纪") && v >= 1 && v <= 30) {
    i += std::string_view("世纪").size();
    const text::Numeral decade = text::read_numeral(line, i, false);
    if (decade.length > 0 && starts(line, i + decade.length, "年代") && decade.value >= 0 && decade.value <= 90 &&
        static_cast<long>(decade.value) % 10 == 0) {
      end = i + decade.length + std::string_view("年代").size();
      return with_part(line, end, plural_s_decade((v - 1) * 100 + static_cast<long>(decade.value)));
    }
    end = i;
    return with_part(line, end, century(v));
  }
  if (starts(line, i, "年代")) {
    if (is_year(n) && v % 10 == 0) {
      end = i + std::string_view("年代").size();
      return with_part(line, end, plural_s_decade(v));
    }
    if (v >= 10 && v <= 90 && v % 10 == 0 && (n.chinese || n.digits.size() == 2)) {
      end = i + std::string_view("年代").size();
      return with_part(line, end, plural_s_decade(1900 + v));  // 80年代: the 1980s
    }
    return {};
  }
  if (!is_year(n) || !starts(line, i, "年")) return {};
  i += std::string_view("年").size();
  end = i;
  const std::string year = n.digits;
  const text::Numeral month = text::read_numeral(line, i, false);
  if (month.length == 0 || !starts(line, i + month.length, "月") || month.value < 1 || month.value > 12 ||
      month.value != static_cast<long>(month.value)) {
    return year;
  }
  i += month.length + std::string_view("月").size();
  end = i;
  const std::string month_name(kMonths[static_cast<size_t>(month.value) - 1]);
  const text::Numeral day = text::read_numeral(line, i, false);
  if (day.length > 0 && (starts(line, i + day.length, "日") || starts(line, i + day.length, "号")) && day.value >= 1 &&
      day.value <= 31 && day.value == static_cast<long>(day.value)) {
    end = i + day.length + std::string_view("日").size();
    return std::to_string(static_cast<long>(day.value)) + " " + month_name + " " + year;  // 5 March 2019
  }
  return month_name + " " + year;
}

// Whether the words after 期 at `at` name a trial or a study (3期随机对照试验, "II期 randomized
// trial"): a trial has phases, a disease stages. Looks up to the next mark of punctuation, at
// most 40 characters on.
bool names_a_trial(std::string_view line, size_t at) {
  static constexpr std::array<std::string_view, 3> kTrial{"试验", "研究", "临床"};
  static constexpr std::array<std::string_view, 4> kEnglish{"trial", "study", "studies", "clinical"};
  static constexpr std::u32string_view kMarks = U",.;:!?()，。；：！？（）、";
  size_t len;
  for (int seen = 0; at < line.size() && seen < 40; ++seen, at += len) {
    const char32_t cp = text::decode(line, at, len);
    if (kMarks.find(cp) != std::u32string_view::npos) return false;
    if (!one_of(line, at, kTrial).empty()) return true;
    for (std::string_view word : kEnglish) {
      if (line.size() - at < word.size()) continue;
      if (text::lowercase(line.substr(at, word.size())) == word) return true;
    }
  }
  return false;
}

// A unit of time at `at` (after a number), or null; a 4-digit year before 年 is a date, not a
// duration, and the caller has tried it first.
const Unit* read_unit(std::string_view line, size_t at) {
  for (const Unit& u : kDurationUnits) {
    if (starts(line, at, u.zh)) return &u;
  }
  return nullptr;
}

// An age's years, in digits as journals write ages: "65 years", "1 year" (七十岁: "70 years").
std::string age_years(const text::Numeral& n) {
  return n.digits + (n.value == 1 ? " year" : " years");
}

std::string with_unit(const std::string& number, double value, const Unit& u) {
  return number + " " + std::string(value == 1 ? u.singular : u.plural);
}

// What starts a count that names no number (kVagueCounts).
bool is_vague_count(char32_t cp) { return cp == U'数' || cp == U'几' || cp == U'多'; }

// Whether a count that names no number (kVagueCounts) and a unit of time may start at `at`:
// its first two characters.
bool may_open_vague_duration(std::string_view line, size_t at) {
  size_t len;
  if (!is_vague_count(text::decode(line, at, len)) || at + len >= line.size()) return false;
  switch (text::decode(line, at + len, len)) {
    case U'年':
    case U'个':
    case U'月':
    case U'周':
    case U'星':
    case U'天':
    case U'小':
    case U'分':
      return true;
    default:
      return false;
  }
}

// A vague count of time at `at` (数年来 "for several years", 几个月后 "after several months",
// 数天内 "within several days", 数年 "several years"), or one with length 0. 月 needs no 个 here
// (数月 is no date).
NumberExpression read_vague_duration(std::string_view line, size_t at) {
  NumberExpression x;
  x.begin = x.end = at;
  for (const auto& [zh, english] : kVagueCounts) {
    if (!starts(line, at, zh)) continue;
    size_t i = at + zh.size();
    static constexpr Unit kMonth{"月", "month", "months"};
    const Unit* u = read_unit(line, i);
    if (u == nullptr && starts(line, i, kMonth.zh)) u = &kMonth;
    if (u == nullptr) return x;
    i += u->zh.size();
    const std::string span = std::string(english) + " " + std::string(u->plural);
    if (const std::string_view over = one_of(line, i, kOverWords); !over.empty()) {
      x.end = i + over.size();
      x.english = "for " + span;
    } else if (const std::string_view after = one_of(line, i, kAfterWords); !after.empty()) {
      x.end = i + after.size();
      x.english = "after " + span;
    } else if (const std::string_view within = one_of(line, i, kWithinWords); !within.empty()) {
      x.end = i + within.size();
      x.english = "within " + span;
    } else {
      x.end = i;
      x.english = span;
      x.duration = x.vague = true;
    }
    return x;
  }
  return x;
}

// A fraction at `at`, N分之M: "one third", "three quarters" (with 的 after it, "of" too), in
// digits when N is past ten ("1/20"); nothing when no fraction starts there.
std::optional<NumberExpression> read_fraction(std::string_view line, size_t at) {
  static constexpr std::string_view kOf = "分之";
  const text::Numeral denominator = text::read_numeral(line, at, false);
  if (denominator.length == 0 || denominator.roman || !starts(line, at + denominator.length, kOf)) return {};
  const size_t numerator_at = at + denominator.length + kOf.size();
  const text::Numeral numerator = text::read_numeral(line, numerator_at, false);
  const auto whole = [](const text::Numeral& n) { return n.value >= 1 && n.value == static_cast<long>(n.value); };
  if (numerator.length == 0 || numerator.roman || !whole(denominator) || !whole(numerator) ||
      numerator.value >= denominator.value) {
    return {};
  }
  const long over = static_cast<long>(denominator.value), part = static_cast<long>(numerator.value);
  NumberExpression x;
  x.begin = at;
  x.end = numerator_at + numerator.length;
  if (over <= 10) {
    static constexpr const char* kCounts[] = {"",     "one", "two",   "three", "four",
                                              "five", "six", "seven", "eight", "nine"};
    const std::string name = over == 2 ? "half" : over == 4 ? "quarter" : text::english_ordinal(over);
    x.english = std::string(kCounts[part]) + " " + (part > 1 ? text::pluralize(name) : name);
  } else {
    x.english = std::to_string(part) + "/" + std::to_string(over);
  }
  if (starts(line, x.end, "的")) {
    x.end += std::string_view("的").size();
    x.english += " of";
  }
  return x;
}

// The expression that starts at `at`, or one with length 0.
NumberExpression read_expression(std::string_view line, size_t at) {
  NumberExpression x;
  x.begin = x.end = at;
  // Since a time: (自|从) T (以来|起|至今); in a time: (在|于) T.
  size_t time_at = at;
  const bool since_word = starts(line, at, "自") || starts(line, at, "从");
  const bool in_word = starts(line, at, "在") || starts(line, at, "于");
  if (since_word || in_word) time_at += std::string_view("自").size();
  if (may_open_vague_duration(line, time_at)) {
    NumberExpression vague = read_vague_duration(line, time_at);
    // 在数年后: 在 goes with the frame, as it does with a number's.
    if (in_word && (vague.english.starts_with("after ") || vague.english.starts_with("within "))) vague.begin = at;
    return since_word || (in_word && vague.begin != at) ? x : vague;
  }
  size_t end = 0;
  if (std::string time = read_time(line, time_at, end); !time.empty()) {
    if (in_word) {
      x.end = end;
      // A day is "on" (on 5 March 2019); a year, a month, a decade "in".
      x.english = (std::isdigit(static_cast<unsigned char>(time[0])) && time.find(' ') != std::string::npos ? "on " : "in ") + time;
      return x;
    }
    static constexpr std::array<std::string_view, 4> kSince{"以来", "至今", "起", "来"};
    const std::string_view since = one_of(line, end, kSince);
    if (!since.empty() && (since_word || since == "以来")) {
      x.end = end + since.size();
      x.english = "since " + time;
      return x;
    }
    if (since_word) return x;  // 自 alone: the lexicon's
    x.end = end;
    // A year that opens a sentence before a comma sets its time: "2004年, …" → "In 2004, …".
    const bool opens_sentence = text::sentence_starts_at(line, at) && (starts(line, end, ",") || starts(line, end, "，"));
    x.english = opens_sentence ? "In " + time : std::move(time);
    return x;
  }
  if (in_word) {
    // 在6个月后, 在2周内: 在 goes with the frame ("after 6 months", not "in after 6 months").
    NumberExpression framed = read_expression(line, time_at);
    if (framed.english.starts_with("after ") || framed.english.starts_with("within ")) {
      framed.begin = at;
      return framed;
    }
  }
  if (since_word || in_word) return x;
  // An ordinal of time: 第3个月 "the third month".
  if (starts(line, at, "第")) {
    const size_t after = at + std::string_view("第").size();
    const text::Numeral n = text::read_numeral(line, after, false);
    if (n.length == 0 || n.value != static_cast<long>(n.value) || n.value < 1) return x;
    const Unit* u = read_unit(line, after + n.length);
    if (u == nullptr) return x;
    x.end = after + n.length + u->zh.size();
    x.english = "the " + text::english_ordinal(static_cast<long>(n.value)) + " " + std::string(u->singular);
    return x;
  }
  if (!numeral_may_start(line, at)) return x;
  // A percentage: 百分之三十 "30%", 百分之三十的 "30% of".
  if (starts(line, at, "百分之")) {
    const size_t after = at + std::string_view("百分之").size();
    const text::Numeral n = text::read_numeral(line, after, false);
    if (n.length == 0 || n.roman) return x;
    x.end = after + n.length;
    x.english = n.digits + "%";
    if (starts(line, x.end, "的")) {
      x.end += std::string_view("的").size();
      x.english += " of";
    }
    return x;
  }
  // A fraction: 三分之一 "one third", 四分之三的 "three quarters of"; in digits past ten
  // (二十分之一 "1/20").
  if (const std::optional<NumberExpression> fraction = read_fraction(line, at)) return *fraction;
  // A stage or a trial phase: 3期, II期.
  text::Numeral n = text::read_roman_numeral(line, at);
  if (n.length == 0 || !starts(line, at + n.length, "期")) n = text::read_numeral(line, at, true);
  if (n.length == 0) return x;
  size_t i = at + n.length;
  if (starts(line, i, "期") && !n.scaled && n.value >= 1 && n.value <= 10 && n.value == static_cast<long>(n.value)) {
    i += std::string_view("期").size();
    const std::string number = n.roman ? n.digits : std::to_string(static_cast<long>(n.value));
    x.end = i;
    x.english = (names_a_trial(line, i) ? "phase " : "stage ") + number;
    return x;
  }
  if (n.roman) return x;
  // A range of ages, durations or multiples, 30至50岁, 三到五年, 两到三倍: the second number is
  // read on, and the first goes before it ("30 to 50 years", "three to five years").
  std::string range_from;
  static constexpr std::array<std::string_view, 4> kRangeWords{"至", "到", "～", "~"};
  if (const std::string_view to = one_of(line, i, kRangeWords); !to.empty() && !n.scaled) {
    const text::Numeral m = text::read_numeral(line, i + to.size(), false);
    const size_t after = i + to.size() + m.length;
    if (m.length > 0 && !m.roman && !m.scaled && m.chinese == n.chinese && m.value > n.value &&
        (starts(line, after, "岁") || starts(line, after, "倍") ||
         (read_unit(line, after) != nullptr && !is_year(m)))) {
      range_from = (n.chinese ? text::english_cardinal(n) : n.digits) + " to ";
      n = m;
      i = after;
    }
  }
  // A range of multiples: 两到三倍 "two to three times".
  if (!range_from.empty() && starts(line, i, "倍")) {
    x.end = i + std::string_view("倍").size();
    x.english = range_from + text::english_cardinal(n) + " times";
    return x;
  }
  // An approximate count: 五百余人 "more than 500 people", 十余年 "more than ten years"; 多 after
  // a round number too (二十多名, 十多年), and 后 after a duration (十多年后 "after more than ten
  // years").
  const bool round = n.value >= 10 && n.value == static_cast<long>(n.value) && static_cast<long>(n.value) % 10 == 0;
  if (starts(line, i, "余") || (round && starts(line, i, "多"))) {
    i += std::string_view("余").size();  // 多 is as long
    std::string count = "more than " + text::english_cardinal(n);
    if (const Unit* u = read_unit(line, i)) {
      i += u->zh.size();
      count = with_unit(count, 2, *u);
      if (const std::string_view after = one_of(line, i, kAfterWords); !after.empty()) {
        i += after.size();
        count = "after " + count;
      }
    }
    x.end = i;
    x.english = std::move(count);
    return x;
  }
  // A percentage of a group: 30%的 "30% of".
  if (!n.chinese && !n.scaled && (starts(line, i, "%的") || starts(line, i, "％的"))) {
    x.end = i + (starts(line, i, "%") ? 1 : 3) + std::string_view("的").size();
    x.english = n.digits + "% of";
    return x;
  }
  // An age: 65岁, 65岁以上(的), 65岁以下(的), 65岁的.
  if (starts(line, i, "岁") && !n.scaled) {
    i += std::string_view("岁").size();
    const std::string years = range_from + age_years(n);
    static constexpr std::array<std::string_view, 3> kOver{"及以上", "以上", "或以上"};
    const std::string_view over = one_of(line, i, kOver);
    const bool under = starts(line, i, "以下");
    if (!over.empty() || under) {
      i += under ? std::string_view("以下").size() : over.size();
      x.english = under ? "younger than " + years : years + " and older";
      if (starts(line, i, "的")) {
        i += std::string_view("的").size();
        x.age_before_noun = true;
      }
    } else if (starts(line, i, "的") && !range_from.empty()) {
      // 30至50岁的 + a noun: "adults aged 30 to 50 years".
      i += std::string_view("的").size();
      x.english = years;
      x.age_before_noun = true;
    } else if (starts(line, i, "的")) {
      i += std::string_view("的").size();
      x.english = n.digits + "-year-old";
    } else {
      x.english = years + " old";
      if (range_from.empty()) x.age_as_modifier = n.digits + "-year-old";
    }
    x.end = i;
    return x;
  }
  // A duration, with what frames it: 6个月, 6个月后, 在6个月后, 2周内, 3年前, 5年以上, 2年左右,
  // 3年的, 10年来.
  if (!is_year(n) || !starts(line, i, "年")) {
    if (const Unit* u = read_unit(line, i)) {
      i += u->zh.size();
      const std::string span = range_from + with_unit(text::english_cardinal(n), n.value, *u);
      static constexpr std::array<std::string_view, 3> kAgo{"之前", "以前", "前"};
      if (const std::string_view after = one_of(line, i, kAfterWords); !after.empty()) {
        x.end = i + after.size();
        x.english = "after " + span;
      } else if (const std::string_view ago = one_of(line, i, kAgo); !ago.empty()) {
        x.end = i + ago.size();
        x.english = span + " ago";
      } else if (starts(line, i, "以上")) {
        x.end = i + std::string_view("以上").size();
        x.english = "more than " + span;
      } else if (starts(line, i, "及以上")) {
        x.end = i + std::string_view("及以上").size();
        x.english = span + " or more";
      } else if (starts(line, i, "左右")) {
        x.end = i + std::string_view("左右").size();
        x.english = "about " + span;
      } else if (const std::string_view within = one_of(line, i, kWithinWords); !within.empty()) {
        x.end = i + within.size();
        x.english = "within " + span;
      } else if (const std::string_view over = one_of(line, i, kOverWords); !over.empty() && u->zh == "年") {
        x.end = i + over.size();
        x.english = "over the past " + span;
      } else if (starts(line, i, "的")) {
        x.end = i + std::string_view("的").size();
        x.english = span + " of";
      } else {
        x.end = i;
        x.english = span;
        x.duration = true;
      }
      return x;
    }
  }
  // A number scaled by 万 or 亿: 5000万 "50 million"; with 元 after it, its currency (30万元
  // "300,000 yuan", where the termbase's 万元 would cross the number); digits and 元 likewise.
  if (n.scaled) {
    x.end = i;
    x.english = text::english_cardinal(n);
    if (starts(line, i, "元")) {
      x.end = i + std::string_view("元").size();
      x.english += " yuan";
    }
  } else if (!n.chinese && !n.roman && starts(line, i, "元")) {
    // A sum in digits: 5000元 "5000 yuan" (not 三元, a word of its own).
    x.end = i + std::string_view("元").size();
    x.english = text::english_cardinal(n) + " yuan";
  }
  return x;
}

// Whether `before` ends with the word "the" (any case) and spaces.
bool ends_with_the(std::string_view before) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.size() < 3) return false;
  const std::string_view last = before.substr(before.size() - 3);
  const bool the = (last[0] == 't' || last[0] == 'T') && (last[1] == 'h' || last[1] == 'H') && (last[2] == 'e' || last[2] == 'E');
  return the && (before.size() == 3 || !text::is_latin_letter(static_cast<unsigned char>(before[before.size() - 4])));
}

// Whether `cp` can begin a numeral (or 上世纪): a digit, a Chinese numeral, a Roman numeral.
bool begins_numeral(char32_t cp) {
  if ((cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９') || (cp >= U'Ⅰ' && cp <= U'Ⅹ')) return true;
  switch (cp) {
    case U'I': case U'V': case U'X':
    case U'零': case U'〇': case U'一': case U'二': case U'两': case U'三': case U'四': case U'五':
    case U'六': case U'七': case U'八': case U'九': case U'十': case U'百': case U'千':
    case U'上':
      return true;
    default:
      return false;
  }
}

// Whether an expression may start at `at`: each begins with a numeral, after at most one of
// 自, 从, 在, 于, 第. A cheap test that spares read_expression the other characters of a line.
// `cp` is the character at `at`, `len` its bytes.
bool may_open_expression(std::string_view line, size_t at, char32_t cp, size_t len) {
  if (begins_numeral(cp)) return true;
  if (is_vague_count(cp)) return may_open_vague_duration(line, at);
  if (cp != U'自' && cp != U'从' && cp != U'在' && cp != U'于' && cp != U'第') return false;
  if (at + len >= line.size()) return false;
  size_t next_len;
  const char32_t next = text::decode(line, at + len, next_len);
  return begins_numeral(next) || (is_vague_count(next) && may_open_vague_duration(line, at + len));
}

}  // namespace

std::vector<NumberExpression> find_number_expressions(std::string_view line) {
  std::vector<NumberExpression> found;
  for (size_t at = 0; at < line.size();) {
    // An ASCII character opens none but a digit or a Roman numeral's letter (may_open_expression
    // without decoding: English text is most of an English line).
    const auto byte = static_cast<unsigned char>(line[at]);
    if (byte < 0x80 && !(byte >= '0' && byte <= '9') && byte != 'I' && byte != 'V' && byte != 'X') {
      ++at;
      continue;
    }
    size_t len;
    const char32_t cp = text::decode(line, at, len);
    if (!may_open_expression(line, at, cp, len)) {
      at += len;
      continue;
    }
    NumberExpression x = read_expression(line, at);
    if (x.end > x.begin) {
      // "the 21世纪": the English text gave the article already.
      if (x.english.starts_with("the ") && ends_with_the(line.substr(0, x.begin))) x.english.erase(0, 4);
      at = x.end;
      found.push_back(std::move(x));
    } else {
      at += len;
    }
  }
  return found;
}

void add_number_tokens(std::string_view line, std::vector<Token>& tokens) {
  const std::vector<NumberExpression> found = find_number_expressions(line);
  if (found.empty()) return;
  static const matcher::Entry kEntry = [] {
    matcher::Entry e;
    e.concept_index = UINT32_MAX;  // no concept of the lexicon
    e.language = Language::zh;
    return e;
  }();
  std::vector<Token> out;
  out.reserve(tokens.size() + found.size());
  size_t next = 0;  // the first token not yet passed
  for (NumberExpression x : found) {
    auto first = std::lower_bound(tokens.begin(), tokens.end(), x.begin, [](const Token& t, size_t at) { return t.end <= at; });
    // A lexicon match that crosses an edge keeps its text: the expression is dropped.
    bool crossed = false;
    auto last = first;
    for (; last != tokens.end() && last->begin < x.end; ++last) crossed = crossed || last->begin < x.begin || last->end > x.end;
    if (crossed) continue;
    auto is_chinese_touching = [&](const Token& t, size_t b, size_t e) {
      return t.entry->language == Language::zh && t.begin == b && t.end == e;
    };
    const auto first_index = static_cast<size_t>(first - tokens.begin());
    auto last_index = static_cast<size_t>(last - tokens.begin());
    size_t copy_until = first_index;
    // 治疗后 + 6个月: "6 months after treatment".
    if (x.duration && first_index > 0 && first_index - 1 >= next) {
      const Token& before = tokens[first_index - 1];
      const std::string_view written = text_of(line, before);
      const std::string& english = before.matched_concept->en.term;
      if (before.end == x.begin && before.entry->language == Language::zh && written.ends_with("后") &&
          english.starts_with("after ")) {
        x.english += " " + english;
        x.begin = before.begin;
        copy_until = first_index - 1;
      } else if (before.end == x.begin && written == "后" && first_index > 1 && first_index - 2 >= next) {
        // 移植 + 后 + 3年: "3 years after transplant", when what comes before 后 is a noun.
        const Token& noun = tokens[first_index - 2];
        if (noun.end == before.begin && noun.entry->language == Language::zh && noun.token_class == TokenClass::nominal &&
            !noun.matched_concept->en.term.empty()) {
          x.english += " after " + noun.matched_concept->en.term;
          x.begin = noun.begin;
          copy_until = first_index - 2;
        }
      }
    }
    // 近 or 最近 + 3年来: the duration already reaches up to now ("over the past three years", not
    // "nearly over the past ...").
    if (x.english.starts_with("over the past ") && copy_until == first_index && first_index > 0 &&
        first_index - 1 >= next && tokens[first_index - 1].end == x.begin &&
        (text_of(line, tokens[first_index - 1]) == "近" || text_of(line, tokens[first_index - 1]) == "最近")) {
      x.begin = tokens[first_index - 1].begin;
      --copy_until;
    }
    // Bare, a vague count of time is the lexicon's word.
    if (x.vague && copy_until == first_index) continue;
    // 在 + 治疗后 + 两年: 在 goes with the frame ("two years after treatment", not "in ...").
    if (copy_until < first_index && copy_until > next && tokens[copy_until - 1].end == x.begin &&
        text_of(line, tokens[copy_until - 1]) == "在") {
      x.begin = tokens[copy_until - 1].begin;
      --copy_until;
    }
    // (在) 移植 + 2年后: "2 years after transplantation", when what comes before the duration is a
    // procedure, or any noun that 在 opens (在诊断两年后); not a subject (患者6个月后复查).
    if (x.english.starts_with("after ") && first_index > 0 && first_index - 1 >= next) {
      const Token& noun = tokens[first_index - 1];
      const bool opened_by_in = first_index > 1 && first_index - 2 >= next &&
                                tokens[first_index - 2].end == noun.begin &&
                                text_of(line, tokens[first_index - 2]) == "在";
      if (noun.end == x.begin && noun.entry->language == Language::zh && noun.token_class == TokenClass::nominal &&
          noun.matched_concept->pos == PartOfSpeech::noun && !noun.matched_concept->en.term.empty() &&
          (opened_by_in || noun.matched_concept->domain == "procedures")) {
        x.english = x.english.substr(std::string_view("after ").size()) + " after " + noun.matched_concept->en.term;
        x.begin = opened_by_in ? tokens[first_index - 2].begin : noun.begin;
        copy_until = first_index - (opened_by_in ? 2 : 1);
      }
    }
    // 65岁以上的 + 患者: "patients aged 65 years and older".
    if (x.age_before_noun && last_index < tokens.size() &&
        is_chinese_touching(tokens[last_index], x.end, tokens[last_index].end) &&
        tokens[last_index].token_class == TokenClass::nominal && !tokens[last_index].matched_concept->en.term.empty()) {
      x.english = tokens[last_index].matched_concept->en.term + " aged " + x.english;
      x.end = tokens[last_index].end;
      ++last_index;
    }
    // 7岁 + 男孩: "7-year-old boy", the age modifying the noun right after it.
    if (!x.age_as_modifier.empty() && last_index < tokens.size() &&
        is_chinese_touching(tokens[last_index], x.end, tokens[last_index].end) &&
        tokens[last_index].token_class == TokenClass::nominal) {
      x.english = x.age_as_modifier;
    }
    out.insert(out.end(), tokens.begin() + static_cast<std::ptrdiff_t>(next),
               tokens.begin() + static_cast<std::ptrdiff_t>(copy_until));
    auto made = std::make_shared<Concept>();
    made->id = "number-expression";
    made->kind = ConceptKind::word;
    made->pos = PartOfSpeech::num;
    made->en.term = x.english;
    made->zh.term = std::string(line.substr(x.begin, x.end - x.begin));
    Token t;
    t.begin = x.begin;
    t.end = x.end;
    t.entry = &kEntry;
    t.matched_concept = made.get();
    t.own_concept = std::move(made);
    t.token_class = TokenClass::determiner;
    out.push_back(std::move(t));
    next = last_index;
  }
  out.insert(out.end(), tokens.begin() + static_cast<std::ptrdiff_t>(next), tokens.end());
  tokens = std::move(out);
}

}  // namespace termnorm::rewriter
