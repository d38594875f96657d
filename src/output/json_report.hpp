// The machine-readable report (--report=json): one JSON document per run, written input by
// input as the run goes, so memory does not grow with the number of inputs. Its schema,
// version 1, is docs/report-schema.json.
#pragma once

#include <ostream>

#include "output/input_report.hpp"

namespace termnorm::output {

class JsonReportWriter {
 public:
  // Writes the document's opening to `out`, which must outlive the writer.
  explicit JsonReportWriter(std::ostream& out);

  // Writes one input's entry.
  void add(const InputReport& report);

  // Writes the run's totals and closes the document. Call once, last.
  void finish(const RunTotals& totals);

 private:
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace termnorm::output
