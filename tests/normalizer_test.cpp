// The normalizer end to end on short texts: one table of cases per direction, then the
// behaviours that need more than one line to show.
#include "termnorm/normalizer.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "default_normalizer.hpp"
#include "invariants.hpp"
#include "small_lexicon.hpp"

using namespace termnorm;

namespace {
const Normalizer& normalizer() {
  static const Normalizer n(small_lexicon());
  return n;
}
std::string to(Target target, const std::string& text, bool unify = false) {
  Options o;
  o.target = target;
  o.unify = unify;
  return normalizer().normalize(text, o).text;
}
}  // namespace

TEST_CASE("to English: terms, casing, spacing, punctuation, glosses", "[normalizer][en]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      // a replacement that starts a sentence is capitalized; one space between words
      {"干细胞治疗 has emerged as an option.", "Stem cell therapy has emerged as an option."},
      {"It works. 干细胞治疗 helps.", "It works. Stem cell therapy helps."},
      {"Cells, 包括心肌细胞 and more.", "Cells, including cardiomyocytes and more."},
      // redundant glosses collapse; the abbreviation is given where the concept has one
      {"Sources, 例如诱导多能干细胞 (诱导多能干细胞), exist.", "Sources, such as induced pluripotent stem cells (iPSCs), exist."},
      {"Cells, 包括心肌细胞 (心肌细胞).", "Cells, including cardiomyocytes."},
      {"间充质干细胞(mesenchymal stem cells, MSCs) help.", "Mesenchymal stem cells (MSCs) help."},
      {"间充质干细胞 (MSCs) help.", "Mesenchymal stem cells (MSCs) help."},
      // Chinese punctuation becomes English punctuation with English spacing
      {"然而，更大。", "However, larger."},
      {"Cells（干细胞）work", "Cells (stem cells) work"},
      {"结论：done", "Conclusion: done"},
      // a heading line gets Title Case
      {"结论\n", "Conclusion\n"},
      {"Stem Cell Therapy in MS: 一种有效的方法\n", "Stem Cell Therapy in MS: An Effective Approach\n"},
      // ... also a heading that is a question, and nothing but a question
      {"Why 干细胞治疗?\n", "Why Stem Cell Therapy?\n"},
      {"Why 干细胞治疗? It works.\n", "Why stem cell therapy? It works.\n"},
      // the input's own a or an follows the word that replaced what came after it
      {"We grew an 造血干细胞 line.", "We grew a hematopoietic stem cell line."},
      {"A 诱导多能干细胞 divides.", "An induced pluripotent stem cell divides."},
      {"It needs vitamin A 诱导多能干细胞 lack.", "It needs vitamin A induced pluripotent stem cells lack."},
      // deprecated forms are rewritten; admitted variants are kept
      {"the 配送方式 matters", "the delivery method matters"},
      {"We used stem cell treatment.", "We used stem cell treatment."},
      {"We used stem-cells therapies.", "We used stem cell therapies."},
      // the definite article a term takes in running text
      {"It affects 中枢神经系统.", "It affects the central nervous system."},
      // list items: the label starts a sentence, so does what follows its colon
      {"- 结论: 然而 it works.", "- Conclusion: However it works."},
      // Traditional and full-width input
      {"間充質幹細胞 work.", "Mesenchymal stem cells work."},
      // untouched text stays as it was
      {"“Quotes” stay, as do  two spaces.", "“Quotes” stay, as do  two spaces."},
  }));
  CAPTURE(input);
  CHECK(to(Target::en, input) == expected);
}

