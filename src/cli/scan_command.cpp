// The scan command: scan each input, then write the findings in the asked format.
#include "cli/scan_command.hpp"

#include <iostream>
#include <sstream>

#include "cli/input_files.hpp"
#include "cli/output_sink.hpp"
#include "output/sarif_writer.hpp"
#include "output/scan.hpp"
#include "output/scan_report.hpp"

namespace termnorm::cli {
namespace {

constexpr const char* kScanExamples = R"(
Exit status: 0 nothing found; 1 findings; 2 a bad termbase or an unreadable input.

Examples:
  termnorm scan draft.txt                          file:line:col: severity: message [rule]
  termnorm scan --to en --format json draft.txt    the findings as JSON
  termnorm scan --format sarif -o scan.sarif *.txt SARIF 2.1.0 for code scanning in CI
)";

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

}  // namespace

void setup_scan(CLI::App& app, ScanCommand& cmd) {
  CLI::App* sub = app.add_subcommand(
      "scan", "Report text in the other language, deprecated forms and inconsistent terms, without rewriting");
  sub->footer(kScanExamples);
  sub->add_option("files", cmd.files, "Documents (none or '-': standard input)")->type_name("FILE");
  sub->add_option("-t,--to", cmd.target, "The documents' language: en, zh or auto (the dominant language of each)")
      ->check(CLI::IsMember({"en", "zh", "auto"}))
      ->type_name("en|zh|auto")
      ->capture_default_str();
  sub->add_option("--format", cmd.format, "text (file:line:col: severity: message [rule]), json or sarif (SARIF 2.1.0)")
      ->check(CLI::IsMember({"text", "json", "sarif"}))
      ->type_name("text|json|sarif")
      ->capture_default_str();
  sub->add_option("-o,--output", cmd.output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
  add_termbase_options(*sub, cmd.termbase);
  sub->callback([&cmd] { cmd.selected = true; });
}

int run_scan(const ScanCommand& cmd) {
  const std::optional<Lexicon> lexicon = load_termbase(cmd.termbase);
  if (!lexicon) return 2;
  std::optional<Normalizer> normalizer;
  try {
    normalizer.emplace(*lexicon);
  } catch (const Error& e) {
    std::cerr << "termnorm: " << e.what() << '\n';
    return 2;
  }
  const matcher::Matcher matcher(*lexicon);
  Options options;
  options.target = cmd.target == "en" ? Target::en : cmd.target == "zh" ? Target::zh : Target::automatic;

  std::vector<output::ScannedFile> scanned;
  bool failed = false, found = false;
  const std::vector<std::string> files = cmd.files.empty() ? std::vector<std::string>{"-"} : cmd.files;
  for (const std::string& path : files) {
    output::ScannedFile file;
    file.name = display_name(path);
    const std::optional<std::string> text = read_whole(path, file.error);
    try {
      if (text) file.scan = output::scan_document(*normalizer, matcher, *text, options);
    } catch (const InputError& e) {
      file.error = file.name + ':' + std::to_string(e.where().line) + ':' + std::to_string(e.where().column) + ": " +
                   e.message();
    }
    if (!file.error.empty()) std::cerr << "termnorm: " << file.error << '\n';
    failed = failed || !file.error.empty();
    found = found || !file.scan.findings.empty();
    scanned.push_back(std::move(file));
  }

  std::ostringstream text;
  if (cmd.format == "json") text << output::scan_json(scanned).dump(2) << '\n';
  else if (cmd.format == "sarif") text << output::sarif_log(scanned).dump(2) << '\n';
  else for (const output::ScannedFile& file : scanned) output::write_scan_text(text, file);
  OutputSink out(cmd.output);
  out.write(text.str());
  if (auto error = out.finish()) {
    std::cerr << "termnorm: " << *error << '\n';
    return 2;
  }
  if (failed) return 2;
  return found ? 1 : 0;
}

}  // namespace termnorm::cli
