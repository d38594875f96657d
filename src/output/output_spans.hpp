// Where each edit and each residual of a document stands in its output text. Every
// difference between input and output is an edit (seam spaces included), so an input offset
// moves by the length change of the edits before it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "termnorm/normalizer.hpp"

namespace termnorm::output {

struct OutputSpan {
  size_t begin = 0;  // bytes [begin, end) of the output text
  size_t end = 0;
};

struct OutputSpans {
  std::vector<OutputSpan> edits;      // one per edit, in order
  std::vector<OutputSpan> residuals;  // one per residual, in order
};

// The spans of `edits` (in input order, non-overlapping) and `residuals` of `input` in
// `output`. A residual that ends where an insertion stands ends before it; one that starts
// there starts after it. Spans are clamped to the output.
OutputSpans find_output_spans(std::string_view input, std::string_view output, const std::vector<Edit>& edits,
                              const std::vector<Residual>& residuals);

}  // namespace termnorm::output
