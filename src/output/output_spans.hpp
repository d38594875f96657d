// Where each edit and each residual of a document stands in its output text. The renderer
// adds and drops spaces at seams without recording them as edits, so offsets cannot be
// shifted by the edits' lengths alone: the input and the output are walked together, text
// between edits matched byte for byte, a space on one side only skipped.
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
// `output`. An edit whose result cannot be found where expected gets an empty span at the
// place reached, so the walk goes on.
OutputSpans find_output_spans(std::string_view input, std::string_view output, const std::vector<Edit>& edits,
                              const std::vector<Residual>& residuals);

}  // namespace termnorm::output
