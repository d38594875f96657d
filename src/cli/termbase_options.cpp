// Binding and loading the termbase flags.
#include "cli/termbase_options.hpp"

#include <iostream>

namespace termnorm::cli {

void add_termbase_options(CLI::App& sub, TermbaseOptions& options) {
  sub.add_option("-l,--lexicon", options.lexicons, "Add a termbase file on top of the default (repeatable)")
      ->check(CLI::ExistingFile)
      ->type_name("FILE")
      ->allow_extra_args(false);
  sub.add_flag("--no-default-lexicon", options.no_default_lexicon, "Do not load the built-in termbase");
}

std::optional<Lexicon> load_termbase(const TermbaseOptions& options) {
  try {
    Lexicon lexicon;
    if (!options.no_default_lexicon) lexicon = Lexicon::builtin();
    for (const auto& path : options.lexicons) lexicon.merge(Lexicon::from_file(path));
    return lexicon;
  } catch (const Error& e) {
    std::cerr << "termnorm: " << e.what() << '\n';
    return std::nullopt;
  }
}

}  // namespace termnorm::cli
