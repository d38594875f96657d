// The rules' required characters: what they read from a pattern, and that they never rule
// out a rule that matches (over the default termbase's rules and the example articles).
#include "rewriter/rule_literals.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <catch2/catch.hpp>

#include "example_skeletons.hpp"
#include "matcher/matcher.hpp"
#include "rewriter/rule_set.hpp"
#include "rewriter/skeleton.hpp"
#include "termnorm/termnorm.hpp"

using namespace termnorm;
using rewriter::CharacterSet;
using rewriter::RequiredCharacters;

namespace {
bool met(std::string_view pattern, Language source, std::string_view line) {
  return RequiredCharacters(pattern, source).met_by(CharacterSet(line));
}
}  // namespace

TEST_CASE("a pattern's literal characters are required, its optional parts are not", "[rules][literals]") {
  CHECK(met("在{X}(?:中|里|内|当中)", Language::zh, "在细胞中"));
  CHECK(met("在{X}(?:中|里|内|当中)", Language::zh, "在细胞当中"));
  CHECK_FALSE(met("在{X}(?:中|里|内|当中)", Language::zh, "在细胞"));
  CHECK_FALSE(met("在{X}(?:中|里|内|当中)", Language::zh, "细胞中"));
  CHECK(RequiredCharacters("{X}相关的?{Y}", Language::zh).met_by(CharacterSet("相关")));
  CHECK_FALSE(met("{X}相关的?{Y}", Language::zh, "的"));
  CHECK(RequiredCharacters("由?{X}", Language::zh).none());
  CHECK(RequiredCharacters("(?:与|和)?{X}", Language::zh).none());
  CHECK(RequiredCharacters("[在于]{X}", Language::zh).none());
}

TEST_CASE("what a pattern can match without, nothing requires", "[rules][literals]") {
  CHECK(RequiredCharacters("在{X}|{X}中", Language::zh).none());         // either side
  CHECK(RequiredCharacters("(?:在|){X}", Language::zh).none());           // an empty alternative
  CHECK(RequiredCharacters("(?i)ab{X}", Language::en).none());            // flags
  CHECK(met("(?:ab){2} {X}", Language::en, "abab cells"));               // digits of a count
  CHECK(met("(?:ab){2} {X}", Language::en, "x y"));                      // a count may be {0}
  CHECK(met("a*b+{X}", Language::zh, "b"));
  CHECK_FALSE(met("a*b+{X}", Language::zh, "a"));
  CHECK(met("\\x{4E00}{X}", Language::zh, "x"));                         // escapes are not read
}

TEST_CASE("a Chinese pattern's runs of literal characters are strings the line holds", "[rules][literals]") {
  auto holds = [](std::string_view pattern, std::string_view line) {
    return RequiredCharacters(pattern, Language::zh).met_by(CharacterSet(line), line);
  };
  CHECK(holds("{X}的风险", "细胞的风险"));
  CHECK_FALSE(holds("{X}的风险", "风险的细胞"));                 // every character, not in order
  CHECK(holds("在{X}(?:之后|后)", "在治疗之后"));
  CHECK_FALSE(holds("在{X}(?:之后|后)", "在治疗之前"));
  CHECK(holds("提供了?{Y}", "提供细胞"));                        // an optional character ends a run
  CHECK(holds("ab+c{X}", "abbbc"));                               // so does a repeated one
  CHECK_FALSE(holds("ab+c{X}", "ac"));
  CHECK(holds("(?:仍然?|依然)存在{X}", "依然存在"));
  CHECK(holds("(?:仍然?|依然)存在{X}", "仍存在"));                // 然 is optional
  CHECK_FALSE(holds("(?:仍然?|依然)存在{X}", "存在"));
  CHECK(holds("(?:什么(?:类型|样)的?|哪种)的?{X}", "哪种细胞"));  // a group inside an alternative
  CHECK(holds("(?:什么(?:类型|样)的?|哪种)的?{X}", "什么样的细胞"));
  CHECK_FALSE(holds("(?:什么(?:类型|样)的?|哪种)的?{X}", "什的么"));
  CHECK(RequiredCharacters("(?:[在于]|对){X}", Language::zh).none());  // an alternative that starts with a class
}

