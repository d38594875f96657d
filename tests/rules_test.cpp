// Construction rules: pattern translation, compile errors with positions, slot rendering.
#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>

#include "rewriter/rule_set.hpp"
#include "small_lexicon.hpp"
#include "termnorm/normalizer.hpp"

using namespace termnorm;

TEST_CASE("patterns translate to RE2 that compiles", "[rules]") {
  for (const char* pattern : {"{X}的{Y}", "在{X}(?:中|里)", "为{X}提供了?{Y}", "[的之]{Y}", "^的{Y}\\s", "通过{V:verb}"}) {
    CAPTURE(pattern);
    const std::string regex = rewriter::RuleSet::translate_pattern(pattern, Language::zh);
    RE2 re(regex, RE2::Quiet);
    CHECK(re.ok());
  }
}

TEST_CASE("a rule that does not compile is reported at its YAML line", "[rules]") {
  const Lexicon bad = Lexicon::from_yaml(R"(termnorm-lexicon: 1
rules:
  - id: broken
    from: zh
    zh: '{X}的(未'
    en: 'x'
)", "bad.yaml");
  try {
    Normalizer n(bad);
    FAIL("no error");
  } catch (const LexiconError& e) {
    CHECK(std::string(e.what()).rfind("bad.yaml:3:5: rule 'broken' does not compile: missing )", 0) == 0);
  }
  const Lexicon unknown_slot = Lexicon::from_yaml("termnorm-lexicon: 1\nrules:\n  - {id: r, zh: '{X:adverb}', en: x}\n", "u.yaml");
  CHECK_THROWS_WITH(Normalizer(unknown_slot), Catch::Contains("u.yaml:3:5: rule 'r': unknown slot type 'adverb'"));
}

TEST_CASE("rules render their slots in the target language", "[rules]") {
  const Normalizer n(small_lexicon());
  auto en = [&](const char* text) { return n.normalize(text, {Target::en}).text; };
  CHECK(en("It uses 干细胞的再生潜力.") == "It uses the regenerative potential of stem cells.");
  CHECK(en("通过利用干细胞的再生潜力, we win.") == "By harnessing the regenerative potential of stem cells, we win.");
  CHECK(en("MS is 一种影响中枢神经系统的慢性疾病.") == "MS is a chronic disease affecting the central nervous system.");
  // In a heading the heading template applies, in Title Case; conjunctions join the slot.
  CHECK(en("干细胞治疗的未来方向和挑战\n") == "Future Directions and Challenges of Stem Cell Therapy\n");
}

TEST_CASE("a rule never cuts a lexicon match in two", "[rules]") {
  const Normalizer n(small_lexicon());
  // 有效的 is one word: its 的 must not serve the possessive rule.
  CHECK(n.normalize("It is 一种有效的方法.", {Target::en}).text == "It is an effective approach.");
}

namespace {

// A lexicon of one Chinese rule, written as a YAML flow mapping (the rule set keeps pointers
// into it, so it must outlive the set).
Lexicon one_rule(const std::string& rule) {
  return Lexicon::from_yaml("termnorm-lexicon: 1\nrules:\n  - " + rule + "\n", "rules.yaml");
}

// Every place `line` writes each word, a token of the word's class, in line order.
std::vector<rewriter::Token> tokens_of(std::string_view line,
                                       const std::vector<std::pair<std::string_view, rewriter::TokenClass>>& words) {
  std::vector<rewriter::Token> tokens;
  for (const auto& [word, c] : words) {
    for (size_t at = line.find(word); at != std::string_view::npos; at = line.find(word, at + 1)) {
      rewriter::Token t;
      t.begin = at;
      t.end = at + word.size();
      t.token_class = c;
      tokens.push_back(t);
    }
  }
  std::sort(tokens.begin(), tokens.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return tokens;
}

}  // namespace

TEST_CASE("a rule set applied to a paragraph finds what it finds in the paragraph's skeleton", "[rules]") {
  const Lexicon lexicon = one_rule("{id: progressive, from: zh, zh: '{S:noun}正在{V:verb}', en: '{S} {S|be} {V|ing}'}");
  const rewriter::RuleSet rules(lexicon.rules(), Language::zh);
  for (const std::string_view line : {std::string_view("细胞正在分裂。"), std::string_view("细胞在分裂。")}) {
    CAPTURE(line);
    const auto tokens =
        tokens_of(line, {{"细胞", rewriter::TokenClass::nominal}, {"分裂", rewriter::TokenClass::verb}});
    const auto by_paragraph = rules.apply(line, tokens);
    const auto by_skeleton = rules.apply(rewriter::Skeleton(line, tokens), tokens);
    REQUIRE(by_paragraph.size() == by_skeleton.size());
    CHECK(by_paragraph.size() == (line.find("正在") != std::string_view::npos ? 1u : 0u));
    for (size_t k = 0; k < by_paragraph.size(); ++k) {
      CHECK(by_paragraph[k].begin == by_skeleton[k].begin);
      CHECK(by_paragraph[k].end == by_skeleton[k].end);
      CHECK(by_paragraph[k].slots.size() == by_skeleton[k].slots.size());
    }
  }
}

TEST_CASE("a rule that starts with its text is tried at each place the line writes it", "[rules]") {
  const Lexicon lexicon = one_rule("{id: through, from: zh, zh: '通过{X:noun}', en: 'through {X}'}");
  const rewriter::RuleSet rules(lexicon.rules(), Language::zh);
  // The first 通过 is followed by no noun, the second (a token of its own) is.
  const std::string_view line = "通过，又通过细胞和通过";
  const auto found = rules.apply(
      line, tokens_of(line, {{"通过", rewriter::TokenClass::verb}, {"细胞", rewriter::TokenClass::nominal}}));
  REQUIRE(found.size() == 1);
  CHECK(found[0].begin == line.find("通过", 1));
  CHECK(found[0].end == line.find("和"));
}
