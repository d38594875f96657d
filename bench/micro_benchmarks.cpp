// Micro-benchmarks of the pipeline's stages (Google Benchmark): the matcher's scan, the
// rules' character filter (and their required strings, each searched for once a line), the
// rule set applied to tokenized lines,
// the streaming path (64 KB pieces), the rewriter's plan of a line, a whole normalize() each way, and
// the start-up costs (reading the built-in termbase and its images, compiling a Normalizer, building a
// matcher of 100,000 concepts, a first kilobyte, a first long line), and loading termbase files (-l): the
// default termbase's YAML and synthetic files of 10,000 and 100,000 concepts, through the
// plain reader and through yaml-cpp, with and without compiling them.
//
// The text is TERMNORM_BENCH_TEXT (a file) when set, else one made of the default
// termbase's own Chinese terms, joined the way running text joins them. Synthetic lexicons
// are the default termbase plus filler concepts that never match: only size changes.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "lexicon/builtin_lexicon_image.hpp"
#include "lexicon/embedded_lexicon.hpp"
#include "lexicon/lexicon_image.hpp"
#include "lexicon/yaml_document.hpp"
#include "matcher/matcher.hpp"
#include "rewriter/rewriter.hpp"
#include "rewriter/rule_literals.hpp"
#include "rewriter/rule_set.hpp"
#include "termnorm/termnorm.hpp"
#include "text/layout.hpp"
#include "text/utf8.hpp"

namespace {

using termnorm::Language;
using termnorm::Lexicon;

std::string make_text() {
  if (const char* path = std::getenv("TERMNORM_BENCH_TEXT")) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!text.str().empty()) return text.str();
  }
  std::string text;
  const auto& concepts = Lexicon::builtin().concepts();
  std::mt19937 rng(7);
  for (int line = 0; line < 2000; ++line) {
    for (int k = 0; k < 12; ++k) {
      text += concepts[rng() % concepts.size()].zh.term;
      text += k % 4 == 3 ? "，" : "的";
    }
    text += "。\n";
  }
  return text;
}

const std::string& bench_text() {
  static const std::string text = make_text();
  return text;
}

// The default termbase plus `fillers` concepts whose Chinese forms are random ideographs.
Lexicon with_fillers(size_t fillers) {
  std::vector<termnorm::Concept> concepts = Lexicon::builtin().concepts();
  std::mt19937 rng(11);
  for (size_t i = 0; i < fillers; ++i) {
    termnorm::Concept c;
    c.id = "filler-" + std::to_string(i);
    c.en.term = "filler term " + std::to_string(i);
    c.en.present = c.zh.present = true;
    for (size_t k = 0, n = 3 + rng() % 4; k < n; ++k) {
      termnorm::text::append(c.zh.term, static_cast<char32_t>(0x4E00 + rng() % 0x5000));
    }
    concepts.push_back(std::move(c));
  }
  return Lexicon::from_values(std::move(concepts), Lexicon::builtin().rules());
}