TEST_CASE("to Chinese: terms, full-width punctuation, abbreviation glosses", "[normalizer][zh]") {
  auto [input, expected] = GENERATE(table<std::string, std::string>({
      {"stem cell therapy是一种方法", "干细胞治疗是一种方法"},
      {"干细胞疗法 对于 MS", "干细胞疗法对于多发性硬化"},
      {"间充质干细胞(MSC),能够调节", "间充质干细胞（MSC），能够调节"},
      // Chinese does not inflect: a defined abbreviation stays bare, in the singular
      {"间充质干细胞（MSC）和MSCs", "间充质干细胞（MSC）和MSC"},
      {"间充质干细胞（MSCs）", "间充质干细胞（MSC）"},
      // a gloss giving both the English term and the abbreviation: one gloss, the abbreviation
      {"间充质干细胞(mesenchymal stem cells, MSCs)。MSCs有效", "间充质干细胞（MSC）。MSC有效"},
      {"mesenchymal stem cells (MSCs)是", "间充质干细胞（MSC）是"},
      // English general words: a noun phrase fully covered by the lexicon becomes Chinese ...
      {"这是chronic disease的方法", "这是慢性疾病的方法"},
      {"这是effective approaches的方法", "这是有效的方法的方法"},
      // ... English that is not covered stays, and so do the words next to it
      {"这是chronic Xyz disease的方法", "这是chronic Xyz disease的方法"},
      // ... a clause (a verb, a preposition) is not translated word by word
      {"这是harness chronic disease的方法", "这是harness chronic disease的方法"},
      {"这是chronic-disease的方法", "这是chronic-disease的方法"},
      // ASCII double quotes around Chinese text
      {"即\"干细胞\"。", "即“干细胞”。"},
      {"即\"stem cells\"。", "即“干细胞”。"},
      {"He said \"Xyz\" twice", "He said \"Xyz\" twice"},
      {"HSCs的归巢能力", "造血干细胞的归巢能力"},
      {"骨髓移植的风险大吗??", "骨髓移植的风险大吗？？"},
      {"TGF-β、IL-10等", "TGF-β、IL-10等"},
      {"包括 间充质干细胞 和 造血干细胞.", "包括间充质干细胞和造血干细胞。"},
      {"1. 组织修复", "1. 组织修复"},
      {"the 交付方式", "the 给药方式"},
      {"間充質幹細胞", "間充質幹細胞"},
  }));
  CAPTURE(input);
  CHECK(to(Target::zh, input) == expected);
}

TEST_CASE("unify also rewrites admitted variants", "[normalizer]") {
  CHECK(to(Target::en, "We used stem cell treatment.", true) == "We used stem cell therapy.");
  CHECK(to(Target::zh, "干细胞疗法", true) == "干细胞治疗");
  CHECK(to(Target::zh, "干细胞疗法", false) == "干细胞疗法");
}

TEST_CASE("unify leaves a word's grammatical forms and is done in one run", "[normalizer]") {
  const Normalizer& builtin = default_normalizer();
  Options o;
  o.target = Target::zh;
  o.unify = true;
  const auto unified = [&](const std::string& text) { return builtin.normalize(text, o).text; };
  // 重要 and 后 are forms of words (重要的, 之后), not variants of terms
  CHECK(unified("这一点很重要。") == "这一点很重要。");
  CHECK(unified("手术后恢复很快。") == "手术后恢复很快。");
  // taking out a seam space makes a longer term's variant (羊膜移植术, of 羊膜移植): the same
  // run unifies it, so a second run has nothing left to do
  const std::string once = unified("羊膜移植 术后护理很重要。");
  CHECK(once == "羊膜移植后护理很重要。");
  CHECK(unified(once) == once);
}

TEST_CASE("line endings and the final newline pass through", "[normalizer]") {
  CHECK(to(Target::en, "然而\r\n结论\r\n") == "However\r\nConclusion\r\n");
  CHECK(to(Target::en, "a\rb") == "a\rb");
  CHECK(to(Target::en, "然而") == "However");
  CHECK(to(Target::en, "\n\n然而\n\n") == "\n\nHowever\n\n");
  CHECK(to(Target::en, "") == "");
}

TEST_CASE("automatic target follows the dominant language", "[normalizer]") {
  CHECK(detect_language("Stem cells are cells. 然而") == Language::en);
  CHECK(detect_language("骨髓移植是一种常见的治疗手段 (Bone Marrow Transplantation)") == Language::zh);
  CHECK(normalizer().normalize("干细胞是一种细胞, stem cells", {}).target == Language::zh);
}

TEST_CASE("edits and residuals are reported with input offsets", "[normalizer]") {
  const Result r = normalizer().normalize("Line one.\n然而, 未知词 remain.", {Target::en});
  CHECK(r.text == "Line one.\nHowever, 未知词 remain.");
  REQUIRE(r.edits.size() == 1);
  CHECK(r.edits[0].begin == 10);
  CHECK(r.edits[0].source == "然而");
  CHECK(r.edits[0].result == "However");
  CHECK(r.edits[0].concept_id == "however");
  REQUIRE(r.residuals.size() == 1);
  CHECK(r.residuals[0].text == "未知词");
  CHECK_FALSE(r.residuals[0].words.empty());
  Options without_words{Target::en};
  without_words.residual_words = false;
  const Result bare = normalizer().normalize("Line one.\n然而, 未知词 remain.", without_words);
  CHECK(bare.text == r.text);
  REQUIRE(bare.residuals.size() == 1);
  CHECK(bare.residuals[0].begin == r.residuals[0].begin);
  CHECK(bare.residuals[0].output_begin == r.residuals[0].output_begin);
  CHECK(bare.residuals[0].words.empty());
}

