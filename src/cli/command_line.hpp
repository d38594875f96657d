// The termnorm command line, in two steps: parse the flags into a plain CommandLine value,
// then check how they combine. No other file of the command reads flags.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "output/residual_marks.hpp"
#include "termnorm/normalizer.hpp"

namespace termnorm::cli {

enum class ReportFormat { none, text, json, html };
enum class OnJsonError { fail, skip, pass };

struct CommandLine {
  // Flags as given (strings checked by CLI11, converted by finish()).
  std::string target = "auto";       // --to
  std::string fallback = "none";     // --fallback
  std::string abbreviations = "as-written";  // --abbreviations
  std::string report_spec;           // --report[=FORMAT[:PATH]]; empty: no report
  std::string in_place_spec;         // -i/--in-place[=SUFFIX]; kNoSuffix when given bare
  std::string mark_spec;             // --mark-residual[=STYLE]
  std::string color = "auto";        // --color
  std::string on_error = "fail";     // --on-error
  std::string invalid = "error";     // --invalid

  Options options;                   // for the normalizer
  std::vector<std::string> inputs;   // FILE|DIR operands; empty or "-": standard input
  std::vector<std::string> lexicons; // -l FILE, in order
  bool no_default_lexicon = false;
  std::string output;                // -o FILE; empty: standard output
  bool recursive = false;
  std::vector<std::string> include = {"*.txt", "*.md"};
  std::vector<std::string> exclude;
  std::string output_dir;
  unsigned jobs = 0;                 // 0: the number of cores
  bool check = false;
  bool diff = false;
  bool quiet = false;
  bool jsonl = false;
  std::string field = "text";

  // Derived by finish().
  std::optional<std::string> backup_suffix;  // set when -i is given; empty: no backup
  bool in_place = false;
  ReportFormat report = ReportFormat::none;
  std::string report_path;                   // empty: standard error
  std::optional<output::MarkStyle> mark;
  bool use_color = false;
  OnJsonError on_json_error = OnJsonError::fail;

  static constexpr const char* kNoSuffix = "/";  // a suffix can never contain '/'
};

// Binds every flag of `app` to `cmd`.
void setup(CLI::App& app, CommandLine& cmd);

// Converts the flag strings and checks that the flags combine; returns an error message for
// a usage error (exit status 2), or an empty string.
std::string finish(CommandLine& cmd);

}  // namespace termnorm::cli
