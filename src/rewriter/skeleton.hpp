// The skeleton: a paragraph's text with every token wrapped in private-use marker code points
// that carry its class, so that RE2 rules can name "any noun phrase" or "a verb" as a slot.
// Also maps skeleton byte offsets back to the paragraph's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rewriter/token.hpp"

namespace termnorm::rewriter {

// Marker code points (plane 15 private use), one per TokenClass, and the closing marker.
constexpr char32_t kMarkerBase = 0xF0000;     // + TokenClass
constexpr char32_t kCloseMarker = 0xF0007;

class Skeleton {
 public:
  Skeleton(std::string_view paragraph, const std::vector<Token>& tokens);

  const std::string& text() const { return text_; }
  // The paragraph it was built from (which must outlive it).
  std::string_view paragraph() const { return paragraph_; }

  // The paragraph offset of skeleton offset `at` (markers take no room in the paragraph).
  size_t source_offset(size_t at) const;
  // The first skeleton offset of paragraph offset `at` (before any markers there).
  size_t skeleton_offset(size_t at) const;

 private:
  std::string_view paragraph_;
  std::string text_;
  // (skeleton offset, paragraph offset) at each marker boundary, ascending.
  std::vector<std::pair<size_t, size_t>> anchors_;
};

}  // namespace termnorm::rewriter