TEST_CASE("invalid UTF-8 is an input error with its line and column", "[normalizer]") {
  try {
    normalizer().normalize("ok\nab\xC0\xAF", {Target::en});
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 3);
    CHECK(e.message() == "invalid UTF-8");
  }
  CHECK_THROWS_AS(normalizer().normalize("\xED\xA0\x80", {Target::en}), InputError);  // a surrogate
  CHECK_THROWS_AS(normalizer().normalize("\xE5\xB9", {Target::en}), InputError);      // truncated
}

TEST_CASE("fallback=gloss renders uncovered Chinese word by word, as low-confidence edits", "[normalizer][fallback]") {
  Options o;
  o.target = Target::en;
  // 有效 is no entry; the lexicon writes the adjective as 有效的.
  CHECK(normalizer().normalize("一种有效方法。", o).text == "A 有效 approach.");
  o.fallback = Fallback::gloss;
  const Result r = normalizer().normalize("一种有效方法。", o);
  CHECK(r.text == "An effective approach.");
  const auto fallback = std::find_if(r.edits.begin(), r.edits.end(), [](const Edit& e) { return e.kind == EditKind::fallback; });
  REQUIRE(fallback != r.edits.end());
  CHECK(fallback->source == "有效");
  CHECK(fallback->result == "effective");
  CHECK(r.residuals.empty());
  // A word no entry knows stays, and is still reported.
  const Result unknown = normalizer().normalize("未知词 remain.", o);
  CHECK(unknown.text == "未知词 remain.");
  CHECK(unknown.residuals.size() == 1);
  // Chinese output is not affected.
  o.target = Target::zh;
  CHECK(normalizer().normalize("一种有效方法。", o).text == "一种有效方法。");
}

TEST_CASE("abbreviation styles for English output", "[normalizer][abbreviations]") {
  const std::string text = "间充质干细胞 (MSCs) help. 间充质干细胞 work. MSCs also. mesenchymal stem cells (MSCs) again.";
  auto with = [&](Abbreviations style) {
    Options o;
    o.target = Target::en;
    o.abbreviations = style;
    return normalizer().normalize(text, o).text;
  };
  CHECK(with(Abbreviations::as_written) ==
        "Mesenchymal stem cells (MSCs) help. Mesenchymal stem cells work. MSCs also. mesenchymal stem cells (MSCs) again.");
  CHECK(with(Abbreviations::first) == "Mesenchymal stem cells (MSCs) help. MSCs work. MSCs also. MSCs again.");
  CHECK(with(Abbreviations::always) == "MSCs help. MSCs work. MSCs also. MSCs again.");
  CHECK(with(Abbreviations::never) ==
        "Mesenchymal stem cells help. Mesenchymal stem cells work. Mesenchymal stem cells also. Mesenchymal stem cells again.");
  // first: the first mention is whichever comes first, an abbreviation included; singular stays singular
  Options o;
  o.target = Target::en;
  o.abbreviations = Abbreviations::first;
  CHECK(normalizer().normalize("MSCs help. 间充质干细胞 work.", o).text == "Mesenchymal stem cells (MSCs) help. MSCs work.");
  CHECK(normalizer().normalize("One MSC divides. Two MSCs.", o).text == "One mesenchymal stem cell (MSC) divides. Two MSCs.");
  // a term without an abbreviation is left as it is
  CHECK(normalizer().normalize("干细胞 help.", o).text == "Stem cells help.");
  // the input's "an" before an abbreviation written out in full
  o.abbreviations = Abbreviations::never;
  CHECK(normalizer().normalize("It came from an MSC donor.", o).text == "It came from a mesenchymal stem cell donor.");
}

TEST_CASE("to Chinese: a tab before a mark made full-width goes with the spaces, in one run", "[normalizer][zh]") {
  // A tab before '(' stayed on the first run (only spaces were trimmed before the new '（'), and
  // a second run, which sees '（', dropped it: the output was not idempotent.
  const std::string once = to(Target::zh, "干细胞\t(5 mg/kg)");
  CHECK(once == "干细胞（5 mg/kg）");
  CHECK(to(Target::zh, once) == once);
  CHECK(to(Target::zh, "干细胞 \t (5)") == "干细胞（5）");
  // Each space dropped is an edit of the report: the edits rebuild the output from the input.
  for (const char* text : {"干细胞\t(5 mg/kg)", "Immunomodulation\t: stem cells", "干细胞\u3000(5)", "干细胞 \t (5)"}) {
    CAPTURE(text);
    CHECK(invariants::check_all(default_normalizer(), text, {Target::zh}) == "");
  }
}
