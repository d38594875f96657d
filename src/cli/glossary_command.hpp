// `termnorm glossary FILE...`: the termbase concepts the documents use, with both languages'
// preferred terms, the forms actually written, counts and first positions, as a table, CSV or
// TBX-Basic. Flags are parsed into a GlossaryCommand value; run_glossary() does the work.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cli/termbase_options.hpp"

namespace termnorm::cli {

struct GlossaryCommand {
  bool selected = false;              // the subcommand was given
  std::vector<std::string> files;     // none or "-": standard input
  TermbaseOptions termbase;
  std::string format = "auto";        // table|csv|tbx; auto: table on a terminal, else csv
  std::vector<std::string> kinds = {"term"};
  std::string output;                 // -o FILE; empty: standard output
};

// Adds the `glossary` subcommand to `app`, bound to `cmd`.
void setup_glossary(CLI::App& app, GlossaryCommand& cmd);

// Returns the exit status: 0 done; 2 a bad termbase, or an input that cannot be read or is not
// UTF-8 (the glossary of the other inputs is still written).
int run_glossary(const GlossaryCommand& cmd);

}  // namespace termnorm::cli
