// The matcher: leftmost-longest, folding, whole English words, case-sensitive abbreviations.
#include <catch2/catch.hpp>

#include "matcher/matcher.hpp"
#include "small_lexicon.hpp"

using termnorm::Language;
using termnorm::matcher::Matcher;

namespace {
// "text[begin,end)=concept" for each match, joined by spaces.
std::string matches(const std::string& text) {
  static const Matcher matcher(small_lexicon());
  std::string out;
  for (const auto& m : matcher.find_all(text)) {
    const auto& e = matcher.best_entry(m, Language::en);
    if (!out.empty()) out += ' ';
    out += text.substr(m.begin, m.end - m.begin) + "=" + small_lexicon().concepts()[e.concept_index].id;
  }
  return out;
}
}  // namespace

TEST_CASE("Chinese: the longest form at the leftmost position wins", "[matcher]") {
  CHECK(matches("造血干细胞") == "造血干细胞=hematopoietic-stem-cells");
  CHECK(matches("干细胞和造血干细胞") == "干细胞=stem-cells 和=and 造血干细胞=hematopoietic-stem-cells");
  CHECK(matches("诱导多能干细胞") == "诱导多能干细胞=induced-pluripotent-stem-cells");
}

TEST_CASE("Traditional and full-width input match the Simplified entries", "[matcher]") {
  CHECK(matches("間充質幹細胞") == "間充質幹細胞=mesenchymal-stem-cells");
  CHECK(matches("幹細胞") == "幹細胞=stem-cells");
  CHECK(matches("ＭＳＣｓ") == "ＭＳＣｓ=mesenchymal-stem-cells");
}

TEST_CASE("English: case-insensitive whole words, plurals, hyphens", "[matcher]") {
  CHECK(matches("Stem Cell Therapy works") == "Stem Cell Therapy=stem-cell-therapy");
  CHECK(matches("stem-cell therapies") == "stem-cell therapies=stem-cell-therapy");
  CHECK(matches("a stem cell") == "a=a-kind-of stem cell=stem-cells");
  CHECK(matches("cardiomyocyte") == "cardiomyocyte=cardiomyocytes");
  CHECK(matches("stemcells") == "");
  CHECK(matches("xstem cells") == "");
}

TEST_CASE("abbreviations match case-sensitively on whole words", "[matcher]") {
  CHECK(matches("MS and ms") == "MS=multiple-sclerosis and=and");
  CHECK(matches("ALS also") == "ALS=amyotrophic-lateral-sclerosis");
  CHECK(matches("also") == "");
  CHECK(matches("MSCs, MSC, Mscs") == "MSCs=mesenchymal-stem-cells MSC=mesenchymal-stem-cells");
  CHECK(matches("HSCs的归巢") == "HSCs=hematopoietic-stem-cells 的=particle-de");
  CHECK(matches("TGF-β、IL-10") == "TGF-β=tgf-beta");
}

TEST_CASE("English forms of general words match, below every form of a term", "[matcher]") {
  CHECK(matches("chronic diseases") == "chronic=chronic diseases=disease");  // derived plural of a noun
  CHECK(matches("effective approach") == "effective=effective approach=approach");
  // A word sharing a term's form never takes it.
  const termnorm::Lexicon clash = termnorm::Lexicon::from_yaml(R"(termnorm-lexicon: 1
concepts:
  - {id: trial-term, en: trial, zh: 试验}
  - {id: trial-word, kind: word, pos: verb, en: trial, zh: 试用}
)", "clash.yaml");
  const Matcher matcher(clash);
  const auto found = matcher.find_all("a trial");
  REQUIRE(found.size() == 1);
  CHECK(clash.concepts()[matcher.best_entry(found[0], Language::zh).concept_index].id == "trial-term");
}

TEST_CASE("a match never crosses a line break", "[matcher]") {
  CHECK(matches("stem\ncells") == "");
  CHECK(matches("干细\n胞") == "");
}

TEST_CASE("folded keys", "[matcher]") {
  CHECK(Matcher::fold_key("Stem-Cell  Therapy") == "stem cell therapy");
  CHECK(Matcher::fold_key("幹細胞") == "干细胞");
  CHECK(Matcher::fold_key("Crohn’s") == "crohn's");
}