void set_bytes(benchmark::State& state, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

void BM_MatcherFindAll(benchmark::State& state) {
  const Lexicon lexicon = with_fillers(static_cast<size_t>(state.range(0)));
  const termnorm::matcher::Matcher matcher(lexicon);
  const std::string& text = bench_text();
  for (auto _ : state) benchmark::DoNotOptimize(matcher.find_all(text));
  set_bytes(state, text.size());
  state.counters["concepts"] = static_cast<double>(lexicon.concepts().size());
}
BENCHMARK(BM_MatcherFindAll)->Arg(0)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_RewriterPlan(benchmark::State& state) {
  const Lexicon& lexicon = Lexicon::builtin();
  const termnorm::matcher::Matcher matcher(lexicon);
  const termnorm::rewriter::RuleSet zh_rules(lexicon.rules(), Language::zh), en_rules(lexicon.rules(), Language::en);
  const termnorm::rewriter::Rewriter rewriter(lexicon, matcher, zh_rules, en_rules);
  const std::string& text = bench_text();
  const auto target = state.range(0) == 0 ? Language::en : Language::zh;
  const termnorm::Options options;
  for (auto _ : state) {
    termnorm::rewriter::DocumentState document;
    for (size_t start = 0; start < text.size();) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      const std::string_view line = std::string_view(text).substr(start, end - start);
      benchmark::DoNotOptimize(rewriter.plan(line, target, options, termnorm::text::is_heading(line), document));
      start = end + 1;
    }
  }
  set_bytes(state, text.size());
}
BENCHMARK(BM_RewriterPlan)->Arg(0)->Arg(1)->ArgName("to_zh")->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  const termnorm::Normalizer normalizer(Lexicon::builtin());
  termnorm::Options options;
  options.target = state.range(0) == 0 ? termnorm::Target::en : termnorm::Target::zh;
  const std::string& text = bench_text();
  for (auto _ : state) benchmark::DoNotOptimize(normalizer.normalize(text, options));
  set_bytes(state, text.size());
}
BENCHMARK(BM_Normalize)->Arg(0)->Arg(1)->ArgName("to_zh")->Unit(benchmark::kMillisecond);

// The command's streaming path: the text fed in 64 KB pieces, each piece's lines normalized
// into a Result of their own (whose text, edits and residuals are reserved as they come).
void BM_DocumentStream(benchmark::State& state) {
  const termnorm::Normalizer normalizer(Lexicon::builtin());
  termnorm::Options options;
  options.target = state.range(0) == 0 ? termnorm::Target::en : termnorm::Target::zh;
  const std::string_view text = bench_text();
  constexpr size_t kPiece = 64 * 1024;
  for (auto _ : state) {
    termnorm::DocumentStream stream(normalizer, options);
    for (size_t at = 0; at < text.size(); at += kPiece) benchmark::DoNotOptimize(stream.feed(text.substr(at, kPiece)));
    benchmark::DoNotOptimize(stream.finish());
  }
  set_bytes(state, text.size());
}
BENCHMARK(BM_DocumentStream)->Arg(0)->Arg(1)->ArgName("to_zh")->Unit(benchmark::kMillisecond);

void BM_ReadBuiltinImage(benchmark::State& state) {
  for (auto _ : state) {
    // The first call reads the image; copying it costs what reading it again would.
    Lexicon copy = Lexicon::builtin();
    benchmark::DoNotOptimize(copy);
  }
}
BENCHMARK(BM_ReadBuiltinImage)->Unit(benchmark::kMillisecond);

// What start-up pays for the default termbase: its compiled-in lexicon image read afresh
// (Lexicon::builtin() reads it once a run), and its matcher image read in place.
void BM_ReadLexiconImage(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(termnorm::lexicon_image::read(termnorm::builtin_lexicon_image()));
}
BENCHMARK(BM_ReadLexiconImage)->Unit(benchmark::kMillisecond);

void BM_ReadMatcherImage(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(termnorm::matcher::Matcher::read(termnorm::builtin_matcher_image(), /*in_place=*/true));
  }
}
BENCHMARK(BM_ReadMatcherImage)->Unit(benchmark::kMillisecond);

