// Walks the input with its edits applied and the output together: equal bytes advance both,
// a space on one side only is a seam space added or dropped.
#include "output/seam_spaces.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

namespace termnorm::output {
namespace {

class SeamWalk {
 public:
  // `edits`: how many edits the rendering has (each may gain a seam-space edit beside it).
  SeamWalk(std::string_view line, std::string_view output, size_t edits) : line_(line), output_(output) {
    edits_.reserve(2 * edits + 1);
  }

  // The input's byte at `at`, copied by the renderer.
  bool input_byte(size_t at) {
    const char c = line_[at];
    while (true) {
      if (next_is(c)) return true;
      if (next_is(' ')) insert_space(at);
      else if (c == ' ') return delete_space(at);
      else return false;
    }
  }

  // The input's bytes [at, end): the run both sides share is skipped eight bytes at a time,
  // which is what input_byte() would do with each of its bytes.
  bool input_bytes(size_t at, size_t end) {
    while (at < end) {
      const size_t same = shared_run(line_.substr(at, end - at));
      at += same;
      out_ += same;
      if (at == end) return true;
      if (!input_byte(at++)) return false;
    }
    return true;
  }

  // The bytes of `edit`'s result, written by the renderer; spaces added or dropped inside
  // them go into the result, spaces before its first byte into an insertion.
  bool edit(const Edit& edit) {
    std::string written;
    written.reserve(edit.result.size());
    const std::string_view result = edit.result;
    for (size_t k = 0; k < result.size(); ++k) {
      // The run the output writes as the result has it is taken whole.
      if (const size_t same = shared_run(result.substr(k)); same > 0) {
        written.append(result.substr(k, same));
        out_ += same;
        k += same - 1;
        continue;
      }
      const char c = result[k];
      while (true) {
        if (next_is(c)) {
          written += c;
          break;
        }
        if (next_is(' ')) {
          if (written.empty()) insert_space(edit.begin);
          else written += ' ';
        } else if (c == ' ') {
          break;
        } else {
          return false;
        }
      }
    }
    close_spacing();
    edits_.push_back(edit);
    edits_.back().result = std::move(written);
    return true;
  }

  // Spaces left at the end of the output were added after the line's last byte.
  bool finish() {
    while (next_is(' ')) insert_space(line_.size());
    close_spacing();
    return out_ == output_.size();
  }

  std::vector<Edit> take_edits() { return std::move(edits_); }

 private:
  // How many bytes from the start of `text` the output has next, as they are (compared
  // eight at a time).
  size_t shared_run(std::string_view text) const {
    const size_t n = std::min(text.size(), output_.size() - out_);
    const char* output = output_.data() + out_;
    size_t same = 0;
    for (uint64_t a, b; same + 8 <= n; same += 8) {
      std::memcpy(&a, text.data() + same, 8);
      std::memcpy(&b, output + same, 8);
      if (a != b) break;
    }
    while (same < n && text[same] == output[same]) ++same;
    return same;
  }

  bool next_is(char c) {
    if (out_ >= output_.size() || output_[out_] != c) return false;
    ++out_;
    return true;
  }

  void insert_space(size_t at) {
    if (!spacing_ || !spacing_->source.empty() || spacing_->begin != at) {
      open_spacing(at);
    }
    spacing_->result += ' ';
  }

  bool delete_space(size_t at) {
    if (!spacing_ || !spacing_->result.empty() || spacing_->end != at) {
      open_spacing(at);
    }
    spacing_->end = at + 1;
    spacing_->source += ' ';
    return true;
  }

  // Closes the spacing edit being gathered and starts an empty one at byte `at`.
  void open_spacing(size_t at) {
    close_spacing();
    spacing_.emplace();
    spacing_->begin = at;
    spacing_->end = at;
    spacing_->kind = EditKind::spacing;
  }

  void close_spacing() {
    if (spacing_) edits_.push_back(std::move(*spacing_));
    spacing_.reset();
  }

  std::string_view line_, output_;
  size_t out_ = 0;
  std::optional<Edit> spacing_;  // the seam spaces being gathered
  std::vector<Edit> edits_;
};

}  // namespace

void record_seam_spaces(std::string_view line, LineRendering& rendering) {
  SeamWalk walk(line, rendering.text, rendering.edits.size());
  size_t at = 0;
  for (const Edit& e : rendering.edits) {
    if (!walk.input_bytes(at, e.begin) || !walk.edit(e)) return;
    at = e.end;
  }
  if (!walk.input_bytes(at, line.size())) return;
  if (walk.finish()) rendering.edits = walk.take_edits();
}

}  // namespace termnorm::output
