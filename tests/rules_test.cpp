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
  CHECK(en("It is 一种影响心肌细胞的慢性疾病.") == "It is a chronic disease affecting cardiomyocytes.");
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

TEST_CASE("a rule that starts a sentence with its text is tried where a sentence starts with it", "[rules]") {
  const Lexicon lexicon =
      one_rule("{id: through, from: zh, sentence-start: true, zh: '通过{X:noun}', en: 'through {X}'}");
  const rewriter::RuleSet rules(lexicon.rules(), Language::zh);
  // 通过 (a token, its opening marker before it) starts the second sentence only; the third
  // sentence starts with other text.
  const std::string_view line = "又通过细胞。 通过细胞和。细胞";
  const auto found = rules.apply(
      line, tokens_of(line, {{"通过", rewriter::TokenClass::verb}, {"细胞", rewriter::TokenClass::nominal}}));
  REQUIRE(found.size() == 1);
  CHECK(found[0].begin == line.find("通过", line.find("。")));
  CHECK(found[0].end == line.find("和"));
}

TEST_CASE("rules apply inside another rule's slots, kMaxNesting levels deep", "[rules]") {
  const auto nominal = rewriter::TokenClass::nominal;
  SECTION("a rule inside a slot") {
    for (const bool inner_starts_sentence : {false, true}) {
      const Lexicon lexicon = Lexicon::from_yaml(
          "termnorm-lexicon: 1\nrules:\n"
          "  - {id: provide, from: zh, zh: '为{X}提供{Y}', en: 'provide {Y} for {X}'}\n"
          "  - {id: patients, from: zh, sentence-start: " +
              std::string(inner_starts_sentence ? "true" : "false") +
              ", zh: '{X:noun}患者', en: 'patients with {X}'}\n",
          "rules.yaml");
      const rewriter::RuleSet rules(lexicon.rules(), Language::zh);
      const std::string_view line = "为糖尿病患者提供细胞";
      const auto found =
          rules.apply(line, tokens_of(line, {{"糖尿病", nominal}, {"患者", nominal}, {"细胞", nominal}}));
      REQUIRE(found.size() == 1);
      CHECK(found[0].rule->id == "provide");
      // A slot is no sentence of its own: a rule that starts one is not looked for there.
      if (inner_starts_sentence) {
        CHECK(found[0].inner.empty());
        continue;
      }
      REQUIRE(found[0].inner.size() == 1);
      CHECK(found[0].inner[0].rule->id == "patients");
      CHECK(found[0].inner[0].begin == line.find("糖尿病"));
      CHECK(found[0].inner[0].end == line.find("提供"));
      REQUIRE(found[0].inner[0].slots.size() == 1);
      CHECK(found[0].inner[0].slots[0].end == line.find("患者"));
    }
  }
  SECTION("a rule that matches again inside its own slot, level after level") {
    const Lexicon lexicon = one_rule("{id: wrap, from: zh, zh: '甲{X}', en: 'a {X}'}");
    const rewriter::RuleSet rules(lexicon.rules(), Language::zh);
    const std::string_view line = "甲甲甲甲甲甲细胞";
    const auto found = rules.apply(line, tokens_of(line, {{"甲", nominal}, {"细胞", nominal}}));
    REQUIRE(found.size() == 1);
    int depth = 0;
    for (const rewriter::RuleMatch* m = &found[0]; !m->inner.empty(); m = &m->inner[0]) {
      CHECK(m->inner.size() == 1);
      CHECK(m->inner[0].begin == m->slots[0].begin);
      ++depth;
    }
    CHECK(depth == rewriter::RuleSet::kMaxNesting);
  }
}

TEST_CASE("a noun phrase slot before 的 takes an adjective whose form ends in it, read as its noun", "[rules]") {
  const Lexicon lexicon = Lexicon::from_yaml(R"(termnorm-lexicon: 1
concepts:
  - {id: women, kind: word, pos: noun, en: women, zh: 女性}
  - {id: female, kind: word, pos: adj, en: female, zh: 女性的}
  - {id: effective, kind: word, pos: adj, en: effective, zh: 有效的}
  - {id: grafted, kind: word, pos: adj, en: grafted, zh: 移植的}
  - {id: grafting, kind: word, pos: noun, en: grafting, zh: 移植}
  - {id: effect, kind: word, pos: noun, en: effect, zh: 影响}
rules:
  - {id: effect-on, from: zh, zh: '对{X}的{Y:noun}', en: 'the {Y} on {X}'}
  - {id: effect-on-maybe, from: zh, zh: '在{X}的?{Y:noun}', en: '{Y} in {X}'}
)",
                                             "de.yaml");
  const Normalizer n(lexicon);
  auto en = [&](const char* text) { return n.normalize(text, {Target::en}).text; };
  CHECK(en("They saw 对女性的影响.") == "They saw the effect on women.");
  // No noun without the 的, or a participle (what was done, not who owns): no match.
  CHECK(en("They saw 对有效的影响.") == "They saw 对 effective effect.");
  CHECK(en("They saw 对移植的影响.") == "They saw 对 grafted effect.");
  // A 的 the pattern may leave out leaves the slot as it was.
  CHECK(en("They saw 在女性的影响.") == "They saw effect in female.");
}
