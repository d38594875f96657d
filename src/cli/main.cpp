// termnorm's entry point: parse, run, map failures to exit status 2.
#include <CLI/CLI.hpp>

#include "cli/command_line.hpp"

int main(int argc, char** argv) {
  CLI::App app{"termnorm"};
  termnorm::cli::CommandLine cmd;
  termnorm::cli::setup(app, cmd);
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
  return termnorm::cli::run(cmd);
}