void BM_CompileNormalizer(benchmark::State& state) {
  const Lexicon lexicon = with_fillers(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(termnorm::Normalizer(lexicon));
  state.counters["concepts"] = static_cast<double>(lexicon.concepts().size());
}
BENCHMARK(BM_CompileNormalizer)->Arg(0)->Arg(100000)->Unit(benchmark::kMillisecond);

// A termbase file of `concepts` synthetic concepts, one flow mapping each, as
// bench/make_lexicon.py writes them (random Chinese terms, made-up English words).
std::string synthetic_termbase(size_t concepts) {
  std::mt19937 rng(7);
  std::string yaml = "termnorm-lexicon: 1\ndomain: synthetic\nconcepts:\n";
  for (size_t i = 0; i < concepts; ++i) {
    yaml += "  - {id: s" + std::to_string(i) + ", en: word" + std::to_string(2 * i) + " word" + std::to_string(2 * i + 1) + ", zh: ";
    for (size_t k = 0, n = 3 + rng() % 4; k < n; ++k) termnorm::text::append(yaml, static_cast<char32_t>(0x4E00 + rng() % 0x5000));
    yaml += "}\n";
  }
  return yaml;
}

// Lexicon::from_yaml on a synthetic file (arg: concepts): what -l FILE costs before compiling.
void BM_LoadTermbaseFile(benchmark::State& state) {
  const std::string yaml = synthetic_termbase(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(Lexicon::from_yaml(yaml, "synthetic.yaml"));
  set_bytes(state, yaml.size());
}
BENCHMARK(BM_LoadTermbaseFile)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The same text through yaml-cpp's parser alone (what a file outside the plain subset costs
// before its schema is read).
void BM_YamlCppDocument(benchmark::State& state) {
  const std::string yaml = synthetic_termbase(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(termnorm::yaml::read_with_yaml_cpp(yaml, "synthetic.yaml"));
  set_bytes(state, yaml.size());
}
BENCHMARK(BM_YamlCppDocument)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// Loading a synthetic file and compiling it into a Normalizer: the whole start-up of
// `termnorm --no-default-lexicon -l FILE` but reading the file.
void BM_LoadAndCompileTermbase(benchmark::State& state) {
  const std::string yaml = synthetic_termbase(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(termnorm::Normalizer(Lexicon::from_yaml(yaml, "synthetic.yaml")));
}
BENCHMARK(BM_LoadAndCompileTermbase)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

// Every default termbase file loaded from its YAML, as `lexicon check` and -l of a copy do.
void BM_LoadDefaultTermbaseYaml(benchmark::State& state) {
  size_t bytes = 0;
  for (const termnorm::EmbeddedFile& file : termnorm::embedded_lexicon_files()) bytes += file.text.size();
  for (auto _ : state) {
    for (const termnorm::EmbeddedFile& file : termnorm::embedded_lexicon_files()) {
      benchmark::DoNotOptimize(Lexicon::from_yaml(file.text, file.name));
    }
  }
  set_bytes(state, bytes);
}
BENCHMARK(BM_LoadDefaultTermbaseYaml)->Unit(benchmark::kMillisecond);

// What a run of the command pays before its output: a Normalizer of the default termbase
// (shared, its rules compiled when first needed) and its first `text` (cut to whole
// characters), where the rules that text needs are compiled.
void first_text(benchmark::State& state, std::string text) {
  while (!text.empty() && termnorm::text::find_invalid(text) != std::string::npos) text.pop_back();
  termnorm::Options options;
  options.target = termnorm::Target::en;
  for (auto _ : state) {
    const termnorm::Normalizer normalizer(Lexicon::builtin());
    benchmark::DoNotOptimize(normalizer.normalize(text, options));
  }
}

// The first kilobyte of the text.
void BM_FirstKilobyte(benchmark::State& state) { first_text(state, bench_text().substr(0, 1024)); }
BENCHMARK(BM_FirstKilobyte)->Unit(benchmark::kMillisecond);

// One long line first: the text's lines joined by spaces up to 4 KB, as an article pasted
// without its line breaks reaches termnorm. A line holds more of the rules' text than a
// paragraph does, so more rules are compiled and searched in it.
void BM_FirstLongLine(benchmark::State& state) {
  std::string line = bench_text().substr(0, 4096);
  std::replace(line.begin(), line.end(), '\n', ' ');
  first_text(state, std::move(line));
}
BENCHMARK(BM_FirstLongLine)->Unit(benchmark::kMillisecond);

// Calls `f` with each line of `text`.
template <typename F>
void for_each_line(std::string_view text, F f) {
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    f(text.substr(start, end - start));
    start = end + 1;
  }
}

// The rules' first filter: the character set of each line and the rules it leaves.
void BM_RuleCandidates(benchmark::State& state) {
  std::vector<termnorm::rewriter::RequiredCharacters> rules;
  for (const termnorm::Rule& rule : Lexicon::builtin().rules()) {
    if (!rule.from || *rule.from == Language::zh) rules.emplace_back(rule.side(Language::zh), Language::zh);
  }
  const std::string& text = bench_text();
  size_t candidates = 0;
  for (auto _ : state) {
    for_each_line(text, [&](std::string_view text_line) {
      const termnorm::rewriter::CharacterSet line(text_line);
      for (const auto& rule : rules) candidates += rule.met_by(line);
    });
  }
  benchmark::DoNotOptimize(candidates);
  set_bytes(state, text.size());
}
BENCHMARK(BM_RuleCandidates)->Unit(benchmark::kMillisecond);

// The whole first filter as the rule set runs it: characters, then the strings the rules
// require, each string searched for in a line once however many rules require it.
void BM_RuleCandidatesWithStrings(benchmark::State& state) {
  std::vector<termnorm::rewriter::RequiredCharacters> rules;
  termnorm::rewriter::RequiredStrings strings;
  for (const termnorm::Rule& rule : Lexicon::builtin().rules()) {
    if (!rule.from || *rule.from == Language::zh) {
      rules.emplace_back(rule.side(Language::zh), Language::zh).intern(strings);
    }
  }
  const std::string& text = bench_text();
  size_t candidates = 0;
  for (auto _ : state) {
    for_each_line(text, [&](std::string_view line) {
      const termnorm::rewriter::CharacterSet characters(line);
      termnorm::rewriter::StringOccurrences occurrences(strings, line);
      for (const auto& rule : rules) candidates += rule.met_by(characters, occurrences, 0);
    });
  }
  benchmark::DoNotOptimize(candidates);
  set_bytes(state, text.size());
}
BENCHMARK(BM_RuleCandidatesWithStrings)->Unit(benchmark::kMillisecond);

// The construction rules applied to each line (Chinese source, for --to en), the line's lexicon
// matches its tokens, each of the class its concept's part of speech gives (made outside the
// timing): the filters, the clauses and the RE2 searches, and the slots' nested matches.
void BM_RuleSetApply(benchmark::State& state) {
  const Lexicon& lexicon = Lexicon::builtin();
  const termnorm::matcher::Matcher matcher(lexicon);
  const termnorm::rewriter::RuleSet rules(lexicon.rules(), Language::zh);
  using termnorm::rewriter::TokenClass;
  std::vector<std::pair<std::string_view, std::vector<termnorm::rewriter::Token>>> lines;
  for_each_line(bench_text(), [&](std::string_view line) {
    std::vector<termnorm::rewriter::Token> tokens;
    for (const termnorm::matcher::Match& m : matcher.find_all(line)) {
      termnorm::rewriter::Token t;
      t.begin = m.begin;
      t.end = m.end;
      const termnorm::PartOfSpeech pos = lexicon.concepts()[matcher.best_entry(m, Language::zh).concept_index].pos;
      t.token_class = pos == termnorm::PartOfSpeech::verb   ? TokenClass::verb
                      : pos == termnorm::PartOfSpeech::adj  ? TokenClass::adjective
                      : pos == termnorm::PartOfSpeech::conj ? TokenClass::conjunction
                                                            : TokenClass::nominal;
      tokens.push_back(t);
    }
    lines.emplace_back(line, std::move(tokens));
  });
  size_t matches = 0;
  for (auto _ : state) {
    for (const auto& line : lines) matches += rules.apply(line.first, line.second).size();
  }
  benchmark::DoNotOptimize(matches);
  set_bytes(state, bench_text().size());
  state.counters["matches_per_pass"] = static_cast<double>(matches) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_RuleSetApply)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
