// The glossary command: read each input, gather its term occurrences, write the glossary.
#include "cli/glossary_command.hpp"

#include <unistd.h>

#include <iostream>
#include <set>
#include <sstream>

#include "cli/input_files.hpp"
#include "cli/output_sink.hpp"
#include "lexicon/format_names.hpp"
#include "output/glossary.hpp"
#include "output/glossary_writers.hpp"
#include "output/term_occurrences.hpp"

namespace termnorm::cli {
namespace {

constexpr const char* kGlossaryExamples = R"(
Examples:
  termnorm glossary article.txt                      a table of the terms it uses
  termnorm glossary --format csv *.txt -o terms.csv  for a spreadsheet or a CAT tool
  termnorm glossary --format tbx *.txt -o terms.tbx  TBX-Basic for a CAT tool's termbase
  termnorm glossary --kind term --kind phrase article.txt
)";

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

}  // namespace

void setup_glossary(CLI::App& app, GlossaryCommand& cmd) {
  CLI::App* sub = app.add_subcommand(
      "glossary", "List the termbase concepts the documents use: both languages' terms, forms used, counts, first place");
  sub->footer(kGlossaryExamples);
  sub->add_option("files", cmd.files, "Documents (none or '-': standard input)")->type_name("FILE");
  sub->add_option("--format", cmd.format, "table, csv (RFC 4180) or tbx (TBX-Basic); default: table on a terminal, else csv")
      ->check(CLI::IsMember({"auto", "table", "csv", "tbx"}))
      ->type_name("table|csv|tbx");
  sub->add_option("--kind", cmd.kinds, "Concept kinds to list: term (default), phrase, word (repeatable)")
      ->check(CLI::IsMember({"term", "phrase", "word"}))
      ->type_name("KIND")
      ->allow_extra_args(false);
  sub->add_option("-o,--output", cmd.output, "Write to FILE (atomically) instead of standard output")->type_name("FILE");
  add_termbase_options(*sub, cmd.termbase);
  sub->callback([&cmd] { cmd.selected = true; });
}

int run_glossary(const GlossaryCommand& cmd) {
  const std::optional<Lexicon> lexicon = load_termbase(cmd.termbase);
  if (!lexicon) return 2;
  const matcher::Matcher matcher(*lexicon);

  std::set<ConceptKind> kinds;
  for (const std::string& kind : cmd.kinds) kinds.insert(*lexicon::parse_kind(kind));
  output::GlossaryBuilder glossary(kinds);
  bool failed = false;
  const std::vector<std::string> files = cmd.files.empty() ? std::vector<std::string>{"-"} : cmd.files;
  std::string names;
  for (const std::string& path : files) {
    const std::string name = display_name(path);
    names += (names.empty() ? "" : ", ") + name;
    std::string error;
    const std::optional<std::string> text = read_whole(path, error);
    try {
      if (text) glossary.add(name, output::find_term_occurrences(*lexicon, matcher, *text));
    } catch (const InputError& e) {
      error = name + ':' + std::to_string(e.where().line) + ':' + std::to_string(e.where().column) + ": " + e.message();
    }
    if (!error.empty()) {
      std::cerr << "termnorm: " << error << '\n';
      failed = true;
    }
  }

  std::string format = cmd.format;
  if (format == "auto") format = cmd.output.empty() && isatty(STDOUT_FILENO) ? "table" : "csv";
  std::ostringstream text;
  try {
    if (format == "table") output::write_glossary_table(text, glossary.entries());
    else if (format == "tbx") output::write_glossary_tbx(text, glossary.entries(), "termnorm glossary of " + names);
    else output::write_glossary_csv(text, glossary.entries());
  } catch (const Error& e) {
    std::cerr << "termnorm: " << e.what() << '\n';
    return 2;
  }
  OutputSink out(cmd.output);
  out.write(text.str());
  if (auto error = out.finish()) {
    std::cerr << "termnorm: " << *error << '\n';
    return 2;
  }
  return failed ? 2 : 0;
}

}  // namespace termnorm::cli
