// Input offsets to output offsets, event by event: residual ends, edits, residual starts.
#include "output/output_spans.hpp"

#include <algorithm>
#include <tuple>

namespace termnorm::output {

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
  // The output offset of input offset `at`, given the edits applied so far (those ending at
  // or before it). An offset inside an edit's source stands at the end of its result.
  size_t input_done = 0, output_done = 0;
  auto to_output = [&](size_t at) {
    return std::min(output.size(), output_done + (at > input_done ? at - input_done : 0));
  };
  for (const auto& [offset, what, i] : events) {
    if (what == edit) {
      const Edit& e = edits[i];
      const size_t begin = to_output(e.begin);
      spans.edits[i] = {begin, std::min(output.size(), begin + e.result.size())};
      input_done = std::min(input.size(), e.end);
      output_done = spans.edits[i].end;
    } else if (what == residual_start) {
      spans.residuals[i].begin = to_output(offset);
    } else {
      spans.residuals[i].end = std::max(spans.residuals[i].begin, to_output(offset));
    }
  }
  return spans;
}

}  // namespace termnorm::output
