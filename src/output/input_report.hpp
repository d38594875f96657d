// What the reports say about one input: its edits, what it left in the other language, and
// totals, gathered once when the input is done and then written as text or JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "termnorm/normalizer.hpp"

namespace termnorm::output {

struct InputReport {
  std::string name;             // the file as named on the command line; "<stdin>" for a pipe
  std::string error;            // why the input was not normalized; empty when it was
  bool changed = false;         // the output differs from the input
  Language target = Language::en;
  bool keep_details = true;        // false: count edits and residuals without keeping them
  bool keep_texts = false;         // true: keep the input and output texts (the HTML report)
  std::string input_text;          // with keep_texts: the input, as read (set by the caller)
  std::string output_text;         // with keep_texts: the normalized text (no residual marks)
  std::vector<Edit> edits;
  std::vector<Residual> residuals;
  size_t edit_count = 0;
  size_t residual_count = 0;
  size_t residual_characters = 0;  // code points in the residual spans
  size_t letters = 0;              // Han characters and Latin letters in the output
  InvalidUtf8Replaced invalid_replaced;  // with --invalid=replace: U+FFFD put for invalid UTF-8
};

// Totals over the inputs of one run, for the batch summary line and the reports.
struct RunTotals {
  size_t files = 0;
  size_t changed = 0;
  size_t with_untranslated = 0;
  size_t errors = 0;
  size_t skipped = 0;  // not read: binary files in a batch (not counted in `files`)
  size_t replacements = 0;
  size_t untranslated_spans = 0;
  size_t untranslated_characters = 0;
  size_t invalid_utf8_replaced = 0;

  void add(const InputReport& report);
};

// Adds `result` (of one whole input or of one piece of a stream) to `report`: its edits and
// residuals, and the letters of its output text (and the text itself, with keep_texts).
void add_to_report(InputReport& report, const Result& result);

// The share of the output's letters that are in the target language: 1 when none is left in
// the other language (and for an output without letters).
double target_share(const InputReport& report);

}  // namespace termnorm::output
