// Properties over the examples and over generated text: normalizing the output again changes
// nothing, and text without lexicon terms passes through byte for byte.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "small_lexicon.hpp"
#include "example_texts.hpp"
#include "termnorm/normalizer.hpp"

namespace fs = std::filesystem;
using namespace termnorm;

namespace {
// Random text from `pool`, joined by the separators a document has.
std::string generate(std::mt19937& rng, const std::vector<std::string>& pool, size_t words) {
  static const std::vector<std::string> seps = {" ", " ", " ", ", ", ". ", "\n", "\n\n", "", "，", "。", "（", "）", ": "};
  std::string out;
  for (size_t i = 0; i < words; ++i) {
    out += pool[rng() % pool.size()];
    out += seps[rng() % seps.size()];
  }
  return out;
}
}  // namespace

TEST_CASE("normalizing the output again changes nothing (examples)", "[properties]") {
  const Normalizer n(Lexicon::builtin());
  for (const std::string& text : example_texts()) {
    for (Target t : {Target::en, Target::zh}) {
      const std::string once = n.normalize(text, {t}).text;
      const std::string twice = n.normalize(once, {t}).text;
      CHECK(once == twice);
      Options o;
      o.target = t;
      o.fallback = Fallback::gloss;
      o.abbreviations = Abbreviations::first;
      const std::string styled = n.normalize(text, o).text;
      CHECK(n.normalize(styled, o).text == styled);
    }
  }
}

TEST_CASE("normalizing the output again changes nothing (generated text)", "[properties]") {
  const Normalizer n(small_lexicon());
  const std::vector<std::string> pool = {
      "干细胞", "间充质干细胞", "MSCs", "stem cells", "然而", "包括", "造血干细胞 (造血干细胞)", "the",
      "patients", "治疗", "的", "多发性硬化症", "MS", "ms", "and", "配送方式", "慢性", "疾病", "通过", "利用",
      "Stem-Cell Therapy", "HSCs", "一种", "有效的", "方法", "中枢神经系统", "a", "trial", "结论"};
  std::mt19937 rng(20261122);
  for (int round = 0; round < 300; ++round) {
    const std::string text = generate(rng, pool, 1 + rng() % 25);
    for (Target t : {Target::en, Target::zh}) {
      for (bool unify : {false, true}) {
        Options o;
        o.target = t;
        o.unify = unify;
        const std::string once = n.normalize(text, o).text;
        CAPTURE(text, once, t == Target::en ? "en" : "zh", unify);
        CHECK(n.normalize(once, o).text == once);
      }
      for (Abbreviations style : {Abbreviations::first, Abbreviations::always, Abbreviations::never}) {
        Options o;
        o.target = t;
        o.fallback = Fallback::gloss;
        o.abbreviations = style;
        const std::string once = n.normalize(text, o).text;
        CAPTURE(text, once, t == Target::en ? "en" : "zh", static_cast<int>(style));
        CHECK(n.normalize(once, o).text == once);
      }
    }
  }
}

TEST_CASE("text with no lexicon term passes through byte for byte", "[properties]") {
  const Normalizer n(small_lexicon());
  const std::vector<std::string> pool = {"alpha", "Beta", "gamma-delta", "“quoted”", "tab\there", "x2",
                                         "CRLF\r\n", "café", "naïve", "Ωmega", "日本語", "한국어", "кириллица",
                                         "  ", "1.5", "(paren)", "emoji🙂", "ms", "also"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const size_t words = rng() % 30;
    for (size_t i = 0; i < words; ++i) {
      text += pool[rng() % pool.size()];
      text += (rng() % 4 == 0) ? "\n" : " ";
    }
    CAPTURE(text);
    CHECK(n.normalize(text, {Target::en}).text == text);
    Options every_option;
    every_option.target = Target::en;
    every_option.fallback = Fallback::gloss;
    every_option.abbreviations = Abbreviations::first;
    CHECK(n.normalize(text, every_option).text == text);
  }
}
