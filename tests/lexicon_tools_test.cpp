// The termbase tools' library parts: RFC 4180 CSV, concept rows and two-column glossaries,
// writing YAML back, statistics, and the look-up that folds like the matcher.
#include <catch2/catch.hpp>

#include <sstream>

#include "lexicon/csv.hpp"
#include "lexicon/csv_format.hpp"
#include "lexicon/lookup.hpp"
#include "lexicon/stats.hpp"
#include "lexicon/yaml_writer.hpp"
#include "small_lexicon.hpp"

using namespace termnorm;
using namespace termnorm::lexicon;

namespace {

std::vector<std::string> ids_of(const std::vector<const Concept*>& concepts) {
  std::vector<std::string> ids;
  for (const Concept* c : concepts) ids.push_back(c->id);
  return ids;
}

Lexicon reload(const std::vector<Concept>& concepts) {
  std::ostringstream yaml;
  write_lexicon_yaml(yaml, concepts, "test");
  return Lexicon::from_yaml(yaml.str(), "written.yaml");
}

}  // namespace

TEST_CASE("CSV records: quotes, doubled quotes, line breaks inside quotes, CRLF, a BOM", "[csv]") {
  const auto records = read_csv("\xEF\xBB\xBF" "en,zh\r\n\"a, b\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",x\nlast,");
  REQUIRE(records.size() == 4);
  CHECK(records[0].fields == std::vector<std::string>{"en", "zh"});
  CHECK(records[1].fields == std::vector<std::string>{"a, b", "say \"hi\""});
  CHECK(records[2].line == 4);
  CHECK(records[2].fields == std::vector<std::string>{"two\nlines", "x"});
  CHECK(records[3].line == 6);
  CHECK(records[3].fields == std::vector<std::string>{"last", ""});
  CHECK_THROWS_WITH(read_csv("a,\"open\n"), "line 1: a quoted field is not closed");
  CHECK_THROWS_WITH(read_csv("a\n\"q\"x,b\n"), "line 2: text after a closing quote");

  std::ostringstream out;
  write_csv_record(out, {"plain", "a,b", "say \"hi\"", " edge", "干细胞"});
  CHECK(out.str() == "plain,\"a,b\",\"say \"\"hi\"\"\",\" edge\",干细胞\r\n");
  CHECK(read_csv(out.str())[0].fields == std::vector<std::string>{"plain", "a,b", "say \"hi\"", " edge", "干细胞"});
}

TEST_CASE("ids made from English terms", "[csv]") {
  CHECK(id_from_english("Mesenchymal stem cells (MSCs)") == "mesenchymal-stem-cells-mscs");
  CHECK(id_from_english("β cells") == "beta-cells");
  CHECK(id_from_english("TNF-α") == "tnf-alpha");
  CHECK(id_from_english("  Parkinson's disease ") == "parkinson-s-disease");
  CHECK(id_from_english("干细胞").empty());
}

TEST_CASE("a two-column glossary, with or without a header", "[csv]") {
  SECTION("without a header: English then Chinese") {
    const auto imported = import_csv("stem cells,干细胞\nMesenchymal stem cells,间充质干细胞\n");
    REQUIRE(imported.problems.empty());
    REQUIRE(imported.concepts.size() == 2);
    CHECK(imported.concepts[1].id == "mesenchymal-stem-cells");
    CHECK(imported.concepts[1].en.term == "Mesenchymal stem cells");
    CHECK(imported.concepts[1].zh.term == "间充质干细胞");
  }
  SECTION("a header in the other order; a repeated term becomes a variant; bad rows named by line") {
    const auto imported = import_csv(
        "zh,en\n干细胞,stem cells\n干细胞疗法,stem cell therapy\n干细胞治疗,Stem-cell therapy\n,orphan\n细胞\n"
        "乾细胞,stem cells\n");
    REQUIRE(imported.concepts.size() == 2);
    CHECK(imported.concepts[1].zh.variants == std::vector<std::string>{"干细胞治疗"});
    CHECK(imported.concepts[1].en.variants.empty());  // the same English after folding
    // 乾细胞 folds to 干细胞: nothing new for the first concept.
    CHECK(imported.concepts[0].zh.variants.empty());
    REQUIRE(imported.problems.size() == 2);
    CHECK(imported.problems[0].line == 5);
    CHECK(imported.problems[0].message == "no Chinese term");
    CHECK(imported.problems[1].line == 6);
    CHECK(imported.problems[1].message == "expected 2 columns, found 1");
  }
  SECTION("a term that is already a form of two different concepts cannot be placed") {
    const auto imported = import_csv("en,zh\ncells,细胞\ntissue,组织\ncells,组织\n");
    REQUIRE(imported.problems.size() == 1);
    CHECK(imported.problems[0].line == 4);
    CHECK(imported.problems[0].message == "its terms are already forms of 'cells' (line 2) and of other concepts");
  }
  SECTION("generated ids stay unique") {
    const auto imported = import_csv("en,zh\nT cells,T细胞\nT-cells!,T淋巴细胞群\n");
    // The second row's English folds like the first's only up to the '!', so it is a new concept.
    REQUIRE(imported.concepts.size() == 2);
    CHECK(imported.concepts[1].id == "t-cells-2");
  }
}

TEST_CASE("concept rows: export, import and write YAML give back the same termbase", "[csv]") {
  std::ostringstream csv;
  export_csv(csv, small_lexicon());
  const auto imported = import_csv(csv.str());
  CHECK(imported.problems.empty());
  const Lexicon back = reload(imported.concepts);
  std::ostringstream again;
  export_csv(again, back);
  CHECK(again.str() == csv.str());
  // Spot checks of what the rows carry.
  const Concept* cns = back.find("central-nervous-system");
  REQUIRE(cns);
  CHECK(cns->en.abbr == "CNS");
  CHECK(cns->en.definite_article);
  const Concept* however = back.find("however");
  REQUIRE(however);
  CHECK(however->kind == ConceptKind::phrase);
  CHECK(however->pos == PartOfSpeech::conj);
  CHECK(back.find("stem-cell-therapy")->en.deprecated == std::vector<std::string>{"stem-cells therapy"});
  CHECK(back.find("stem-cells")->zh.traditional == "幹細胞");
}

TEST_CASE("concept rows: bad values and clashing forms are reported by line", "[csv]") {
  const auto imported = import_csv(
      "id,kind,en,zh,homonyms\n"
      "a,term,alpha,甲,\n"
      "b,thing,beta,乙,\n"
      "c,term,Alpha,丙,\n"
      "d,term,delta,甲,a\n"
      "a,term,other,丁,\n");
  REQUIRE(imported.concepts.size() == 2);
  CHECK(imported.concepts[1].id == "d");  // its shared 甲 is a declared homonym
  REQUIRE(imported.problems.size() == 3);
  CHECK(imported.problems[0].line == 3);
  CHECK(imported.problems[0].message == "kind must be term, phrase or word, not 'thing'");
  CHECK(imported.problems[1].line == 4);
  CHECK(imported.problems[1].message == "its terms are already forms of 'a' (line 2)");
  CHECK(imported.problems[2].message == "duplicate id 'a'");
}

TEST_CASE("CSV export refuses a list item it cannot carry", "[csv]") {
  const Lexicon l = Lexicon::from_yaml(
      "termnorm-lexicon: 1\nconcepts:\n  - {id: x, en: {term: x, variants: ['a|b']}, zh: 乙}\n", "t.yaml");
  std::ostringstream out;
  CHECK_THROWS_WITH(export_csv(out, l), "concept 'x': 'a|b' contains '|', which separates list items in CSV");
}

TEST_CASE("written YAML quotes what YAML would misread", "[yaml-writer]") {
  Concept c;
  c.id = "tricky";
  c.en.term = "yes";
  c.en.variants = {"a: b", "#hash", "- dash", "null"};
  c.zh.term = "是";
  c.note = "x, [y] {z}";
  const Lexicon back = reload({c});
  REQUIRE(back.concepts().size() == 1);
  const Concept& r = back.concepts()[0];
  CHECK(r.en.term == "yes");
  CHECK(r.en.variants == c.en.variants);
  CHECK(r.note == c.note);
}

TEST_CASE("statistics count concepts by kind and domain, forms by language", "[stats]") {
  const LexiconStats stats = count(small_lexicon());
  CHECK(stats.concepts == small_lexicon().concepts().size());
  CHECK(stats.by_kind.at("phrase") == 5);
  CHECK(stats.by_kind.at("word") == 11);
  CHECK(stats.by_kind.at("term") == stats.concepts - 16);
  CHECK(stats.by_domain.at("test") == stats.concepts - 1);
  CHECK(stats.by_domain.at("molecules") == 1);
  CHECK(stats.en.abbreviations == 7);  // HSCs MSCs iPSCs MS ALS CNS TGF-β
  CHECK(stats.zh.abbreviations == 1);
  CHECK(stats.zh.traditional == 2);
  CHECK(stats.en.deprecated == 1);
  CHECK(stats.zh.deprecated == 2);
  const auto json = to_json(stats);
  CHECK(json["concepts"] == stats.concepts);
  CHECK(json["forms"]["zh"]["traditional"] == 2);
  CHECK(json["kinds"]["word"] == 11);
  std::ostringstream text;
  write_text(text, stats);
  CHECK(text.str().find("  traditional            0       2\n") != std::string::npos);
}

TEST_CASE("look-up folds like the matcher: Traditional, full width, case, number", "[lookup]") {
  const Lexicon& l = small_lexicon();
  CHECK(ids_of(look_up(l, "幹細胞")) == std::vector<std::string>{"stem-cells"});
  CHECK(ids_of(look_up(l, "ＭＳＣｓ")) == std::vector<std::string>{"mesenchymal-stem-cells"});
  CHECK(ids_of(look_up(l, "MSC")) == std::vector<std::string>{"mesenchymal-stem-cells"});
  CHECK(ids_of(look_up(l, "Stem Cell")) == std::vector<std::string>{"stem-cells"});
  CHECK(ids_of(look_up(l, "配送方式")) == std::vector<std::string>{"delivery-method"});
  CHECK(ids_of(look_up(l, "和")) == std::vector<std::string>{"and"});
  CHECK(look_up(l, "widget").empty());
  CHECK(look_up(l, "").empty());
}

TEST_CASE("a concept card shows every field, both languages", "[lookup]") {
  std::ostringstream card;
  write_card(card, *small_lexicon().find("stem-cell-therapy"));
  const std::string text = card.str();
  CHECK(text.rfind("stem-cell-therapy   term, noun, domain test   (", 0) == 0);
  CHECK(text.find("  en  stem cell therapy\n") != std::string::npos);
  CHECK(text.find("      variants      stem cell treatment\n") != std::string::npos);
  CHECK(text.find("      deprecated    stem-cells therapy\n") != std::string::npos);
  CHECK(text.find("  zh  干细胞治疗\n") != std::string::npos);
  CHECK(text.find("      variants      干细胞疗法\n") != std::string::npos);
}
