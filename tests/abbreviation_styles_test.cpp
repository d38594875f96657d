// The abbreviation styles of English output (--abbreviations first|always|never) on short
// texts of a small termbase: each style's output is a fixed point of the normalizer, for the
// causes that once made a second run change it.
#include <catch2/catch.hpp>

#include "invariants.hpp"

using namespace termnorm;

namespace {

const Normalizer& styles_normalizer() {
  static const Normalizer normalizer(Lexicon::from_yaml(R"(termnorm-lexicon: 1
concepts:
  - {id: dry-eyes, kind: word, pos: noun, en: dry eyes, zh: 眼干}
  - id: dry-eye-disease
    en: {term: dry eye disease, abbr: DED, variants: [dry eye]}
    zh: 干眼症
  - id: hsct
    en: {term: hematopoietic stem cell transplantation, abbr: HSCT}
    zh: 造血干细胞移植
  - id: autologous-hsct
    en: {term: autologous hematopoietic stem cell transplantation, abbr: auto-HSCT}
    zh: 自体造血干细胞移植
  - {id: adipose-derived, kind: word, pos: adj, en: adipose-derived, zh: 脂肪来源的}
  - id: mesenchymal-stem-cells
    en: {term: mesenchymal stem cells, abbr: MSCs}
    zh: 间充质干细胞
  - id: adipose-derived-stem-cells
    en: {term: adipose-derived stem cells, abbr: ADSCs, variants: [adipose-derived mesenchymal stem cells, adipose-derived MSCs]}
    zh: 脂肪来源干细胞
  - id: dopaminergic-neurons
    en: {term: dopaminergic neurons, abbr: DA neurons}
    zh: 多巴胺能神经元
)",
                                                        "styles.yaml"));
  return normalizer;
}

Options with_style(Abbreviations style) {
  Options o{Target::en};
  o.abbreviations = style;
  return o;
}

// Each style's output of `text` is a fixed point (and the other invariants hold).
void check_each_style_is_a_fixed_point(const std::string& text) {
  for (Abbreviations style : {Abbreviations::first, Abbreviations::always, Abbreviations::never}) {
    CAPTURE(text, static_cast<int>(style));
    CHECK(invariants::check_all(styles_normalizer(), text, with_style(style)) == "");
  }
}

}  // namespace

TEST_CASE("a form the termbase writes beats another concept's inflected form", "[abbreviations]") {
  // "dry eyes" is a word's own English and the plural of the variant "dry eye" of a disease:
  // read back, it is the word, so a first mention does not gain the disease's abbreviation.
  CHECK(styles_normalizer().normalize("dry eyes", {Target::zh}).text == "眼干");
  CHECK(styles_normalizer().normalize("dry eye", {Target::zh}).text == "干眼症");
  const std::string text = "Patients have 眼干 and 干眼症.";
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::first)).text ==
        "Patients have dry eyes and dry eye disease (DED).");
  check_each_style_is_a_fixed_point(text);
}

TEST_CASE("an abbreviation glossing a term of another concept is that term's gloss", "[abbreviations]") {
  // The source glosses autologous HSCT with the abbreviation of HSCT: the term keeps its own.
  const std::string text = "自体造血干细胞移植（HSCT） was studied.";
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::always)).text == "Auto-HSCT was studied.");
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::never)).text ==
        "Autologous hematopoietic stem cell transplantation was studied.");
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::first)).text ==
        "Autologous hematopoietic stem cell transplantation (auto-HSCT) was studied.");
  check_each_style_is_a_fixed_point(text);
  // English read back: a longer term before another concept's gloss is rendered once.
  check_each_style_is_a_fixed_point("autologous hematopoietic stem cell transplantation (HSCT) works.");
}

TEST_CASE("a title-cased abbreviation in a heading is the gloss of the term before it", "[abbreviations]") {
  const std::string text = "Dopaminergic Neurons (DA Neurons)\n\n多巴胺能神经元 are lost.\n";
  const std::string once = styles_normalizer().normalize(text, with_style(Abbreviations::first)).text;
  CHECK(once.find("(DA Neurons) (DA Neurons)") == std::string::npos);
  CHECK(once.rfind("DA neurons are lost.") != std::string::npos);
  check_each_style_is_a_fixed_point(text);
}

TEST_CASE("a modifier and a term whose English is a longer term's form become that term", "[abbreviations]") {
  // "adipose-derived" + "mesenchymal stem cells (MSCs)" would read back as adipose-derived
  // stem cells glossed with the abbreviation of mesenchymal stem cells.
  const std::string text = "Doctors injected 脂肪来源的间充质干细胞 (MSCs), then 脂肪来源的 MSCs and 间充质干细胞.";
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::always)).text ==
        "Doctors injected ADSCs, then ADSCs and MSCs.");
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::first)).text ==
        "Doctors injected adipose-derived stem cells (ADSCs), then ADSCs and mesenchymal stem cells (MSCs).");
  check_each_style_is_a_fixed_point(text);
  // The default style keeps the text's own composition.
  CHECK(styles_normalizer().normalize("Doctors injected 脂肪来源的 MSCs.", {Target::en}).text ==
        "Doctors injected adipose-derived MSCs.");
}
