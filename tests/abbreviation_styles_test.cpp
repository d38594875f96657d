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

}  // namespace

TEST_CASE("a form the termbase writes beats another concept's inflected form", "[abbreviations]") {
  // "dry eyes" is a word's own English and the plural of the variant "dry eye" of a disease:
  // read back, it is the word, so a first mention does not gain the disease's abbreviation.
  CHECK(styles_normalizer().normalize("dry eyes", {Target::zh}).text == "眼干");
  CHECK(styles_normalizer().normalize("dry eye", {Target::zh}).text == "干眼症");
  for (Abbreviations style : {Abbreviations::first, Abbreviations::always, Abbreviations::never}) {
    CAPTURE(static_cast<int>(style));
    const std::string once = styles_normalizer().normalize("Patients have 眼干 and 干眼症.", with_style(style)).text;
    CHECK(once.find("dry eyes") != std::string::npos);
    CHECK(invariants::check_all(styles_normalizer(), "Patients have 眼干 and 干眼症.", with_style(style)) == "");
  }
}

TEST_CASE("an abbreviation glossing a term of another concept is that term's gloss", "[abbreviations]") {
  // The source glosses autologous HSCT with the abbreviation of HSCT: the term keeps its own.
  const std::string text = "自体造血干细胞移植（HSCT） was studied.";
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::always)).text == "Auto-HSCT was studied.");
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::never)).text ==
        "Autologous hematopoietic stem cell transplantation was studied.");
  CHECK(styles_normalizer().normalize(text, with_style(Abbreviations::first)).text ==
        "Autologous hematopoietic stem cell transplantation (auto-HSCT) was studied.");
  for (Abbreviations style : {Abbreviations::first, Abbreviations::always, Abbreviations::never}) {
    CAPTURE(static_cast<int>(style));
    CHECK(invariants::check_all(styles_normalizer(), text, with_style(style)) == "");
    // English read back: a longer term before another concept's gloss is rendered once.
    CHECK(invariants::check_all(styles_normalizer(), "autologous hematopoietic stem cell transplantation (HSCT) works.",
                                with_style(style)) == "");
  }
}

TEST_CASE("a title-cased abbreviation in a heading is the gloss of the term before it", "[abbreviations]") {
  const std::string text = "Dopaminergic Neurons (DA Neurons)\n\n多巴胺能神经元 are lost.\n";
  const std::string once = styles_normalizer().normalize(text, with_style(Abbreviations::first)).text;
  CHECK(once.find("(DA Neurons) (DA Neurons)") == std::string::npos);
  CHECK(once.rfind("DA neurons are lost.") != std::string::npos);
  for (Abbreviations style : {Abbreviations::first, Abbreviations::always, Abbreviations::never}) {
    CAPTURE(static_cast<int>(style));
    CHECK(invariants::check_all(styles_normalizer(), text, with_style(style)) == "");
  }
}