TEST_CASE("required strings are numbered once and looked up in a line from any offset", "[rules][literals]") {
  rewriter::RequiredStrings strings;
  RequiredCharacters risk("{X}的风险", Language::zh);
  RequiredCharacters of("{X}的{Y}", Language::zh);
  RequiredCharacters also_of("{X}(?:的|之){Y}", Language::zh);
  risk.intern(strings);
  of.intern(strings);
  also_of.intern(strings);
  CHECK(strings.size() == 3);  // 的风险, 的 (shared), 之
  const std::string_view line = "细胞的风险和治疗的效果";
  const CharacterSet characters(line);
  rewriter::StringOccurrences occurrences(strings, line);
  CHECK(risk.met_by(characters, occurrences, 0));
  CHECK_FALSE(risk.met_by(characters, occurrences, line.find("风险")));  // past its only occurrence
  CHECK(risk.met_by(characters, occurrences, 0));                         // asked again from before it
  CHECK(of.met_by(characters, occurrences, line.find("和")));             // the second 的
  CHECK_FALSE(of.met_by(characters, occurrences, line.find("效果")));
  // From every offset, forwards and backwards, the same answers as searching the rest of the line.
  std::vector<size_t> offsets;
  for (size_t i = 0; i <= line.size(); i += 3) offsets.push_back(i);
  for (int pass = 0; pass < 2; ++pass) {
    for (const size_t from : offsets) {
      for (const RequiredCharacters* rule : {&risk, &of, &also_of}) {
        CHECK(rule->met_by(characters, occurrences, from) == rule->met_by(characters, line.substr(from)));
      }
    }
    std::reverse(offsets.begin(), offsets.end());
  }
}

TEST_CASE("a line's required strings are found in one pass, every occurrence of each", "[rules][literals]") {
  rewriter::RequiredStrings strings;
  RequiredCharacters risk("{X}的风险", Language::zh);
  RequiredCharacters twice("{X}的的{Y}", Language::zh);  // overlaps itself in 的的的
  RequiredCharacters who("(?:他们|她们)正在{V:verb}", Language::zh);
  RequiredCharacters short_first("(?:ab|cd)的{X}", Language::zh);  // under three bytes: searched when asked
  for (RequiredCharacters* rule : {&risk, &twice, &who, &short_first}) rule->intern(strings);
  const std::string_view line = "她们的的的风险ab";
  const CharacterSet characters(line);
  rewriter::StringOccurrences occurrences(strings, line);
  std::vector<std::string> found;
  for (const uint32_t id : occurrences.found()) found.push_back(strings[id]);
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"她们", "的", "的的", "的风险"});
  // From every offset, the same answers as searching the rest of the line.
  for (size_t from = 0; from <= line.size() + 1; ++from) {
    for (uint32_t id = 0; id < strings.size(); ++id) {
      CAPTURE(from, strings[id]);
      CHECK(occurrences.occurs_from(id, from) == (from <= line.size() && line.find(strings[id], from) != line.npos));
    }
  }
  // A rule's anchor strings: a set it needs one of, all found in the one pass.
  auto anchor = [&](const RequiredCharacters& rule) {
    std::vector<std::string> texts;
    for (const uint32_t id : rule.anchor_strings(strings)) texts.push_back(strings[id]);
    return texts;
  };
  CHECK(anchor(risk) == std::vector<std::string>{"的风险"});
  CHECK(anchor(who) == std::vector<std::string>{"他们", "她们"});
  CHECK(anchor(short_first) == std::vector<std::string>{"的"});  // the first set whose strings are long enough
  RequiredCharacters short_only("{X}(?:ab|的){Y}", Language::zh);
  short_only.intern(strings);
  CHECK(anchor(short_only).empty());
}

TEST_CASE("what a Chinese pattern starts with, when it requires it", "[rules][literals]") {
  using Strings = std::vector<std::string>;
  CHECK(RequiredCharacters("通过{X}", Language::zh).leading() == Strings{"通过"});
  CHECK(RequiredCharacters("(?:与|和|跟){X}相比", Language::zh).leading() == Strings{"与", "和", "跟"});
  CHECK(RequiredCharacters("由?{X}(?:引起|导致)的{Y}", Language::zh).leading().empty());  // optional
  CHECK(RequiredCharacters("{X}的风险", Language::zh).leading().empty());               // a slot first
  CHECK(RequiredCharacters("stem {X}", Language::en).leading().empty());                // any case
}

