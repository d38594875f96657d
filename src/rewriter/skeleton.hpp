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
constexpr char32_t kMarkerBase = 0xF0000;  // + TokenClass
// The opening marker of a verb that takes another verb after it (能够治疗 "can treat", 帮助修复
// "help repair"), in place of the verb's: a slot for the other verbs leaves it out by its marker,
// where a class of the characters such verbs do not start with cost RE2 more to compile than all
// the rest of a short input's rules.
constexpr char32_t kVerbBeforeVerbMarker = 0xF0007;
constexpr char32_t kCloseMarker = 0xF0008;

// Whether a verb token's text is one of the Chinese verbs that take another verb after them
// (能够, 可以, 需要, 帮助, 开始, 用于 ...).
bool takes_verb_after(std::string_view text);

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
