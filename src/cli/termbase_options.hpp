// The termbase flags the translator's subcommands share (-l FILE, --no-default-lexicon), and
// loading the termbase they name.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "termnorm/lexicon.hpp"

namespace termnorm::cli {

struct TermbaseOptions {
  std::vector<std::string> lexicons;  // -l FILE, in order, on top of the default
  bool no_default_lexicon = false;
};

// Binds -l/--lexicon and --no-default-lexicon of `sub` to `options`.
void add_termbase_options(CLI::App& sub, TermbaseOptions& options);

// The default termbase (unless left out) with the -l files merged on top; nothing, after
// printing "termnorm: file:line:column: message", when a file cannot be loaded.
std::optional<Lexicon> load_termbase(const TermbaseOptions& options);

}  // namespace termnorm::cli
