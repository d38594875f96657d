// The termbase tools' flags, and each tool: read the inputs, call the lexicon library, write.
#include "cli/lexicon_command.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "lexicon/csv_format.hpp"
#include "lexicon/embedded_lexicon.hpp"
#include "lexicon/lint.hpp"
#include "lexicon/lookup.hpp"
#include "lexicon/stats.hpp"
#include "lexicon/tbx_format.hpp"
#include "lexicon/yaml_writer.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm::cli {
namespace {

constexpr const char* kLexiconExamples = R"(
Examples:
  termnorm lexicon check                        lint the default termbase
  termnorm lexicon check team.yaml              lint a termbase file
  termnorm lexicon stats --format json          counts by kind, domain and language
  termnorm lexicon lookup 幹細胞                 the concept card of a term, either language
  termnorm lexicon export --format tbx -o termbase.tbx
  termnorm lexicon import glossary.csv -o team.yaml
)";

using Action = LexiconCommand::Action;

void add_lexicon_options(CLI::App& sub, LexiconCommand& cmd) {
  sub.add_option("-l,--lexicon", cmd.lexicons, "Add a termbase file on top of the default (repeatable)")
      ->check(CLI::ExistingFile)
      ->type_name("FILE");
  sub.add_flag("--no-default-lexicon", cmd.no_default_lexicon, "Do not load the built-in termbase");
}

bool read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return !in.bad();
}

// Writes `text` to -o FILE, or to standard output; false (with a message) when it cannot.
bool write_output(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) std::cerr << "termnorm: " << path << ": cannot write the output file\n";
  return static_cast<bool>(out);
}

int run_check(const LexiconCommand& cmd) {
  std::vector<lexicon::LexiconSource> sources;
  if (cmd.files.empty()) {
    for (const EmbeddedFile& file : embedded_lexicon_files()) {
      sources.push_back({std::string(file.name), std::string(file.text)});
    }
  }
  for (const std::string& path : cmd.files) {
    lexicon::LexiconSource source{path, {}};
    if (!read_file(path, source.text)) {
      std::cerr << "termnorm: " << path << ": cannot open the file\n";
      return 2;
    }
    sources.push_back(std::move(source));
  }
  const std::vector<lexicon::Finding> findings = lexicon::lint(sources);
  size_t errors = 0;
  for (const lexicon::Finding& f : findings) {
    std::cout << lexicon::to_string(f) << '\n';
    if (f.severity == lexicon::Severity::error) ++errors;
  }
  std::cerr << "termnorm lexicon check: " << sources.size() << (sources.size() == 1 ? " file, " : " files, ") << errors
            << (errors == 1 ? " error, " : " errors, ") << findings.size() - errors
            << (findings.size() - errors == 1 ? " warning\n" : " warnings\n");
  return errors > 0 ? 1 : 0;
}

int run_stats(const Lexicon& lexicon, const LexiconCommand& cmd) {
  const lexicon::LexiconStats stats = lexicon::count(lexicon);
  if (cmd.format == "json") {
    std::cout << lexicon::to_json(stats).dump(2) << '\n';
  } else {
    lexicon::write_text(std::cout, stats);
  }
  return 0;
}

int run_lookup(const Lexicon& lexicon, const LexiconCommand& cmd) {
  const std::vector<const Concept*> found = lexicon::look_up(lexicon, cmd.term);
  if (found.empty()) {
    std::cerr << "termnorm: no concept has the form '" << cmd.term << "'\n";
    return 1;
  }
  for (size_t i = 0; i < found.size(); ++i) {
    if (i > 0) std::cout << '\n';
    lexicon::write_card(std::cout, *found[i]);
  }
  return 0;
}

int run_export(const Lexicon& lexicon, const LexiconCommand& cmd) {
  std::ostringstream text;
  try {
    if (cmd.format == "tbx") lexicon::export_tbx(text, lexicon);
    else lexicon::export_csv(text, lexicon);
  } catch (const Error& e) {
    std::cerr << "termnorm: " << e.what() << '\n';
    return 2;
  }
  return write_output(cmd.output, text.str()) ? 0 : 2;
}

