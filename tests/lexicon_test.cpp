// Loading termbase files: the schema, shorthands, merging, and errors with positions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>

#include "lexicon/lexicon_image.hpp"
#include "matcher/matcher.hpp"
#include "termnorm/lexicon.hpp"

using termnorm::Lexicon;
using termnorm::LexiconError;

namespace {
// The error message Lexicon::from_yaml gives for `yaml`, or "" if it loads.
std::string load_error(const std::string& yaml) {
  try {
    Lexicon::from_yaml(yaml, "test.yaml");
  } catch (const LexiconError& e) {
    return e.what();
  }
  return {};
}
}  // namespace

TEST_CASE("a concept with both languages' forms loads", "[lexicon]") {
  const Lexicon l = Lexicon::from_yaml(R"(termnorm-lexicon: 1
domain: cells
concepts:
  - id: mesenchymal-stem-cells
    en: {term: mesenchymal stem cells, abbr: MSCs, variants: [mesenchymal stromal cells]}
    zh: {term: 间充质干细胞, variants: [间质干细胞], traditional: 間充質幹細胞}
  - {id: however, kind: phrase, pos: conj, en: however, zh: [然而, 但是]}
  - {id: particle-de, kind: word, pos: part, en: "", zh: 的}
)", "test.yaml");
  REQUIRE(l.concepts().size() == 3);
  const auto& msc = l.concepts()[0];
  CHECK(msc.domain == "cells");
  CHECK(msc.en.abbr == "MSCs");
  CHECK(msc.en.variants == std::vector<std::string>{"mesenchymal stromal cells"});
  CHECK(msc.zh.traditional == "間充質幹細胞");
  CHECK(msc.where.line == 4);
  const auto& however = l.concepts()[1];
  CHECK(however.kind == termnorm::ConceptKind::phrase);
  CHECK(however.zh.term == "然而");
  CHECK(however.zh.variants == std::vector<std::string>{"但是"});
  CHECK(l.concepts()[2].en.term.empty());
}

TEST_CASE("schema errors name the file, line and column", "[lexicon]") {
  CHECK(load_error("concepts: []\n") == "test.yaml:1:1: missing 'termnorm-lexicon: 1'");
  CHECK(load_error("termnorm-lexicon: 2\n") ==
        "test.yaml:1:19: unsupported termbase format version (this termnorm reads 1)");
  CHECK(load_error("termnorm-lexicon: 1\nconcepts:\n  - en: x\n    zh: y\n") ==
        "test.yaml:3:5: concept needs an 'id'");
  CHECK(load_error("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: x, zh: y, colour: red}\n") ==
        "test.yaml:3:27: unknown key 'colour' in a concept");
  CHECK(load_error("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: x}\n") ==
        "test.yaml:3:5: concept 'a' needs both an 'en' and a 'zh' section");
  CHECK(load_error("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: x, zh: y, pos: thing}\n") ==
        "test.yaml:3:32: unknown pos 'thing' (noun adj verb adv conj prep pron det num mw part)");
  CHECK(load_error("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: x, zh: y}\n  - {id: a, en: z, zh: w}\n") ==
        "test.yaml:4:5: duplicate concept id 'a'");
}

TEST_CASE("YAML syntax errors carry the parser's position", "[lexicon]") {
  const std::string error = load_error("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: [x\n");
  CHECK(error.rfind("test.yaml:", 0) == 0);
  CHECK(error.find(": end of sequence") != std::string::npos);
}

TEST_CASE("merge replaces a concept with the same id and appends new ones", "[lexicon]") {
  Lexicon base = Lexicon::from_yaml("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: x, zh: 甲}\n  - {id: b, en: y, zh: 乙}\n", "base.yaml");
  base.merge(Lexicon::from_yaml("termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: xx, zh: 甲甲}\n  - {id: c, en: z, zh: 丙}\n", "team.yaml"));
  REQUIRE(base.concepts().size() == 3);
  CHECK(base.find("a")->en.term == "xx");
  CHECK(base.find("a")->where.file == "team.yaml");
  CHECK(base.find("c") != nullptr);
  CHECK(base.find("missing") == nullptr);
}

