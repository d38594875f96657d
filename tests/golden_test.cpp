// Whole-document golden files: every examples/NAME.txt against examples/expected/NAME.en.txt
// and NAME.zh.txt with the default termbase. The expected files are reviewed by reading them;
// to rewrite them after a reviewed change, run with TERMNORM_UPDATE_GOLDEN=1.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "termnorm/normalizer.hpp"

namespace fs = std::filesystem;
using namespace termnorm;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("examples match their reviewed golden outputs", "[golden]") {
  const Normalizer n(Lexicon::builtin());
  const fs::path examples = fs::path(TERMNORM_SOURCE_DIR) / "examples";
  const bool update = std::getenv("TERMNORM_UPDATE_GOLDEN") != nullptr;
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(examples)) {
    if (entry.path().extension() != ".txt") continue;
    const std::string input = slurp(entry.path());
    for (auto [target, suffix] : {std::pair{Target::en, ".en.txt"}, std::pair{Target::zh, ".zh.txt"}}) {
      const fs::path golden = examples / "expected" / (entry.path().stem().string() + suffix);
      const std::string actual = n.normalize(input, {target}).text;
      if (update) {
        std::ofstream(golden, std::ios::binary) << actual;
        continue;
      }
      CAPTURE(golden.string());
      REQUIRE(fs::exists(golden));
      CHECK(actual == slurp(golden));
      ++checked;
    }
  }
  if (!update) CHECK(checked >= 8);
}
