// Building the marked-up skeleton and mapping offsets back.
#include "rewriter/skeleton.hpp"

#include <algorithm>
#include <array>

#include "text/utf8.hpp"

namespace termnorm::rewriter {

bool takes_verb_after(std::string_view text) {
  static constexpr std::array<std::string_view, 24> kVerbsBeforeVerbs = {
      "能够", "可以", "可能", "应该", "应当", "必须", "需要", "帮助", "开始", "继续", "停止", "试图",
      "尝试", "无法", "不能", "难以", "用于", "希望", "计划", "准备", "避免", "拒绝", "学会", "有助"};
  return std::find(kVerbsBeforeVerbs.begin(), kVerbsBeforeVerbs.end(), text) != kVerbsBeforeVerbs.end();
}

Skeleton::Skeleton(std::string_view paragraph, const std::vector<Token>& tokens) : paragraph_(paragraph) {
  text_.reserve(paragraph.size() + tokens.size() * 8);
  anchors_.reserve(2 * tokens.size() + 1);
  size_t cursor = 0;
  anchors_.emplace_back(0, 0);
  for (const Token& t : tokens) {
    text_.append(paragraph.substr(cursor, t.begin - cursor));
    const bool verb_before_verb = t.token_class == TokenClass::verb && takes_verb_after(text_of(paragraph, t));
    text::append(text_, verb_before_verb ? kVerbBeforeVerbMarker : kMarkerBase + static_cast<char32_t>(t.token_class));
    anchors_.emplace_back(text_.size(), t.begin);
    text_.append(text_of(paragraph, t));
    text::append(text_, kCloseMarker);
    anchors_.emplace_back(text_.size(), t.end);
    cursor = t.end;
  }
  text_.append(paragraph.substr(cursor));
}

size_t Skeleton::source_offset(size_t at) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), std::make_pair(at, SIZE_MAX));
  --it;  // the last anchor at or before `at`
  return it->second + std::min(at - it->first, SIZE_MAX);
}

size_t Skeleton::skeleton_offset(size_t at) const {
  // The anchor before the first one at or past `at`: the paragraph text from it runs up to
  // `at` without a marker in between.
  auto it = std::lower_bound(anchors_.begin(), anchors_.end(), at,
                             [](const std::pair<size_t, size_t>& anchor, size_t a) { return anchor.second < a; });
  if (it != anchors_.begin()) --it;
  return it->first + (at - it->second);
}

}  // namespace termnorm::rewriter
