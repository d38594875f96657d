// The matcher: leftmost-longest, folding, whole English words, case-sensitive abbreviations.
#include <catch2/catch.hpp>

#include "lexicon/builtin_lexicon_image.hpp"
#include "matcher/matcher.hpp"
#include "matcher/trie.hpp"
#include "text/utf8.hpp"
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

TEST_CASE("the trie: key ids, prefixes of keys, code points past the dense root", "[matcher]") {
  using termnorm::matcher::Trie;
  const Trie trie({"stem cells", "stem", "干细胞", "干", "𠀀x", "a"});
  auto walk = [&](std::u32string_view cps) {
    uint32_t node = Trie::kRoot;
    for (const char32_t cp : cps) {
      node = trie.child(node, cp);
      if (node == Trie::kNone) return Trie::kNone;
    }
    return trie.key_at(node);
  };
  CHECK(trie.key_count() == 6);
  CHECK(walk(U"stem cells") == 0);
  CHECK(walk(U"stem") == 1);
  CHECK(walk(U"stem ") == Trie::kNone);
  CHECK(walk(U"stem cellsx") == Trie::kNone);
  CHECK(walk(U"干细胞") == 2);
  CHECK(walk(U"干") == 3);
  CHECK(walk(U"干细") == Trie::kNone);
  CHECK(walk(U"𠀀x") == 4);
  CHECK(walk(U"a") == 5);
  CHECK(walk(U"b") == Trie::kNone);
}

TEST_CASE("a node with many children finds each of them", "[matcher]") {
  using termnorm::matcher::Trie;
  std::vector<std::string> owned;
  for (char32_t cp = U'一'; cp < U'一' + 300; cp += 3) {
    std::string key = "x";
    termnorm::text::append(key, cp);
    owned.push_back(key);
  }
  const Trie trie(std::vector<std::string_view>(owned.begin(), owned.end()));
  const uint32_t x = trie.child(Trie::kRoot, U'x');
  for (char32_t cp = U'一'; cp < U'一' + 300; ++cp) {
    const uint32_t node = trie.child(x, cp);
    CAPTURE(static_cast<uint32_t>(cp));
    if ((cp - U'一') % 3 == 0) CHECK(trie.key_at(node) == (cp - U'一') / 3);
    else CHECK(node == Trie::kNone);
  }
}

TEST_CASE("a matcher read from its image finds what the built one finds", "[matcher]") {
  const Matcher built(small_lexicon());
  const Matcher read = Matcher::read(built.write());
  for (const std::string text : {"造血干细胞和間充質幹細胞", "Stem Cell Therapy, MSCs and MSC", "HSCs的归巢"}) {
    const auto a = built.find_all(text), b = read.find_all(text);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].begin == b[i].begin);
      CHECK(a[i].end == b[i].end);
      CHECK(a[i].entries == b[i].entries);
      CHECK(built.best_entry(a[i], Language::en).concept_index == read.best_entry(b[i], Language::en).concept_index);
    }
  }
  CHECK_THROWS_AS(Matcher::read(built.write().substr(0, 40)), termnorm::Error);
}

TEST_CASE("the default termbase's build-time matcher equals one built now", "[matcher]") {
  const termnorm::Lexicon& lexicon = termnorm::Lexicon::builtin();
  REQUIRE(lexicon.concepts().size() == termnorm::builtin_concept_count());
  CHECK(Matcher::read(termnorm::builtin_matcher_image()).write() == Matcher(lexicon).write());
}
