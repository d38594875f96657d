// Table look-up behind fold(); the table comes from fold_table_generator.
#include "matcher/fold.hpp"

#include <algorithm>
#include <cstdint>

namespace termnorm::matcher {
namespace {
#include "fold_table.inc"

std::string_view pooled(uint32_t id) {
  return {kFoldPool + kFoldOffsets[id], kFoldOffsets[id + 1] - kFoldOffsets[id]};
}

constexpr char kLowerAscii[] = "abcdefghijklmnopqrstuvwxyz";
}  // namespace

std::string_view fold(char32_t cp, bool& identity) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') {
      identity = false;
      return {kLowerAscii + (cp - 'A'), 1};
    }
    identity = true;
    return {};
  }
  if (cp < 0x10000) {
    const uint16_t id = kFoldBmp[cp];
    identity = id == 0;
    return identity ? std::string_view{} : pooled(id - 1u);
  }
  const auto* end = std::end(kFoldSupplementary) - 1;
  const auto* it = std::lower_bound(std::begin(kFoldSupplementary), end, cp,
                                    [](const SupplementaryFold& f, char32_t c) { return f.cp < c; });
  identity = it == end || it->cp != cp;
  return identity ? std::string_view{} : pooled(it->id);
}

}  // namespace termnorm::matcher
