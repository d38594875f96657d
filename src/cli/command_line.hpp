// The termnorm command line, in two steps: parse the flags into a plain CommandLine value,
// then run it. No other file of the command reads flags.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "termnorm/normalizer.hpp"

namespace termnorm::cli {

struct CommandLine {
  std::string target = "auto";         // --to: en, zh or auto
  Options options;                     // the rest of the normalizer's options
  std::vector<std::string> inputs;     // files; empty or "-": standard input
  std::vector<std::string> lexicons;   // -l FILE, in order
  bool no_default_lexicon = false;
  bool report = false;
  std::string output;                  // -o FILE; empty: standard output
};

// Binds every flag of `app` to `cmd`.
void setup(CLI::App& app, CommandLine& cmd);

// Runs the command; returns the exit status (0 done, 2 usage or input error).
int run(const CommandLine& cmd);

}  // namespace termnorm::cli