TEST_CASE("the embedded default termbase loads", "[lexicon]") {
  const Lexicon& l = Lexicon::builtin();
  CHECK(l.concepts().size() > 1000);
  CHECK(l.find("stem-cells") != nullptr);
  CHECK_FALSE(l.rules().empty());
}

// Traditional input is matched through ICU's Traditional→Simplified folding, which leaves some
// regional spellings as they are (麻痺, 復甦, 螢光): a concept whose Traditional form folds to
// none of its Chinese forms needs that folded spelling as a variant, or Traditional text misses it.
TEST_CASE("every Traditional form of the default termbase folds to one of its Chinese forms", "[lexicon]") {
  using termnorm::matcher::Matcher;
  std::vector<std::string> wrong;
  for (const auto& c : Lexicon::builtin().concepts()) {
    if (c.zh.traditional.empty()) continue;
    const std::string key = Matcher::fold_key(c.zh.traditional);
    bool matched = key == Matcher::fold_key(c.zh.term);
    for (const auto& forms : {c.zh.variants, c.zh.deprecated}) {
      for (const auto& form : forms) matched = matched || key == Matcher::fold_key(form);
    }
    if (!matched) wrong.push_back(c.id + ": " + c.zh.traditional + " folds to " + key);
  }
  INFO(std::accumulate(wrong.begin(), wrong.end(), std::string(), [](std::string all, const std::string& w) {
    return all + w + "\n";
  }));
  CHECK(wrong.empty());
}

TEST_CASE("homonyms: ids of concepts that share a form on purpose", "[lexicon]") {
  const Lexicon l = Lexicon::from_yaml(R"(termnorm-lexicon: 1
concepts:
  - {id: approach, kind: word, homonyms: [methods], en: approach, zh: 方法}
  - {id: methods, kind: phrase, homonyms: approach, en: methods, zh: 方法}
)", "test.yaml");
  CHECK(l.concepts()[0].homonyms == std::vector<std::string>{"methods"});
  CHECK(l.concepts()[1].homonyms == std::vector<std::string>{"approach"});
  CHECK(load_error("termnorm-lexicon: 1\nconcepts:\n  - {id: a, homonyms: {b: c}, en: x, zh: y}\n") ==
        "test.yaml:3:23: homonyms must be a string or a list of strings");
}

TEST_CASE("the built-in termbase is lexicon/*.yaml merged in file-name order", "[lexicon]") {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(TERMNORM_SOURCE_DIR "/lexicon")) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  Lexicon from_yaml;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    from_yaml.merge(Lexicon::from_yaml(text.str(), "<default>/" + path.filename().string()));
  }
  const Lexicon& builtin = Lexicon::builtin();
  REQUIRE(builtin.concepts().size() == from_yaml.concepts().size());
  CHECK(builtin.concepts() == from_yaml.concepts());
  CHECK(builtin.rules() == from_yaml.rules());
  CHECK(builtin.concepts().front().where.file == "<default>/" + files.front().filename().string());
}

TEST_CASE("a lexicon image reads back what was written, and a damaged one is refused", "[lexicon]") {
  const Lexicon l = Lexicon::from_yaml(R"(termnorm-lexicon: 1
domain: cells
concepts:
  - id: mesenchymal-stem-cells
    en: {term: mesenchymal stem cells, abbr: MSCs, article: the, variants: [mesenchymal stromal cells]}
    zh: {term: 间充质干细胞, deprecated: [间质干细胞], traditional: 間充質幹細胞}
  - {id: promote, pos: verb, ing: promoting, en: promote, zh: 促进}
rules:
  - {id: r, from: zh, zh: '在{X}中', en: 'in {X}', en-heading: 'In {X}', sentence-start: true}
)", "image.yaml");
  const std::string image = termnorm::lexicon_image::write(l);
  const Lexicon back = termnorm::lexicon_image::read(image);
  CHECK(back.concepts() == l.concepts());
  CHECK(back.rules() == l.rules());
  CHECK(back.concepts()[1].where == termnorm::SourcePosition{"image.yaml", 7, 5});
  CHECK_THROWS_AS(termnorm::lexicon_image::read(image.substr(0, image.size() - 3)), termnorm::Error);
  CHECK_THROWS_AS(termnorm::lexicon_image::read("not an image"), termnorm::Error);
}