TEST_CASE("a paragraph offset's first skeleton offset, before the markers there", "[rules][skeleton]") {
  const std::string paragraph = "在干细胞中的作用";
  std::vector<rewriter::Token> tokens(3);
  tokens[0].begin = 3, tokens[0].end = 12;   // 干细胞
  tokens[1].begin = 12, tokens[1].end = 15;  // 中, right after it
  tokens[2].begin = 18, tokens[2].end = 24;  // 作用
  const rewriter::Skeleton skeleton(paragraph, tokens);
  auto boundary = [](std::string_view s, size_t at) {
    return at == s.size() || (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80;
  };
  for (size_t at = 0; at <= paragraph.size(); ++at) {
    if (!boundary(paragraph, at)) continue;
    const size_t first = skeleton.skeleton_offset(at);
    CHECK(skeleton.source_offset(first) == at);
    for (size_t earlier = 0; earlier < first; ++earlier) {
      if (boundary(skeleton.text(), earlier)) CHECK(skeleton.source_offset(earlier) < at);
    }
  }
}

TEST_CASE("English patterns match in any case, as RE2's (?i) does", "[rules][literals]") {
  CHECK(met("stem {X}", Language::en, "STEM cells"));
  CHECK(met("kinase {X}", Language::en, "\u212Ainase x"));  // the Kelvin sign folds to k
  CHECK(met("stem {X}", Language::en, "\u017Ftem x"));      // the long s folds to s
  CHECK(met("caf\u00E9 {X}", Language::en, "CAF\u00C9 x"));  // a non-ASCII letter requires nothing
  CHECK_FALSE(met("stem {X}", Language::en, "cell"));
}

TEST_CASE("no default rule that matches a skeleton of the examples is ruled out", "[rules][literals]") {
  const Lexicon& lexicon = Lexicon::builtin();
  const matcher::Matcher matcher(lexicon);
  size_t matched = 0;
  for (const Language source : {Language::zh, Language::en}) {
    std::vector<std::pair<RequiredCharacters, std::unique_ptr<RE2>>> rules;
    for (const Rule& rule : lexicon.rules()) {
      if (rule.from && *rule.from != source) continue;
      rules.emplace_back(RequiredCharacters(rule.side(source), source),
                         std::make_unique<RE2>(rewriter::RuleSet::translate_pattern(rule.side(source), source)));
    }
    using rewriter::TokenClass;
    for_each_example_skeleton(matcher, {TokenClass::nominal, TokenClass::verb, TokenClass::conjunction},
                              [&](std::string_view line, const rewriter::Skeleton& skeleton) {
                                const CharacterSet present(skeleton.text());
                                for (const auto& [required, re] : rules) {
                                  if (!RE2::PartialMatch(skeleton.text(), *re)) continue;
                                  ++matched;
                                  CHECK(required.met_by(present));
                                  CHECK(required.met_by(CharacterSet(line), line));
                                }
                              });
  }
  CHECK(matched > 0);
}

TEST_CASE("a Chinese pattern's required strings are asked for in its order, inside a span", "[rules][literals]") {
  rewriter::RequiredStrings strings;
  RequiredCharacters list("{X}的{A:noun}(?:和|与){B:noun}", Language::zh);
  list.intern(strings);
  const std::string_view after = "骨骼的修复和再生", before = "骨骼和肌肉的修复";
  rewriter::StringOccurrences in_order(strings, after), out_of_order(strings, before);
  CHECK(list.met_in_order_within(in_order, 0, after.size()));
  CHECK_FALSE(list.met_in_order_within(in_order, 0, after.find("和")));               // 和 past the span's end
  CHECK_FALSE(list.met_in_order_within(in_order, after.find("修复"), after.size()));  // 的 before its start
  CHECK(list.met_by(CharacterSet(before), out_of_order, 0));                          // both there,
  CHECK_FALSE(list.met_in_order_within(out_of_order, 0, before.size()));              // but 和 first
  // A group of alternatives: any one of them, then what follows it.
  RequiredCharacters either("{X}(?:之间|之)的{Y}", Language::zh);
  either.intern(strings);
  const std::string_view line = "两者之间的关系";
  rewriter::StringOccurrences occurrences(strings, line);
  CHECK(either.met_in_order_within(occurrences, 0, line.size()));
}

TEST_CASE("every match of a default rule in the examples holds its strings in order", "[rules][literals]") {
  const Lexicon& lexicon = Lexicon::builtin();
  const matcher::Matcher matcher(lexicon);
  rewriter::RequiredStrings strings;
  std::vector<std::pair<RequiredCharacters, std::unique_ptr<RE2>>> rules;
  for (const Rule& rule : lexicon.rules()) {
    if (rule.from && *rule.from != Language::zh) continue;
    rules.emplace_back(
        RequiredCharacters(rule.side(Language::zh), Language::zh),
        std::make_unique<RE2>(rewriter::RuleSet::translate_pattern(rule.side(Language::zh), Language::zh)));
  }
  for (auto& rule : rules) rule.first.intern(strings);
  size_t matched = 0;
  using rewriter::TokenClass;
  for_each_example_skeleton(matcher, {TokenClass::nominal, TokenClass::verb, TokenClass::conjunction},
                            [&](std::string_view line, const rewriter::Skeleton& skeleton) {
                              rewriter::StringOccurrences occurrences(strings, line);
                              const std::string& s = skeleton.text();
                              for (const auto& [required, re] : rules) {
                                re2::StringPiece m;
                                if (!re->Match(s, 0, s.size(), RE2::UNANCHORED, &m, 1)) continue;
                                ++matched;
                                const size_t mb = static_cast<size_t>(m.data() - s.data());
                                CAPTURE(line, re->pattern());
                                CHECK(required.met_in_order_within(occurrences, skeleton.source_offset(mb),
                                                                   skeleton.source_offset(mb + m.size())));
                              }
                            });
  CHECK(matched > 0);
}
