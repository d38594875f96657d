// Clause windows: the clause marks a rule's RE2 never matches outside a token, where a
// skeleton writes them, and that no match of a default rule leaves the clause they bound.
#include "rewriter/clause_windows.hpp"

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include "example_skeletons.hpp"
#include "rewriter/rule_set.hpp"
#include "rewriter/skeleton.hpp"
#include "termnorm/termnorm.hpp"

using namespace termnorm;
using rewriter::ClauseCuts;
using rewriter::marks_never_matched;
using rewriter::RuleSet;

namespace {

rewriter::Token token(std::string_view line, std::string_view word, rewriter::TokenClass c, size_t from = 0) {
  rewriter::Token t;
  t.begin = line.find(word, from);
  t.end = t.begin + word.size();
  t.token_class = c;
  return t;
}

// The clause of `skeleton` around `at` for the pattern's marks, as skeleton text.
std::string_view clause(const rewriter::Skeleton& skeleton, std::string_view pattern, size_t at) {
  ClauseCuts cuts(skeleton.text());
  const auto [begin, end] =
      cuts.clause_at(at, marks_never_matched(RuleSet::translate_pattern(std::string(pattern), Language::zh)));
  return std::string_view(skeleton.text()).substr(begin, end - begin);
}

}  // namespace

TEST_CASE("a rule's clause is bounded by the marks it never matches outside a token", "[rules][clauses]") {
  using rewriter::TokenClass;
  const std::string_view line = "细胞、细胞，正在分裂。细胞";
  const std::vector<rewriter::Token> tokens = {token(line, "细胞", TokenClass::nominal),
                                               token(line, "细胞", TokenClass::nominal, 6),
                                               token(line, "分裂", TokenClass::verb)};
  const rewriter::Skeleton skeleton(line, tokens);
  const size_t verb = skeleton.skeleton_offset(line.find("分裂"));
  // A noun slot joins its nouns with 、: only ， and 。 bound it.
  const std::string& text = skeleton.text();
  const size_t comma = text.find("，") + 3, stop = text.find("。");
  CHECK(clause(skeleton, "{S:noun}正在{V:verb}", verb) == std::string_view(text).substr(comma, stop - comma));
  // A pattern that writes ， matches across it; 、 then bounds it, as does 。.
  CHECK(clause(skeleton, "{S:verb}，正在{V:verb}", verb).find("，") != std::string_view::npos);
  CHECK(clause(skeleton, "{S:verb}，正在{V:verb}", verb).find("、") == std::string_view::npos);
  // What is not read leaves no bound: any character, a negated class, a Unicode class, and a
  // token's text class written where no opening marker comes right before it.
  for (const char* pattern : {"正在.", "正在[^的]", "正在\\p{Han}", "正在[^\\x{F0001}-\\x{F0008}]"}) {
    CAPTURE(pattern);
    CHECK(marks_never_matched(RuleSet::translate_pattern(std::string(pattern), Language::zh)) == 0);
  }
  CHECK(marks_never_matched(RuleSet::translate_pattern("[，。！？；：、（）“”,.;:!?()]", Language::zh)) == 0);
}

TEST_CASE("ASCII clause punctuation bounds a clause as the Chinese does", "[rules][clauses]") {
  using rewriter::TokenClass;
  const std::string_view line = "in vitro, 细胞正在分裂. 细胞";
  const std::vector<rewriter::Token> tokens = {token(line, "细胞", TokenClass::nominal),
                                               token(line, "分裂", TokenClass::verb)};
  const rewriter::Skeleton skeleton(line, tokens);
  const std::string& text = skeleton.text();
  const size_t verb = skeleton.skeleton_offset(line.find("分裂"));
  const size_t comma = text.find(',') + 1, stop = text.find('.');
  CHECK(clause(skeleton, "{S:noun}正在{V:verb}", verb) == std::string_view(text).substr(comma, stop - comma));
  // A pattern that writes the comma matches across it.
  CHECK(clause(skeleton, "{S:noun}, ?正在{V:verb}", verb).find(',') != std::string_view::npos);
}

