// `termnorm lexicon ...`: the termbase tools (check, stats, lookup, export, import), as a
// CLI11 subcommand with its own subcommands. Flags are parsed into a LexiconCommand value;
// run_lexicon() does the work.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace termnorm::cli {

struct LexiconCommand {
  enum class Action { none, check, stats, lookup, export_, import_ } action = Action::none;
  std::vector<std::string> files;     // check: termbase files (empty: the default termbase)
  std::vector<std::string> lexicons;  // stats, lookup, export: -l FILE on top of the default
  bool no_default_lexicon = false;
  std::string format;                 // stats: text|json; export: csv|tbx; import: csv
  std::string term;                   // lookup
  std::string input;                  // import: the CSV file
  std::string domain;                 // import: domain of the imported concepts
  std::string output;                 // export, import: -o FILE; empty: standard output
};

// Adds the `lexicon` subcommand to `app`, bound to `cmd`; cmd.action tells which tool ran.
void setup_lexicon(CLI::App& app, LexiconCommand& cmd);

// Runs the tool; returns the exit status: 0 done; 1 check found an error, lookup found
// nothing, import skipped rows; 2 an unreadable or bad input.
int run_lexicon(const LexiconCommand& cmd);

}  // namespace termnorm::cli
