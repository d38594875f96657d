// Chinese output: enumeration commas between coordinated English words
// (src/rewriter/enumeration), through the default termbase: English in Chinese text, Chinese out.
#include <catch2/catch.hpp>
#include <string>

#include "default_normalizer.hpp"
#include "termnorm/normalizer.hpp"

using namespace termnorm;

TEST_CASE("a comma between translated adjectives or terms becomes 、", "[enumeration]") {
  CHECK(chinese("这是一项randomized, double-blind试验。") == "这是一项随机、双盲试验。");
  CHECK(chinese("常见症状包括fatigue, fever和pain。") == "常见症状包括疲劳、发热和疼痛。");
}

TEST_CASE("an adjective before 、 drops its 的", "[enumeration]") {
  CHECK(chinese("需要multicenter, randomized研究。") == "需要多中心、随机研究。");
}

TEST_CASE("a comma between clauses stays ，", "[enumeration]") {
  CHECK(chinese("结果良好, however 仍需验证。") == "结果良好，然而仍需验证。");
  CHECK(chinese("细胞存活, 并分泌因子。") == "细胞存活，并分泌因子。");
}
