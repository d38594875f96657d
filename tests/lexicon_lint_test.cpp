// The termbase linter: each check fires on its own small bad termbase (tests/data/lint/), at
// the line and column where the problem is written, and a clean termbase has no findings.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "lexicon/lint.hpp"

using termnorm::lexicon::Finding;
using termnorm::lexicon::LexiconSource;
using termnorm::lexicon::Severity;

namespace {

LexiconSource source(const std::string& name) {
  std::ifstream in(TERMNORM_SOURCE_DIR "/tests/data/lint/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return {name, text.str()};
}

std::vector<Finding> lint_files(const std::vector<std::string>& names) {
  std::vector<LexiconSource> sources;
  for (const auto& name : names) sources.push_back(source(name));
  return termnorm::lexicon::lint(sources);
}

}  // namespace

TEST_CASE("a clean termbase, with a declared homonym and words sharing an English gloss, has no findings", "[lint]") {
  CHECK(lint_files({"clean.yaml"}).empty());
}

TEST_CASE("each check fires on its bad termbase, where the problem is written", "[lint]") {
  struct Expected {
    std::vector<std::string> files;
    std::string check;
    std::string file;
    size_t line, column;
    Severity severity;
  };
  const Expected e = GENERATE(values<Expected>({
      {{"yaml.yaml"}, "yaml", "yaml.yaml", 5, 1, Severity::error},
      {{"schema.yaml"}, "schema", "schema.yaml", 5, 5, Severity::error},
      {{"same-form.yaml"}, "same-form", "same-form.yaml", 5, 59, Severity::error},
      {{"variant-is-preferred.yaml"}, "variant-is-preferred", "variant-is-preferred.yaml", 8, 18, Severity::error},
      {{"duplicate-form.yaml"}, "duplicate-form", "duplicate-form.yaml", 5, 46, Severity::warning},
      {{"duplicate-id-a.yaml", "duplicate-id-b.yaml"}, "duplicate-id", "duplicate-id-b.yaml", 4, 10, Severity::error},
      {{"empty-field.yaml"}, "empty-field", "empty-field.yaml", 6, 29, Severity::warning},
      {{"spacing.yaml"}, "spacing", "spacing.yaml", 4, 21, Severity::warning},
      {{"homonym.yaml"}, "homonym", "homonym.yaml", 4, 28, Severity::error},
      {{"rule-compile.yaml"}, "rule-compile", "rule-compile.yaml", 6, 9, Severity::error},
      {{"rule-slot.yaml"}, "rule-slot", "rule-slot.yaml", 7, 9, Severity::error},
  }));
  CAPTURE(e.check);
  const std::vector<Finding> findings = lint_files(e.files);
  REQUIRE(!findings.empty());
  for (const Finding& f : findings) {
    CAPTURE(termnorm::lexicon::to_string(f));
    CHECK(f.check == e.check);  // no other check misfires on it
  }
  const Finding& first = findings.front();
  CHECK(first.where.file == e.file);
  CHECK(first.where.line == e.line);
  CHECK(first.where.column == e.column);
  CHECK(first.severity == e.severity);
  CHECK(termnorm::lexicon::has_errors(findings) == (e.severity == Severity::error));
}

TEST_CASE("findings read file:line:column: severity: message [check]", "[lint]") {
  const auto findings = lint_files({"same-form.yaml"});
  REQUIRE(findings.size() == 1);
  CHECK(termnorm::lexicon::to_string(findings[0]) ==
        "same-form.yaml:5:59: error: zh preferred term '背景' of 'context' is also the preferred term '背景' of "
        "'background' (same-form.yaml:4:67); if both are meant, list one in the other's 'homonyms' [same-form]");
}

TEST_CASE("the checks' details", "[lint]") {
  SECTION("a variant that folds to another concept's term through full width and case") {
    const auto findings = lint_files({"variant-is-preferred.yaml"});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message.find("'ＭＥＳＥＮＣＨＹＭＡＬ stem cells' of 'stromal-cells'") != std::string::npos);
    CHECK(findings[0].message.find("variant-is-preferred.yaml:4:45") != std::string::npos);
  }
  SECTION("a second file's concept id and a repeated rule id") {
    const auto findings = lint_files({"duplicate-id-a.yaml", "duplicate-id-b.yaml"});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].message.find("duplicate-id-a.yaml:4:10") != std::string::npos);
    CHECK(findings[1].message.find("rule id 'by-x'") != std::string::npos);
    CHECK(findings[1].where.line == 7);
  }
  SECTION("an empty English term is a word's way to be dropped, not an empty field") {
    const auto findings = lint_files({"empty-field.yaml"});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].message == "field 'en.abbr' is empty");
    CHECK(findings[1].message == "field 'zh.variants' is empty");
  }
  SECTION("an unknown homonym is an error, one that shares no form a warning") {
    const auto findings = lint_files({"homonym.yaml"});
    REQUIRE(findings.size() == 2);
    CHECK(findings[1].severity == Severity::warning);
    CHECK(findings[1].where.line == 5);
  }
  SECTION("RE2's message names the rule and shows the pattern as written") {
    const auto findings = lint_files({"rule-compile.yaml"});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message == "rule 'broken-group': the zh pattern does not compile: missing ): 通过({X}");
  }
  SECTION("template slots the pattern lacks, unknown modifiers, verb modifiers on other slots, agreement on a non-noun") {
    const auto findings = lint_files({"rule-slot.yaml"});
    REQUIRE(findings.size() == 4);
    CHECK(findings[0].message == "rule 'missing-slot': in 'en', slot {Z} is not in the zh pattern");
    CHECK(findings[1].message == "rule 'bad-modifier': in 'en', unknown slot modifier '|future'");
    CHECK(findings[2].message ==
          "rule 'modifier-on-adjective': in 'en', the modifier '|ing' inflects a verb, and {A} is not a {A:verb} slot");
    CHECK(findings[3].message == "rule 'agreement-on-adjective': in 'en', the modifier '|be' agrees with a noun "
                                 "phrase, and {A} is not a {A} or {A:noun} slot");
  }
  SECTION("a file that does not load stops there; the other files are still checked") {
    const auto findings = lint_files({"schema.yaml", "same-form.yaml"});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].check == "schema");
    CHECK(findings[1].check == "same-form");
  }
}

TEST_CASE("the noun phrase modifiers |plural and |the are reported on a slot that is not a noun phrase", "[lint]") {
  const auto findings = lint_files({"rule-noun-phrase-modifier.yaml"});
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].message ==
        "rule 'plural-on-verb': in 'en', the modifier '|plural' changes a noun phrase, and {V} "
        "is not a {V}, {V:noun} or {V:disease} slot");
  CHECK(findings[1].message ==
        "rule 'the-on-adjective': in 'en', the modifier '|the' changes a noun phrase, and {A} "
        "is not a {A}, {A:noun} or {A:disease} slot");
}