TEST_CASE("a mark inside a token bounds no clause", "[rules][clauses]") {
  const std::string_view line = "甲。乙, 丙，丁";
  const std::vector<rewriter::Token> tokens = {token(line, "甲。乙, 丙", rewriter::TokenClass::nominal)};
  const rewriter::Skeleton skeleton(line, tokens);
  ClauseCuts cuts(skeleton.text());
  const auto [begin, end] = cuts.clause_at(0, 0xFFFFFFFF);
  CHECK(begin == 0);
  CHECK(end == skeleton.text().find("，"));
}

TEST_CASE("a rule's match that fills its whole clause is found, as over the whole line", "[rules][clauses]") {
  using rewriter::TokenClass;
  const Lexicon lexicon = Lexicon::from_yaml(R"(termnorm-lexicon: 1
rules:
  - {id: progressive, from: zh, zh: '{S:noun}正在{V:verb}', en: '{S} {S|be} {V|ing}'}
)",
                                             "rules.yaml");
  const RuleSet rules(lexicon.rules(), Language::zh);
  const std::string_view line = "细胞，细胞正在分裂。细胞正在分裂";
  const std::vector<rewriter::Token> tokens = {
      token(line, "细胞", TokenClass::nominal), token(line, "细胞", TokenClass::nominal, 6),
      token(line, "分裂", TokenClass::verb), token(line, "细胞", TokenClass::nominal, line.find("。")),
      token(line, "分裂", TokenClass::verb, line.find("。"))};
  const rewriter::Skeleton skeleton(line, tokens);
  const std::vector<rewriter::RuleMatch> found = rules.apply(skeleton, tokens);
  REQUIRE(found.size() == 2);
  CHECK(line.substr(found[0].begin, found[0].end - found[0].begin) == "细胞正在分裂");  // up to 。
  CHECK(found[0].begin == line.find("，") + 3);
  CHECK(line.substr(found[1].begin, found[1].end - found[1].begin) == "细胞正在分裂");  // up to the line's end
  CHECK(found[1].end == line.size());
}

TEST_CASE("no default rule's match in the examples leaves the clause its marks bound", "[rules][clauses]") {
  const Lexicon& lexicon = Lexicon::builtin();
  const matcher::Matcher matcher(lexicon);
  std::vector<std::pair<rewriter::ClauseMarks, std::unique_ptr<RE2>>> rules;
  for (const Rule& rule : lexicon.rules()) {
    if (rule.from && *rule.from != Language::zh) continue;
    const std::string regex = RuleSet::translate_pattern(rule.side(Language::zh), Language::zh);
    rules.emplace_back(marks_never_matched(regex), std::make_unique<RE2>(regex));
  }
  size_t matches = 0, bounded = 0;
  using rewriter::TokenClass;
  for_each_example_skeleton(
      matcher, {TokenClass::nominal, TokenClass::verb, TokenClass::conjunction, TokenClass::adjective},
      [&](std::string_view line, const rewriter::Skeleton& skeleton) {
        const std::string& s = skeleton.text();
        ClauseCuts cuts(s);
        for (const auto& [marks, re] : rules) {
          re2::StringPiece m;
          for (size_t from = 0; from < s.size() && re->Match(s, from, s.size(), RE2::UNANCHORED, &m, 1);) {
            const size_t mb = static_cast<size_t>(m.data() - s.data()), me = mb + m.size();
            const auto [begin, end] = cuts.clause_at(mb, marks);
            CAPTURE(line, re->pattern(), mb, me, begin, end);
            CHECK(begin <= mb);
            CHECK(me <= end);
            ++matches;
            bounded += marks != 0 && end < s.size();
            from = mb + 1;
            while (from < s.size() && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;
          }
        }
      });
  CHECK(matches > 0);
  CHECK(bounded > 0);  // some match had a clause shorter than its line's rest
}
