// termnorm's entry point: parse, run the normalizer or the `lexicon` tools, map failures to
// exit status 2.
#include <CLI/CLI.hpp>

#include "cli/command_line.hpp"
#include "cli/lexicon_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"termnorm"};
  termnorm::cli::CommandLine cmd;
  termnorm::cli::setup(app, cmd);
  termnorm::cli::LexiconCommand lexicon_cmd;
  termnorm::cli::setup_lexicon(app, lexicon_cmd);
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
  return termnorm::cli::run(cmd);
}