int run_import(const LexiconCommand& cmd) {
  std::string text;
  if (!read_file(cmd.input, text)) {
    std::cerr << "termnorm: " << cmd.input << ": cannot open the file\n";
    return 2;
  }
  lexicon::ImportedConcepts imported;
  try {
    imported = lexicon::import_csv(text);
  } catch (const Error& e) {
    std::cerr << "termnorm: " << cmd.input << ": " << e.what() << '\n';
    return 2;
  }
  for (const lexicon::CsvProblem& p : imported.problems) {
    std::cerr << cmd.input << ':' << p.line << ": " << p.message << '\n';
  }
  if (!cmd.domain.empty()) {
    for (Concept& c : imported.concepts) {
      if (c.domain.empty()) c.domain = cmd.domain;
    }
  }
  std::ostringstream yaml;
  lexicon::write_lexicon_yaml(yaml, imported.concepts, "Imported by termnorm lexicon import.");
  if (!write_output(cmd.output, yaml.str())) return 2;
  return imported.problems.empty() ? 0 : 1;
}

}  // namespace

void setup_lexicon(CLI::App& app, LexiconCommand& cmd) {
  CLI::App* lexicon = app.add_subcommand("lexicon", "Termbase tools: check, stats, lookup, export, import");
  lexicon->require_subcommand(1);
  lexicon->footer(kLexiconExamples);

  CLI::App* check = lexicon->add_subcommand(
      "check", "Lint termbase files (default: the built-in termbase); exit 1 when an error is found");
  check->add_option("files", cmd.files, "Termbase files, checked as one termbase in this order")->type_name("FILE");
  check->callback([&cmd] { cmd.action = Action::check; });

  CLI::App* stats = lexicon->add_subcommand("stats", "Count concepts by kind and domain, forms by language, rules");
  stats->add_option("--format", cmd.format, "Output format")->check(CLI::IsMember({"text", "json"}))->type_name("text|json");
  add_lexicon_options(*stats, cmd);
  stats->callback([&cmd] { cmd.action = Action::stats; });

  CLI::App* lookup = lexicon->add_subcommand(
      "lookup", "Show the concept card of every concept with this form, in either language; exit 1 if none");
  lookup->add_option("term", cmd.term, "A term, abbreviation or variant, English or Chinese")->required();
  add_lexicon_options(*lookup, cmd);
  lookup->callback([&cmd] { cmd.action = Action::lookup; });

  CLI::App* exporter = lexicon->add_subcommand("export", "Write the termbase's concepts as CSV or TBX-Basic");
  exporter->add_option("--format", cmd.format, "csv: one concept per row; tbx: TBX-Basic (ISO 30042)")
      ->required()
      ->check(CLI::IsMember({"csv", "tbx"}))
      ->type_name("csv|tbx");
  exporter->add_option("-o,--output", cmd.output, "Write to FILE instead of standard output")->type_name("FILE");
  add_lexicon_options(*exporter, cmd);
  exporter->callback([&cmd] { cmd.action = Action::export_; });

  CLI::App* importer = lexicon->add_subcommand(
      "import", "Turn a CSV glossary (en,zh columns, or the export's columns) into a termbase file");
  importer->add_option("file", cmd.input, "The CSV file")->required()->type_name("FILE");
  importer->add_option("--format", cmd.format, "Input format")->check(CLI::IsMember({"csv"}))->type_name("csv");
  importer->add_option("--domain", cmd.domain, "Domain of imported concepts that name none")->type_name("NAME");
  importer->add_option("-o,--output", cmd.output, "Write the YAML to FILE instead of standard output")->type_name("FILE");
  importer->callback([&cmd] { cmd.action = Action::import_; });
}

int run_lexicon(const LexiconCommand& cmd) {
  if (cmd.action == Action::check) return run_check(cmd);
  if (cmd.action == Action::import_) return run_import(cmd);
  Lexicon lexicon;
  try {
    if (!cmd.no_default_lexicon) lexicon = Lexicon::builtin();
    for (const auto& path : cmd.lexicons) lexicon.merge(Lexicon::from_file(path));
  } catch (const Error& e) {
    std::cerr << "termnorm: " << e.what() << '\n';
    return 2;
  }
  if (cmd.action == Action::stats) return run_stats(lexicon, cmd);
  if (cmd.action == Action::lookup) return run_lookup(lexicon, cmd);
  return run_export(lexicon, cmd);
}

}  // namespace termnorm::cli