TEST_CASE("from_values lets a later concept replace an earlier one with the same id", "[lexicon]") {
  termnorm::Concept a, b, a2;
  a.id = "a";
  a.en.term = "x";
  b.id = "b";
  a2.id = "a";
  a2.en.term = "xx";
  const Lexicon l = Lexicon::from_values({a, b, a2}, {});
  REQUIRE(l.concepts().size() == 2);
  CHECK(l.concepts()[0].en.term == "xx");
  CHECK(l.concepts()[1].id == "b");
}

// Short disease, body and general words of the termbase (滑膜炎 synovitis, 磨牙 molars, 植物
// plants, 双眼 both eyes, 神经性 neurogenic, 不得 may not, 生殖 reproductive, 间质细胞 interstitial
// cells, 先兆 aura, 马 horses, 犬 and 猫) stand inside longer words that mean something else; those
// longer words need entries of their own, or leftmost-longest matching cuts them in half.
TEST_CASE("a short entry of the default termbase does not cut the longer words it stands in", "[lexicon]") {
  using termnorm::matcher::Matcher;
  const Lexicon& lexicon = Lexicon::builtin();
  const Matcher matcher(lexicon);
  // The ids of the concepts matched in `text`, in order.
  const auto ids = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : matcher.find_all(text)) {
      out.push_back(lexicon.concepts()[matcher.best_entry(m, termnorm::Language::zh).concept_index].id);
    }
    return out;
  };
  using Ids = std::vector<std::string>;
  CHECK(ids("滑膜炎症") == Ids{"synovial-inflammation"});
  CHECK(ids("滑膜炎") == Ids{"synovitis"});
  CHECK(ids("牙龈炎症") == Ids{"gingival-inflammation"});
  CHECK(ids("夜间磨牙") == Ids{"bruxism"});
  CHECK(ids("第三磨牙") == Ids{"third-molars"});
  CHECK(ids("植物人") == Ids{"vegetative-state"});
  CHECK(ids("植物油") == Ids{"vegetable-oil"});
  CHECK(ids("双眼皮") == Ids{"double-eyelid-surgery"});
  CHECK(ids("胆碱酯酶抑制剂") == Ids{"cholinesterase-inhibitors"});
  CHECK(ids("ROCK抑制剂") == Ids{"inhibitors"});
  CHECK(ids("血管性痴呆") == Ids{"vascular-dementia"});
  CHECK(ids("神经性厌食") == Ids{"anorexia-nervosa"});
  CHECK(ids("不得不") == Ids{"have-to"});
  CHECK(ids("舍不得") == Ids{"be-reluctant-to"});
  CHECK(ids("血管加压素") == Ids{"vasopressin"});
  CHECK(ids("加压包扎") == Ids{"compression-bandaging"});
  CHECK(ids("来之不易") == Ids{"hard-won"});
  CHECK(ids("核酸酶") == Ids{"nucleases"});
  CHECK(ids("眼球震颤") == Ids{"nystagmus-zh"});
  CHECK(ids("肱骨外上髁炎") == Ids{"lateral-epicondylitis"});
  CHECK(ids("外上髁炎") == Ids{"lateral-epicondylitis"});
  CHECK(ids("转移性黑色素瘤") == Ids{"metastatic-melanoma"});
  CHECK(ids("足月儿") == Ids{"full-term-infants"});
  CHECK(ids("实属不易") == Ids{"no-easy-feat"});
  CHECK(ids("不易察觉") == Ids{"hard-to-detect"});
  CHECK(ids("沉默") == Ids{"silent-chenmo"});
  CHECK(ids("基因沉默") == Ids{"gene-silencing"});
  CHECK(ids("沉默寡言") == Ids{"taciturn"});
  CHECK(ids("血钙") == Ids{"blood-calcium"});
  CHECK(ids("低血钙") == Ids{"hypocalcemia"});
  CHECK(ids("孕激素") == Ids{"progestins"});
  CHECK(ids("孕激素受体") == Ids{"progesterone-receptors"});
  CHECK(ids("执法") == Ids{"law-enforcement"});
  CHECK(ids("执法检查") == Ids{"law-enforcement-inspections"});
  CHECK(ids("合规") == Ids{"compliant-hegui"});
  CHECK(ids("不合规") == Ids{"noncompliant-buhegui"});
  CHECK(ids("合规性") == Ids{"compliance-hegui"});
  CHECK(ids("肝酶") == Ids{"liver-enzymes"});
  CHECK(ids("肝酶升高") == Ids{"elevated-liver-enzymes"});
  CHECK(ids("完成备案") == Ids{"complete-registration"});
  CHECK(ids("备案项目") == Ids{"registered-projects"});
  CHECK(ids("生殖毒性") == Ids{"reproductive-toxicity"});
  CHECK(ids("生殖细胞") == Ids{"germ-cells"});
  CHECK(ids("生殖器") == Ids{"genitals"});
  CHECK(ids("生殖中心") == Ids{"reproductive-medicine-centers"});
  CHECK(ids("间质细胞") == Ids{"interstitial-cells"});
  CHECK(ids("睾丸间质细胞") == Ids{"leydig-cells"});
  CHECK(ids("骨髓间质细胞") == Ids{"bone-marrow-mesenchymal-stem-cells"});
  CHECK(ids("隐窝") == Ids{"crypts"});
  CHECK(ids("肠隐窝") == Ids{"intestinal-crypts"});
  CHECK(ids("绒毛") == Ids{"villi"});
  CHECK(ids("绒毛膜") == Ids{"chorion"});
  CHECK(ids("精索") == Ids{"spermatic-cord"});
  CHECK(ids("精索静脉曲张") == Ids{"varicocele"});
  CHECK(ids("子女") == Ids{"children-offspring"});
  CHECK(ids("独生子女") == Ids{"only-children"});
  CHECK(ids("先兆") == Ids{"aura"});
  CHECK(ids("先兆症状") == Ids{"aura-symptoms"});
  CHECK(ids("先兆流产") == Ids{"threatened-miscarriage"});
  CHECK(ids("先兆早产") == Ids{"threatened-preterm-labor"});
  CHECK(ids("先兆子痫") == Ids{"preeclampsia"});
  CHECK(ids("马") == Ids{"horses"});
  CHECK(ids("马上") == Ids{"immediately-adv"});
  CHECK(ids("海马") == Ids{"hippocampus"});
  CHECK(ids("马尾") == Ids{"cauda-equina"});
  CHECK(ids("马拉松") == Ids{"marathon"});
  CHECK(ids("马凡综合征") == Ids{"marfan-syndrome"});
  CHECK(ids("斑马鱼") == Ids{"zebrafish"});
  CHECK(ids("犬") == Ids{"dogs-quan"});
  CHECK(ids("犬齿") == Ids{"canines"});
  CHECK(ids("猫") == Ids{"cats"});
  CHECK(ids("熊猫") == Ids{"pandas"});
  CHECK(ids("西方") == Ids{"western-adj"});
  CHECK(ids("东西方") == Ids{"east-and-west"});
  CHECK(ids("镇静") == Ids{"sedation"});
  CHECK(ids("镇静剂") == Ids{"sedatives"});
  CHECK(ids("断裂") == Ids{"rupture-duanlie"});
  CHECK(ids("双链断裂") == Ids{"double-strand-breaks"});
  CHECK(ids("染色体断裂试验") == Ids{"chromosome-breakage-test"});
  CHECK(ids("跟腱断裂") == Ids{"achilles-tendon-rupture"});
  CHECK(ids("片段") == Ids{"fragments"});
  CHECK(ids("大片段缺失") == Ids{"large-deletions"});
  // 儿子 son and 当心 (only as 要当心 beware) must leave 胎儿子宫 and 当心脏 to the words they hold.
  CHECK(ids("儿子") == Ids{"son"});
  CHECK(ids("胎儿子宫") == Ids{"fetus", "uterus"});
  CHECK(ids("要当心") == Ids{"beware"});
  CHECK(ids("当心脏") == Ids{"when", "heart"});
  CHECK(ids("第一期手术") == Ids{"first-stage-surgery"});
  CHECK(ids("一期临床试验") == Ids{"phase-1-trials"});
  // 一只 one (an animal) does not take the 一 of 唯一 before 只有.
  CHECK(ids("一只小鼠") == Ids{"one-animal", "mice"});
  CHECK(ids("唯一只有") == Ids{"only", "only-zhiyou"});
}
