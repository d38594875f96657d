// The normalize command, from a checked CommandLine to an exit status.
#include "cli/normalize_command.hpp"

#include <iostream>

#include "cli/batch_run.hpp"
#include "cli/input_files.hpp"
#include "cli/stream_run.hpp"

namespace termnorm::cli {

namespace {

// The normalizer of the run, or null after printing why there is none. It is never
// destroyed (kept in a static, so leak checkers see it reachable): the process ends with the
// run, and freeing its tables (the matcher, the compiled rules) would cost a short run more
// time than its text.
const Normalizer* load_normalizer(const CommandLine& cmd) {
  try {
    if (!cmd.no_default_lexicon && cmd.lexicons.empty()) return new Normalizer(Lexicon::builtin());
    Lexicon lexicon;
    if (!cmd.no_default_lexicon) lexicon = Lexicon::builtin();
    for (const auto& path : cmd.lexicons) lexicon.merge(Lexicon::from_file(path));
    return new Normalizer(std::move(lexicon));
  } catch (const Error& e) {
    print_error(e.what());
    return nullptr;
  }
}

// "12 files, 9 changed, 3 with untranslated text, 0 errors"
std::string summary(const output::RunTotals& t, bool dry_run) {
  std::string line = std::to_string(t.files) + (t.files == 1 ? " file, " : " files, ") + std::to_string(t.changed) +
                     (dry_run ? " would change, " : " changed, ") + std::to_string(t.with_untranslated) +
                     " with untranslated text, " + std::to_string(t.errors) + (t.errors == 1 ? " error" : " errors");
  if (t.skipped > 0) line += ", " + std::to_string(t.skipped) + " skipped";
  return line;
}

}  // namespace

int run_normalize(const CommandLine& cmd) {
  static const Normalizer* normalizer;
  normalizer = load_normalizer(cmd);
  if (!normalizer) return 2;

  const InputList inputs = find_inputs(cmd.inputs, cmd.recursive, cmd.include, cmd.exclude);
  for (const std::string& error : inputs.errors) print_error(error);
  if (!cmd.quiet) {
    for (const std::string& note : inputs.notes) print_error(note);
  }

  OutputSink out(cmd.check || cmd.diff ? std::string() : cmd.output);
  ReportSink reports(cmd.report, cmd.report_path, normalizer->lexicon());
  output::RunTotals totals;
  RunContext context{cmd, *normalizer, out, reports, totals};
  const bool stream = inputs.files.size() == 1 && inputs.files[0].path == "-" && !cmd.check && !cmd.diff;
  if (stream) run_stream(context);
  else run_files(context, inputs.files);

  bool failed = context.failed || !inputs.errors.empty();
  if (auto error = out.finish()) {
    print_error(*error);
    failed = true;
  }
  if (auto error = reports.finish(totals)) {
    print_error(*error);
    failed = true;
  }
  const bool batch = cmd.recursive || inputs.files.size() > 1;
  if (batch && !cmd.quiet) std::cerr << summary(totals, cmd.check || cmd.diff) << '\n';
  if (failed) return 2;
  return cmd.check && context.found_work ? 1 : 0;
}

}  // namespace termnorm::cli
