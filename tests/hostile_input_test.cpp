// Hostile and odd input, through the library: each case states what termnorm does with it.
// Invalid UTF-8 is refused at its line and column; NUL bytes, a byte-order mark, CRLF and
// lone CR, full-width Latin, combining characters and other scripts are handled as stated
// below; termbases built to exhaust memory (alias bombs, deep nesting, huge rule patterns) are
// refused with a message; rules run once, so a rule whose output matches again cannot loop.
#include <algorithm>
#include <catch2/catch.hpp>
#include <ctime>

#include "default_normalizer.hpp"
#include "invariants.hpp"
#include "small_lexicon.hpp"

using namespace termnorm;
using Catch::Matchers::Contains;
using namespace std::string_literals;

namespace {

std::string to(Target target, std::string_view text) { return default_normalizer().normalize(text, {target}).text; }

// The message of the LexiconError that loading `yaml` (and compiling it) throws, or "".
std::string lexicon_error(const std::string& yaml) {
  try {
    Normalizer n(Lexicon::from_yaml(yaml, "hostile.yaml"));
  } catch (const LexiconError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("invalid UTF-8 is refused at its line and column", "[hostile]") {
  const auto [bytes, line, column] = GENERATE(table<std::string, size_t, size_t>({
      {"ok\nab\xC0\xAF", 2, 3},             // overlong '/'
      {"x\xE0\x80\xAF", 1, 2},              // overlong, three bytes
      {"干细胞\xED\xA0\x80", 1, 4},          // a UTF-16 surrogate
      {"a\nb\nstem \xE5\xB9", 3, 6},        // truncated at the end
      {"\xE5\xB9 cells", 1, 1},             // truncated before a space
      {"\xF4\x90\x80\x80", 1, 1},           // past U+10FFFF
      {"\xFF", 1, 1},                       // a byte that never occurs
      {"cells\x80", 1, 6},                  // a lone continuation byte
      {"\r\n\r\x80", 3, 1},                 // lines counted across CRLF and lone CR
  }));
  CAPTURE(bytes);
  for (Target target : {Target::en, Target::zh, Target::automatic}) {
    try {
      default_normalizer().normalize(bytes, {target});
      FAIL("accepted");
    } catch (const InputError& e) {
      CHECK(e.where().line == line);
      CHECK(e.where().column == column);
      CHECK(e.message() == "invalid UTF-8");
    }
  }
}

TEST_CASE("with InvalidUtf8::replace, each maximal invalid subsequence becomes one U+FFFD", "[hostile]") {
  const std::string r = "\xEF\xBF\xBD";  // U+FFFD
  const auto [bytes, replaced, count] = GENERATE_REF(table<std::string, std::string, size_t>({
      // Unicode's own example (chapter 3, "U+FFFD Substitution of Maximal Subparts")
      {"a\xF1\x80\x80\xE1\x80\xC2" "b\x80" "c\x80\xBF" "d", "a" + r + r + r + "b" + r + "c" + r + r + "d", 6},
      {"ab\xC0\xAF", "ab" + r + r, 2},                 // overlong '/': C0 never starts a sequence
      {"x\xE0\x80\xAF", "x" + r + r + r, 3},          // overlong, three bytes: E0 needs A0..BF next
      {"干细胞\xED\xA0\x80", "干细胞" + r + r + r, 3},  // a surrogate: ED needs 80..9F next
      {"stem \xE5\xB9", "stem " + r, 1},               // truncated at the end: one sequence
      {"\xE5\xB9 cells", r + " cells", 1},             // truncated before a space
      {"\xF0\x9F\x98", r, 1},                         // a four-byte sequence cut short
      {"\xF4\x90\x80\x80", r + r + r + r, 4},          // past U+10FFFF: F4 needs 80..8F next
      {"\xFF\xFE", r + r, 2},                          // bytes that never occur
      {"cells\x80", "cells" + r, 1},                    // a lone continuation byte
      {"\xE5\xB9\n\xB9", r + "\n" + r, 2},              // a line break ends a sequence
  }));
  CAPTURE(bytes);
  size_t n = 0;
  CHECK(replace_invalid_utf8(bytes, n) == replaced);
  CHECK(n == count);
  // normalize() gives what the replaced text gives, and says how many and where.
  Options options;
  options.target = Target::zh;
  options.invalid_utf8 = InvalidUtf8::replace;
  const Result result = default_normalizer().normalize(bytes, options);
  CHECK(result.text == default_normalizer().normalize(replaced, {Target::zh}).text);
  CHECK(result.invalid_replaced.count == count);
  CHECK(invariants::check_all(default_normalizer(), replaced, {Target::zh}) == "");
}

TEST_CASE("replaced invalid UTF-8 is located, and a stream replaces it as the whole run does", "[hostile]") {
  Options options;
  options.target = Target::en;
  options.invalid_utf8 = InvalidUtf8::replace;
  const std::string bytes = "干细胞 work.\nThe \xE5\xB9 cells\r\n\xFF 干细胞 \xC0.\n";
  const Result whole = default_normalizer().normalize(bytes, options);
  CHECK(whole.text == "Stem cells work.\nThe \xEF\xBF\xBD cells\r\n\xEF\xBF\xBD stem cells \xEF\xBF\xBD.\n");
  CHECK(whole.invalid_replaced.count == 3);
  CHECK(whole.invalid_replaced.line == 2);
  CHECK(whole.invalid_replaced.column == 5);
  for (size_t piece : {1, 2, 5, 64}) {
    DocumentStream stream(default_normalizer(), options);
    std::string text;
    size_t count = 0;
    std::vector<Edit> edits;
    auto add = [&](const Result& r) {
      text += r.text;
      count += r.invalid_replaced.count;
      edits.insert(edits.end(), r.edits.begin(), r.edits.end());
    };
    for (size_t i = 0; i < bytes.size(); i += piece) add(stream.feed(std::string_view(bytes).substr(i, piece)));
    add(stream.finish());
    CAPTURE(piece);
    CHECK(text == whole.text);
    CHECK(count == 3);
    REQUIRE(edits.size() == whole.edits.size());
    for (size_t i = 0; i < edits.size(); ++i) CHECK(edits[i].begin == whole.edits[i].begin);
  }
}

TEST_CASE("NUL bytes are text like any other", "[hostile]") {
  const std::string text = "The\0 干细胞\0 work.\n"s;
  CHECK(to(Target::en, text) == "The\0 stem cells\0 work.\n"s);
  CHECK(invariants::check_all(default_normalizer(), text, {Target::en}) == "");
}

TEST_CASE("a byte-order mark is kept, and the text after it is a line start", "[hostile]") {
  const std::string bom = "\xEF\xBB\xBF";
  CHECK(to(Target::en, bom + "干细胞治疗 works.\n") == bom + "Stem cell therapy works.\n");
  CHECK(to(Target::zh, bom + "stem cells\n") == bom + "干细胞\n");
  CHECK(to(Target::en, bom) == bom);
}

TEST_CASE("CRLF and lone CR line endings are kept", "[hostile]") {
  CHECK(to(Target::en, "然而, yes.\r\n然而, no.\r\n") == "However, yes.\r\nHowever, no.\r\n");
  CHECK(to(Target::en, "然而, yes.\r然而, no.\r") == "However, yes.\rHowever, no.\r");
  CHECK(to(Target::en, "\r\n\r\r\n\n") == "\r\n\r\r\n\n");
}

TEST_CASE("empty input gives empty output", "[hostile]") {
  for (Target target : {Target::en, Target::zh, Target::automatic}) {
    const Result r = default_normalizer().normalize("", {target});
    CHECK(r.text.empty());
    CHECK(r.edits.empty());
    CHECK(r.residuals.empty());
  }
}

TEST_CASE("full-width Latin matches like its ASCII form", "[hostile]") {
  // Folding maps full width to ASCII, so ＭＳＣｓ is the abbreviation MSCs.
  CHECK(to(Target::zh, "ＭＳＣｓ治疗") == to(Target::zh, "MSCs治疗"));
  CHECK(invariants::check_all(default_normalizer(), "ＭＳＣ and ｓｔｅｍ ｃｅｌｌｓ", {Target::zh}) == "");
}

TEST_CASE("combining characters stay with their base", "[hostile]") {
  // A word that continues with a combining mark is another word: no match inside it.
  CHECK(to(Target::zh, "stem cells\xCC\x81 here") == "stem cells\xCC\x81 here");
  CHECK(to(Target::en, "cafe\xCC\x81 na\xCC\x88ive") == "cafe\xCC\x81 na\xCC\x88ive");
  for (const std::string text : {"干细胞\xCC\x81", "e\xCC\x81\xCC\x81\xCC\x81 stem cells", "\xCC\x81\xCC\x81"}) {
    CAPTURE(text);
    for (Target target : {Target::en, Target::zh}) {
      CHECK(invariants::check_all(default_normalizer(), text, {target}) == "");
    }
  }
}

TEST_CASE("Japanese kana, Korean and Cyrillic pass through", "[hostile]") {
  const std::string text = "カタカナとひらがな。한국어 문장입니다. Кириллица и текст.\n";
  for (Target target : {Target::en, Target::zh}) CHECK(to(target, text) == text);
}

TEST_CASE("a termbase that is not valid UTF-8 is refused at its line and column", "[hostile][yaml]") {
  // Found by the lexicon fuzzer: a form with a stray byte loaded, and the output of valid
  // text was then invalid UTF-8.
  CHECK(lexicon_error("termnorm-lexicon: 1\nconcepts:\n  - {id: c, en: conte\x86xt, zh: 背景}\n") ==
        "hostile.yaml:3:22: invalid UTF-8");
}

TEST_CASE("a YAML alias bomb is refused, not expanded", "[hostile][yaml]") {
  std::string yaml = "termnorm-lexicon: 1\nbomb:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 30; ++i) {
    yaml += "  - &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) yaml += (k ? ", *a" : "*a") + std::to_string(i - 1);
    yaml += "]\n";
  }
  // 10^30 strings once expanded; the loader stops at its node budget.
  CHECK_THAT(lexicon_error(yaml), Contains("hostile.yaml:") && Contains("aliases"));
  // Where the schema expects a concept, a list of aliases is refused at its first item.
  std::string forms = "termnorm-lexicon: 1\nconcepts:\n  - &c {id: x, en: [a, b, c, d, e, f, g, h], zh: 甲}\n";
  std::string many = "  - &l0 [*c, *c, *c, *c, *c, *c, *c, *c]\n";
  CHECK_THAT(lexicon_error(forms + many), Contains("hostile.yaml:4:5: a concept must be a mapping"));
  // A concept used twice through an alias is a duplicate id.
  CHECK_THAT(lexicon_error(forms + "  - *c\n"), Contains("duplicate concept id 'x'"));
}

TEST_CASE("deeply nested YAML is refused", "[hostile][yaml]") {
  for (size_t depth : {100, 5000, 100000}) {
    CAPTURE(depth);
    const std::string yaml = "termnorm-lexicon: 1\nconcepts: " + std::string(depth, '[') + std::string(depth, ']') + "\n";
    CHECK_THAT(lexicon_error(yaml), Contains("hostile.yaml:") && Contains("nested"));
    std::string maps = "termnorm-lexicon: 1\nx: ";
    for (size_t i = 0; i < depth; ++i) maps += "{a: ";
    maps += "b" + std::string(depth, '}') + "\n";
    CHECK_THAT(lexicon_error(maps), Contains("hostile.yaml:") && Contains("nested"));
  }
}

TEST_CASE("a rule pattern RE2 cannot afford is refused with RE2's message", "[hostile][rules]") {
  const std::string head =
      "termnorm-lexicon: 1\nconcepts:\n  - {id: cells, en: cells, zh: 细胞}\nrules:\n  - id: huge\n    from: en\n";
  SECTION("a huge alternation") {
    std::string alternation;
    for (int i = 0; i < 200000; ++i) alternation += (i ? "|w" : "w") + std::to_string(i);
    const std::string message = lexicon_error(head + "    en: '(?:" + alternation + ") {X}'\n    zh: '{X}'\n");
    CHECK_THAT(message, Contains("hostile.yaml:5:5: rule 'huge' does not compile: pattern too large"));
  }
  SECTION("a counted repetition is RE2's (its digits are not text to match)") {
    const Normalizer n(Lexicon::from_yaml(head + "    en: '(?:ab){2} {X}'\n    zh: '{X}'\n", "ok.yaml"));
    CHECK(n.normalize("abab cells", {Target::zh}).text == "细胞");
    CHECK(n.normalize("ab cells", {Target::zh}).text != "细胞");
  }
  SECTION("a repetition past RE2's limit") {
    const std::string message = lexicon_error(head + "    en: '(?:ab){1001} {X}'\n    zh: '{X}'\n");
    CHECK_THAT(message, Contains("hostile.yaml:5:5: rule 'huge' does not compile: invalid repetition size"));
  }
  SECTION("an unclosed \\x{ escape (looped forever, growing memory)") {
    CHECK(lexicon_error(head + "    en: 'a\\x{41'\n    zh: 'b'\n") ==
          "hostile.yaml:5:5: rule 'huge': unclosed '\\x{' in rule pattern");
  }
}

TEST_CASE("a termbase of 1,000,000 concepts is refused by size before it is parsed", "[hostile][yaml]") {
  std::string yaml = "termnorm-lexicon: 1\nconcepts:\n";
  for (int i = 0; i < 1000000; ++i) {
    const std::string n = std::to_string(i);
    yaml += "  - {id: c" + n + ", en: term" + n + ", zh: 词" + n + "}\n";
  }
  try {
    Lexicon::from_yaml(yaml, "big.yaml");
    FAIL("loaded");
  } catch (const LexiconError& e) {
    CHECK(std::string(e.what()) == "big.yaml: the file has 46 MiB; a termbase file may have at most 16 MiB (split it into several files)");
  }
}

// The CPU time this thread has used, in seconds: what a ratio of two runs compares, as the
// wall time of a long run grows more than a short one's when other work shares the cores.
double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// The fewest seconds of `runs` calls of `seconds_of_run`: a run slowed by the machine's other
// work (caches, memory) takes longer, never shorter, so the fastest is the one a ratio can trust.
template <typename Run>
double fastest_of(int runs, Run seconds_of_run) {
  double fastest = seconds_of_run();
  for (int i = 1; i < runs; ++i) fastest = std::min(fastest, seconds_of_run());
  return fastest;
}

TEST_CASE("a long line of many rule matches takes linear time", "[hostile][rules]") {
  // Each match looked at every token of the line, and at every match found before it
  // (and, in a list item, copied the output so far): 40,000 matches took minutes. Four times
  // the matches must take about four times as long, not sixteen; the ratio, not a time, is
  // checked, so a slow build (the sanitizers') passes as a fast one does.
  const Normalizer n(Lexicon::from_yaml("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: ethics, zh: 伦理}\n"
                                        "  - {id: b, en: studies, zh: 研究}\n"
                                        "rules:\n  - {id: of, zh: '{X}的{Y}', en: '{Y} of {X}'}\n",
                                        "long.yaml"));
  auto line_of = [](int matches) {
    std::string line;
    for (int i = 0; i < matches; ++i) line += "伦理的研究，";
    return line;
  };
  // Also as a list item, whose line start the renderer once checked on a copy of the output.
  for (const std::string& marker : {std::string(), std::string("- ")}) {
    auto seconds_for = [&](int matches) {
      const std::string text = marker + line_of(matches);
      const double start = thread_cpu_seconds();
      const Result r = n.normalize(text, {Target::en});
      const double seconds = thread_cpu_seconds() - start;
      CHECK(r.text.find("Studies of ethics, studies of ethics,") < 3);
      return seconds;
    };
    const double small = fastest_of(3, [&] { return seconds_for(5000); });
    const double large = fastest_of(3, [&] { return seconds_for(20000); });
    CHECK(large < 8 * std::max(small, 0.01));
  }
}

TEST_CASE("a long line of rule matches with rules inside their slots takes linear time", "[hostile][rules]") {
  // Each match's slots are read again for the rules inside them, and theirs in turn: each
  // level reads only the slots of the one above. Four times the matches, about four times the time.
  const Normalizer n(
      Lexicon::from_yaml("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: ethics, zh: 伦理}\n"
                         "  - {id: b, en: studies, zh: 研究}\n  - {id: c, en: reviews, zh: 综述}\n"
                         "rules:\n  - {id: of, zh: '{X}的{Y}', en: '{Y} of {X}'}\n"
                         "  - {id: on, zh: '{X:noun}综述', en: 'reviews of {X}'}\n"
                         "  - {id: in, zh: '伦理{X:noun}', en: '{X} in ethics'}\n",
                         "nested.yaml"));
  auto seconds_for = [&](int matches) {
    std::string text;
    for (int i = 0; i < matches; ++i) text += "伦理研究综述的研究，";
    const double start = thread_cpu_seconds();
    const Result r = n.normalize(text, {Target::en});
    const double seconds = thread_cpu_seconds() - start;
    CHECK(r.text.find("Studies of reviews of study in ethics, studies of") == 0);
    return seconds;
  };
  const double small = fastest_of(3, [&] { return seconds_for(5000); });
  const double large = fastest_of(3, [&] { return seconds_for(20000); });
  CHECK(large < 8 * std::max(small, 0.01));
}

TEST_CASE("a long line of the default termbase's clause constructions takes linear time", "[hostile][rules]") {
  // Each of these once read the whole line again for each of its matches: the "but" of a
  // concession looked back for the sentence's start with a search for each mark, a noun in a
  // rule's slot asked whether a heading opened the line, and a noun-verb compound before 了 was
  // split by inserting into the middle of the tokens. 30,000 of each took minutes.
  const auto row = GENERATE(table<std::string, std::string>({
      {"虽然有效，但昂贵。", "Although effective, expensive."},
      {"这些治疗对儿童效果最好，", "These treatments are most effective for children,"},
      {"他们的症状改善了，", "Their symptoms improved,"},
  }));
  // Plain variables, not a structured binding: the lambda below captures them.
  const std::string clause = std::get<0>(row);
  const std::string written = std::get<1>(row);
  CAPTURE(clause);
  auto seconds_for = [&](int clauses) {
    std::string text;
    for (int i = 0; i < clauses; ++i) text += clause;
    const double start = thread_cpu_seconds();
    const std::string english = to(Target::en, text);
    const double seconds = thread_cpu_seconds() - start;
    CHECK(english.rfind(written, 0) == 0);
    return seconds;
  };
  const double small = fastest_of(3, [&] { return seconds_for(5000); });
  const double large = fastest_of(3, [&] { return seconds_for(20000); });
  CHECK(large < 8 * std::max(small, 0.01));
}

TEST_CASE("a rule whose output matches again runs once", "[hostile][rules]") {
  const Normalizer n(Lexicon::from_yaml(
      "termnorm-lexicon: 1\n"
      "concepts:\n  - {id: cells, en: cells, zh: 细胞}\n"
      "rules:\n  - {id: echo, from: zh, zh: '{X}的', en: '{X}的的'}\n",
      "loop.yaml"));
  // The rule's output holds its own pattern again; it is applied once per run, not to its
  // own output, so the run ends. (Such a rule breaks idempotence: lexicon check's business.)
  const std::string once = n.normalize("细胞的", {Target::en}).text;
  CHECK(once == "Cells的的");
  CHECK(n.normalize(once, {Target::en}).text == "Cells的的 的");
}
