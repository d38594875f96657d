// Flag binding and the normalize command: read each input whole, normalize, write.
#include "cli/command_line.hpp"

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "output/text_report.hpp"
#include "termnorm/version.hpp"

namespace termnorm::cli {
namespace {

constexpr const char* kExamples = R"(
Exit status: 0 done, 2 usage or input error (the other inputs are still processed).

Examples:
  termnorm --to en article.txt > article.en.txt     an editor: clean English
  termnorm --to zh --report article.txt             Chinese, with a report on stderr
  cat article.txt | termnorm --to en -l team.yaml   a pipe, with a team termbase on top
)";

std::optional<std::string> read_input(const std::string& name, std::string& error) {
  std::ostringstream text;
  if (name.empty() || name == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream in(name, std::ios::binary);
  if (!in) {
    error = name + ": cannot open the file";
    return std::nullopt;
  }
  text << in.rdbuf();
  if (in.bad()) {
    error = name + ": cannot read the file";
    return std::nullopt;
  }
  return text.str();
}

}  // namespace

void setup(CLI::App& app, CommandLine& cmd) {
  app.description("Normalize mixed Chinese-English regenerative-medicine text into one language.");
  app.footer(kExamples);
  app.set_version_flag("--version", std::string("termnorm ") + kVersion);
  app.add_option("files", cmd.inputs, "Input files (default or '-': standard input)");
  app.add_option("-t,--to", cmd.target, "Output language: en, zh or auto (the dominant language of each input)")
      ->check(CLI::IsMember({"en", "zh", "auto"}))
      ->type_name("en|zh|auto")
      ->capture_default_str();
  app.add_option("-l,--lexicon", cmd.lexicons, "Add a termbase file on top of the default (repeatable)")
      ->check(CLI::ExistingFile)
      ->type_name("FILE");
  app.add_flag("--no-default-lexicon", cmd.no_default_lexicon, "Do not load the built-in termbase");
  app.add_flag("--unify", cmd.options.unify, "Also rewrite admitted variants to the preferred term");
  app.add_flag("--report", cmd.report, "Print every replacement and untranslated span on stderr");
  app.add_option("-o,--output", cmd.output, "Write the output to FILE instead of standard output")->type_name("FILE");
}

int run(const CommandLine& cmd) {
  Options options = cmd.options;
  options.target = cmd.target == "en" ? Target::en : cmd.target == "zh" ? Target::zh : Target::automatic;
  Lexicon lexicon;
  try {
    if (!cmd.no_default_lexicon) lexicon = Lexicon::builtin();
    for (const auto& path : cmd.lexicons) lexicon.merge(Lexicon::from_file(path));
  } catch (const Error& e) {
    std::cerr << "termnorm: " << e.what() << '\n';
    return 2;
  }
  std::optional<Normalizer> normalizer;
  try {
    normalizer.emplace(lexicon);
  } catch (const Error& e) {
    std::cerr << "termnorm: " << e.what() << '\n';
    return 2;
  }

  std::ofstream file_out;
  std::ostringstream buffered;
  std::ostream* out = &std::cout;
  if (!cmd.output.empty()) out = &buffered;  // written once at the end: no half-written file

  int status = 0;
  std::vector<std::string> inputs = cmd.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const auto& name : inputs) {
    const std::string shown = name == "-" ? "<stdin>" : name;
    std::string error;
    const std::optional<std::string> text = read_input(name, error);
    if (!text) {
      std::cerr << "termnorm: " << error << '\n';
      status = 2;
      continue;
    }
    try {
      const Result result = normalizer->normalize(*text, options);
      *out << result.text;
      if (cmd.report) output::write_text_report(std::cerr, shown, *text, result);
    } catch (const InputError& e) {
      std::cerr << "termnorm: " << shown << ':' << e.where().line << ':' << e.where().column << ": "
                << e.message() << '\n';
      status = 2;
    }
  }
  out->flush();
  if (!cmd.output.empty()) {
    file_out.open(cmd.output, std::ios::binary | std::ios::trunc);
    file_out << buffered.str();
    file_out.close();
    if (!file_out) {
      std::cerr << "termnorm: " << cmd.output << ": cannot write the output file\n";
      return 2;
    }
  }
  if (!std::cout) return 2;
  return status;
}

}  // namespace termnorm::cli
