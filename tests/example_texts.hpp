// The project's example articles (examples/*.txt), read whole, for the tests that check
// properties over real text.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

inline std::vector<std::string> example_texts() {
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(TERMNORM_SOURCE_DIR) / "examples")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    texts.push_back(s.str());
  }
  return texts;
}
