// Walking input and output together, event by event: residual ends, edits, residual starts.
#include "output/output_spans.hpp"

#include <algorithm>
#include <tuple>

namespace termnorm::output {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

class Walk {
 public:
  Walk(std::string_view input, std::string_view output) : input_(input), output_(output) {}

  // Copies input up to `to`: equal bytes advance both sides; a space on one side only is
  // skipped there (a seam space added, a space dropped).
  void copy_until(size_t to) {
    while (in_ < to) {
      if (out_ < output_.size() && output_[out_] == input_[in_]) {
        ++in_;
        ++out_;
      } else if (out_ < output_.size() && is_space(output_[out_])) {
        ++out_;
      } else {
        ++in_;  // a dropped space, or text the walk cannot follow: skipped on the input side
      }
    }
  }

  // Skips seam spaces in the output before `next` (the text expected there).
  void skip_added_spaces(std::string_view next) {
    if (next.empty()) return;
    while (out_ < output_.size() && is_space(output_[out_]) && output_.substr(out_, next.size()) != next) {
      ++out_;
    }
  }

  OutputSpan edit(const Edit& e) {
    copy_until(e.begin);
    skip_added_spaces(e.result);
    OutputSpan span{out_, out_};
    if (output_.substr(out_, e.result.size()) == e.result) span.end = out_ += e.result.size();
    in_ = std::max(in_, e.end);
    return span;
  }

  size_t residual_start(const Residual& r) {
    copy_until(r.begin);
    skip_added_spaces(std::string_view(r.text).substr(0, 1));
    return out_;
  }

  size_t residual_end(const Residual& r) {
    copy_until(r.end);
    return out_;
  }

 private:
  std::string_view input_, output_;
  size_t in_ = 0, out_ = 0;
};

}  // namespace

OutputSpans find_output_spans(std::string_view input, std::string_view output, const std::vector<Edit>& edits,
                              const std::vector<Residual>& residuals) {
  enum Order { residual_end, edit, residual_start };
  std::vector<std::tuple<size_t, Order, size_t>> events;  // input offset, what, index
  for (size_t i = 0; i < edits.size(); ++i) events.emplace_back(edits[i].begin, edit, i);
  for (size_t i = 0; i < residuals.size(); ++i) {
    events.emplace_back(residuals[i].begin, residual_start, i);
    events.emplace_back(residuals[i].end, residual_end, i);
  }
  std::stable_sort(events.begin(), events.end());
  OutputSpans spans;
  spans.edits.resize(edits.size());
  spans.residuals.resize(residuals.size());
  Walk walk(input, output);
  for (const auto& [offset, what, i] : events) {
    if (what == edit) spans.edits[i] = walk.edit(edits[i]);
    else if (what == residual_start) spans.residuals[i].begin = walk.residual_start(residuals[i]);
    else spans.residuals[i].end = std::max(spans.residuals[i].begin, walk.residual_end(residuals[i]));
  }
  return spans;
}

}  // namespace termnorm::output
