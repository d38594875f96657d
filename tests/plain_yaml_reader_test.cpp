// The fast reader of plain YAML against yaml-cpp: where it reads a text, the document (every
// node's kind, scalar, line and column, the tree's shape) is the one yaml-cpp gives; what it
// is not sure of, it leaves to yaml-cpp; and it reads every file of the default termbase.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "yaml_reader_difference.hpp"

using termnorm::yaml::compare_readers;

namespace {
std::string compare(const std::string& text) { return compare_readers(text); }
}  // namespace

TEST_CASE("the plain reader reads every default termbase file as yaml-cpp does", "[yaml]") {
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(TERMNORM_SOURCE_DIR "/lexicon")) {
    if (entry.path().extension() != ".yaml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    CAPTURE(entry.path().filename().string());
    CHECK(compare(text.str()).empty());
    ++files;
  }
  CHECK(files > 10);
}

TEST_CASE("the plain reader agrees with yaml-cpp on the subset", "[yaml]") {
  const char* const texts[] = {
      "termnorm-lexicon: 1\n",
      "termnorm-lexicon: 1",
      "# a comment\n\ntermnorm-lexicon: 1   # version\ndomain: cells\n",
      "termnorm-lexicon: 1\nconcepts:\n  - {id: a, en: stem cells, zh: 干细胞}\n  - {id: b, en: [x, y z], zh: {term: 乙, traditional: 乙}}\n",
      "termnorm-lexicon: 1\nconcepts:\n- {id: a, en: x, zh: 甲}\n- id: b\n  en: y\n  zh: 乙\nrules: []\n",
      "termnorm-lexicon: 1\nconcepts:\n  - id: a\n    en:\n      term: a b\n      variants: [c, 'd''e', \"f \\\"g\\\" \\\\ h\"]\n    zh:\n      term: 甲\n      variants:\n      - 甲甲\n      - 甲乙\n  # between\n  - id: b\n    note: a note, with:colons, no {braces} and [brackets] and C#\n    en: ''\n    zh: 乙\n",
      "k: {a: 甲乙丙, b: {c: 丁}}\nx: [甲, {y: 乙}, [丙, 丁], '戊']\n",
      "k:    spaced value   \nl:   'quoted'   # comment\n",
      "k: a:b\nl: http://example.org/x?y#z\n",
      "rules:\n  - id: r\n    zh: '{X}的{Y}'\n    en: 'the {Y} of {X}'\n    sentence-start: true\n",
      "k: {}\nl: []\nm: {a: []}\n",
      "a:\n  b:\n    c: d\n  e: f\ng: h\n",
      "a: Parkinson's disease\nb: [\"Parkinson's disease\", it's]\n",
      "a:\n  - x\n\n  - y\n\n\nb: z\n",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    CHECK(compare(text).empty());
  }
}

TEST_CASE("the plain reader leaves the rest of YAML to yaml-cpp", "[yaml]") {
  const char* const texts[] = {
      "",                                     // no document
      "k: v\r\n",                             // carriage return
      "k:\tv\n",                              // tab
      "k: &a v\nl: *a\n",                     // anchor and alias
      "k: !!str v\n",                         // tag
      "k: |\n  block\n",                      // block scalar
      "k: a plain\n  scalar on two lines\n",  // folded plain scalar
      "k: {a: b,\n  c: d}\n",                 // flow collection over two lines
      "k: 'a\n  b'\n",                        // quoted scalar over two lines
      "k: \"a\\nb\"\n",                       // escape
      "k: null\n",                            // null
      "k: ~\n",                               // null
      "k:\nl: v\n",                           // empty value (null)
      "k: v\n---\nl: w\n",                    // a second document
      "\"k\": v\n",                           // quoted key
      "k: v\n  l: w\n",                       // bad indentation
      "k: [a, b\n",                           // syntax error
      "k: {a: b}}\n",                         // syntax error
      "k: a: b\n",                            // syntax error
      "k: - a\n",                             // block entry after a key
      "k: [a: b]\n",                          // a pair in a flow sequence
      "k: v\n - x\n",                         // stray entry
      "\xEF\xBB\xBFk: v\n",                   // byte-order mark
  };
  for (const char* text : texts) {
    CAPTURE(text);
    CHECK(!termnorm::yaml::read_plain_yaml(text));
  }
}

TEST_CASE("the plain reader agrees with yaml-cpp on mutated termbase text", "[yaml]") {
  // Characters that matter to YAML, inserted, deleted and swapped at random in a small
  // termbase: whatever the plain reader still reads must be what yaml-cpp reads.
  const std::string base =
      "termnorm-lexicon: 1\n# comment\nconcepts:\n  - {id: a, en: [stem cells, 'x''y'], zh: {term: 干细胞, traditional: 幹細胞}}\n"
      "  - id: b\n    en:\n      term: \"b \\\" c\"\n      variants: [d, e f]\n    zh: 乙 # note\nrules:\n- {id: r, zh: '{X}的', en: 'of {X}'}\n";
  const std::string alphabet = " \n-:,[]{}#'\"&*!|>?%@~\\ab甲";
  std::mt19937 rng(5);
  size_t read = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = base;
    for (int edits = 1 + static_cast<int>(rng() % 3); edits > 0; --edits) {
      const size_t at = rng() % text.size();
      if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;  // inside a character
      switch (rng() % 3) {
        case 0: {
          const char c = alphabet[rng() % (alphabet.size() - 3)];  // ASCII only
          text.insert(at, 1, c);
          break;
        }
        case 1:
          if (static_cast<unsigned char>(text[at]) < 0x80) text.erase(at, 1);
          break;
        default:
          if (static_cast<unsigned char>(text[at]) < 0x80) text[at] = alphabet[rng() % (alphabet.size() - 3)];
      }
    }
    const std::string result = compare(text);
    if (result == "not read") continue;
    ++read;
    CAPTURE(text);
    CHECK(result.empty());
  }
  CHECK(read > 100);  // the mutations that keep to the subset are compared, not skipped
}
