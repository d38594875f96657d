// A whole text through DocumentBlocks: a producer thread cuts it, the pool normalizes the
// blocks, this thread commits them and joins their Results.
#include "cli/file_blocks.hpp"

#include <atomic>
#include <exception>
#include <string>
#include <utility>

#include "cli/blocks_in_order.hpp"
#include "text/utf8.hpp"

namespace termnorm::cli {
namespace {

constexpr size_t kBlock = 256 * 1024;

// The target normalize() decides on for the whole text (on the text as replaced, when invalid
// UTF-8 is replaced; an input that will be refused for it needs none).
Target whole_text_target(std::string_view text, const Options& options) {
  if (options.target != Target::automatic) return options.target;
  const auto target_of = [](Language language) { return language == Language::zh ? Target::zh : Target::en; };
  if (text::find_invalid(text) == std::string_view::npos) return target_of(detect_language(text));
  if (options.invalid_utf8 == InvalidUtf8::error) return Target::en;
  size_t replaced = 0;
  return target_of(detect_language(replace_invalid_utf8(text, replaced)));
}

// Appends `piece` (the next lines' Result) to `whole`.
void append_result(Result& whole, Result&& piece) {
  const size_t output_start = whole.text.size();
  whole.text += piece.text;
  for (Edit& e : piece.edits) whole.edits.push_back(std::move(e));
  for (Residual& r : piece.residuals) {
    r.output_begin += output_start;
    r.output_end += output_start;
    whole.residuals.push_back(std::move(r));
  }
  if (piece.invalid_replaced.count > 0) {
    const size_t earlier = whole.invalid_replaced.count;
    if (earlier == 0) whole.invalid_replaced = piece.invalid_replaced;  // where the first one is
    whole.invalid_replaced.count = earlier + piece.invalid_replaced.count;
  }
}

}  // namespace

Result normalize_in_blocks(const Normalizer& normalizer, std::string_view text, const Options& options, unsigned jobs) {
  if (jobs <= 1 || text.size() <= kBlock) return normalizer.normalize(text, options);
  Options decided = options;
  decided.target = whole_text_target(text, options);
  DocumentBlocks blocks(normalizer, decided);
  Result whole;
  whole.target = decided.target == Target::zh ? Language::zh : Language::en;
  whole.text.reserve(text.size() + text.size() / 8);
  const std::exception_ptr error = normalize_blocks_in_order(
      blocks, jobs,
      [&](auto add, const std::atomic<bool>& stop) {
        std::string block;
        for (size_t at = 0; at < text.size() && !stop; at += kBlock) {
          block += blocks.feed(text.substr(at, kBlock));
          if (block.size() >= kBlock) add(std::exchange(block, {}));
        }
        if (!stop) block += blocks.finish();
        if (!block.empty() && !stop) add(std::move(block));
      },
      [&](Result piece) { append_result(whole, std::move(piece)); });
  if (error) std::rethrow_exception(error);  // the first block's (InputError: its first invalid UTF-8)
  return whole;
}

}  // namespace termnorm::cli
