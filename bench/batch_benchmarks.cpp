// Benchmarks of a batch run's parallel part (Google Benchmark): the hand-written corpus
// articles normalized on 1 and 2 threads through the command's ordered pool, with one
// shared Normalizer, as `termnorm -j N FILE...` does after start-up; and the pool alone over
// items of unequal cost, which measures its hand-over. Wall time (UseRealTime): the figure
// of interest is the ratio of -j 2 to -j 1, which needs 2 idle cores.
//
// The articles are read from TERMNORM_BENCH_CORPUS (a folder of *.mixed.txt), else from the
// source tree's tests/corpus/en.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/ordered_pool.hpp"
#include "termnorm/termnorm.hpp"

namespace {

namespace fs = std::filesystem;

constexpr size_t kFiles = 200;

std::vector<std::string> read_articles() {
  const char* folder = std::getenv("TERMNORM_BENCH_CORPUS");
  const fs::path root = folder ? fs::path(folder) : fs::path(TERMNORM_SOURCE_DIR) / "tests" / "corpus" / "en";
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(root)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 10 && name.compare(name.size() - 10, 10, ".mixed.txt") == 0) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> articles;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    articles.push_back(text.str());
  }
  return articles;
}

const std::vector<std::string>& articles() {
  static const std::vector<std::string> list = read_articles();
  return list;
}

// kFiles articles (the corpus over and over) normalized on state.range(0) threads, the
// outputs handed back in order and summed up.
void BM_BatchNormalize(benchmark::State& state) {
  const auto& texts = articles();
  if (texts.empty()) {
    state.SkipWithError("no corpus articles");
    return;
  }
  const termnorm::Normalizer normalizer(termnorm::Lexicon::builtin());
  termnorm::Options options;
  options.target = termnorm::Target::en;
  for (const std::string& text : texts) normalizer.normalize(text, options);  // rules compiled
  size_t bytes = 0;
  for (auto _ : state) {
    size_t out = 0;
    termnorm::cli::run_ordered(
        kFiles, static_cast<unsigned>(state.range(0)),
        [&](size_t i) { return normalizer.normalize(texts[i % texts.size()], options).text; },
        [&](size_t, std::string text) { out += text.size(); });
    benchmark::DoNotOptimize(out);
    for (size_t i = 0; i < kFiles; ++i) bytes += texts[i % texts.size()].size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_BatchNormalize)->Arg(1)->Arg(2)->ArgName("jobs")->UseRealTime()->Unit(benchmark::kMillisecond);

// The pool alone: kFiles items whose costs vary twentyfold as files' do (a sum over 20,000 to
// 400,000 numbers, about 0.02 to 0.4 ms), so that a slow hand-over or a large item holding
// the others up shows.
void BM_OrderedPool(benchmark::State& state) {
  for (auto _ : state) {
    uint64_t total = 0;
    termnorm::cli::run_ordered(
        kFiles, static_cast<unsigned>(state.range(0)),
        [](size_t i) {
          const uint64_t n = 20000 + (i * 7919 % 20) * 20000;
          uint64_t sum = 0;
          for (uint64_t k = 0; k < n; ++k) benchmark::DoNotOptimize(sum += k * k);
          return sum;
        },
        [&](size_t, uint64_t sum) { total += sum; });
    benchmark::DoNotOptimize(total);
  }
}
BENCHMARK(BM_OrderedPool)->Arg(1)->Arg(2)->ArgName("jobs")->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
