// `termnorm scan FILE...`: the linter's view: every span in the other language, every
// deprecated form and every inconsistently written term, with line:column and the suggested
// replacement, as compiler-style text, JSON or SARIF 2.1.0. Nothing is rewritten. Flags are
// parsed into a ScanCommand value; run_scan() does the work.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/termbase_options.hpp"

namespace termnorm::cli {

struct ScanCommand {
  bool selected = false;           // the subcommand was given
  std::vector<std::string> files;  // none or "-": standard input
  TermbaseOptions termbase;
  std::string target = "auto";     // --to: the language the documents should be in
  std::string format = "text";     // text|json|sarif
  std::string output;              // -o FILE; empty: standard output
};

// Adds the `scan` subcommand to `app`, bound to `cmd`.
void setup_scan(CLI::App& app, ScanCommand& cmd);

// Returns the exit status: 2 a bad termbase or an input that cannot be read or is not UTF-8
// (the other inputs are still scanned); else 1 when anything was found, 0 when all is clean.
int run_scan(const ScanCommand& cmd);

}  // namespace termnorm::cli
