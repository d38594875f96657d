// Chinese output: which commas between English words become the enumeration comma 、. Chinese
// separates coordinated words and terms with 、 and clauses with ，; English writes a comma for
// both. A comma is an enumeration when the English on each side of it is a run of translated
// words that name something (nouns, adjectives, numbers, terms), with no verb: "randomized,
// double-blind trial" → 随机、双盲试验. An adjective before 、 drops its 的 (大规模的 → 大规模).
#pragma once

#include <string_view>
#include <vector>

#include "rewriter/token.hpp"

namespace termnorm::rewriter {

// For each token, whether the comma after it is an enumeration comma. `translated` tells which
// English tokens become Chinese (same indices as `tokens`).
std::vector<bool> enumeration_commas(std::string_view line, const std::vector<Token>& tokens,
                                     const std::vector<bool>& translated);

// The Chinese of an adjective followed by 、: its trailing 的 dropped.
std::string_view without_trailing_de(std::string_view chinese);

}  // namespace termnorm::rewriter
