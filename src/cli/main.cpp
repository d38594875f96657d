// termnorm's entry point: parse the flags, then run the normalizer, the `lexicon` tools, or
// the translator's `glossary` and `scan`; usage errors exit with status 2.
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>

#include "cli/command_line.hpp"
#include "cli/glossary_command.hpp"
#include "cli/lexicon_command.hpp"
#include "cli/normalize_command.hpp"
#include "cli/scan_command.hpp"

int main(int argc, char** argv) {
  // A file-size limit (ulimit -f) makes write() fail with EFBIG, which is reported and leaves
  // the file untouched, instead of killing the process.
  std::signal(SIGXFSZ, SIG_IGN);

  CLI::App app{"termnorm"};
  termnorm::cli::CommandLine cmd;
  termnorm::cli::setup(app, cmd);
  termnorm::cli::LexiconCommand lexicon_cmd;
  termnorm::cli::setup_lexicon(app, lexicon_cmd);
  termnorm::cli::GlossaryCommand glossary_cmd;
  termnorm::cli::setup_glossary(app, glossary_cmd);
  termnorm::cli::ScanCommand scan_cmd;
  termnorm::cli::setup_scan(app, scan_cmd);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  if (lexicon_cmd.action != termnorm::cli::LexiconCommand::Action::none) {
    return termnorm::cli::run_lexicon(lexicon_cmd);
  }
  if (glossary_cmd.selected) return termnorm::cli::run_glossary(glossary_cmd);
  if (scan_cmd.selected) return termnorm::cli::run_scan(scan_cmd);
  if (const std::string usage = termnorm::cli::finish(cmd); !usage.empty()) {
    std::cerr << "termnorm: " << usage << "\nRun with --help for more information.\n";
    return 2;
  }
  return termnorm::cli::run_normalize(cmd);
}
