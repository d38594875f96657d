// Flag binding, --help text, and the checks on how flags combine.
#include "cli/command_line.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

#include "termnorm/version.hpp"

namespace termnorm::cli {
namespace {

constexpr const char* kFooter = R"(
Exit status: 0 done; 1 --check found files to change or text left in the other language;
2 usage or input error (the other inputs are still processed).

Examples:
  An editor, in a pipe:
    termnorm --to en article.txt > article.en.txt
    curl -s "$URL" | termnorm --to en | less
  A batch script over a folder (atomic, with backups; then a CI gate):
    termnorm --to en -r --in-place=.orig articles/
    termnorm --to en -r --check articles/ || echo "articles need cleaning"
  A translator (untranslated text marked, a report to read):
    termnorm --to en --mark-residual --report=json:report.json draft.txt > draft.en.txt
  A corpus pipeline (JSON Lines, the string at .text normalized):
    termnorm --to en --jsonl --field text < records.jsonl > clean.jsonl
)";

// CLI11 writes a flag's default value into its name ("--report{text}"); --help shows the
// optional value the way users type it instead ("--report[=FORMAT[:PATH]]").
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_name(const CLI::Option* option, bool is_positional) const override {
    std::string name = CLI::Formatter::make_option_name(option, is_positional);
    const size_t brace = name.find('{');
    if (brace == std::string::npos) return name;
    std::string shown;
    for (size_t i = 0; i < name.size(); ++i) {
      if (name[i] == '{') i = name.find('}', i);
      else shown += name[i];
    }
    const std::string& value = option->get_option_text();
    return shown + (value.empty() ? "" : "[=" + value + "]");
  }
  // A flag's optional value is already in its name.
  std::string make_option_opts(const CLI::Option* option) const override {
    return option->get_expected_max() == 0 ? std::string() : CLI::Formatter::make_option_opts(option);
  }
};

}  // namespace

void setup(CLI::App& app, CommandLine& cmd) {
  app.formatter(std::make_shared<HelpFormatter>());
  app.description("Normalize mixed Chinese-English regenerative-medicine text into one language.");
  app.footer(kFooter);
  app.set_version_flag("--version", std::string("termnorm ") + kVersion);
  app.add_option("files", cmd.inputs, "Input files or, with -r, folders (none or '-': standard input)");

  app.add_option("-t,--to", cmd.target, "Output language: en, zh or auto (the dominant language of each input)")
      ->check(CLI::IsMember({"en", "zh", "auto"}))
      ->type_name("en|zh|auto")
      ->capture_default_str()
      ->group("Normalizing");
  app.add_option("-l,--lexicon", cmd.lexicons, "Add a termbase file on top of the default (repeatable)")
      ->check(CLI::ExistingFile)
      ->type_name("FILE")
      ->allow_extra_args(false)
      ->group("Normalizing");
  app.add_flag("--no-default-lexicon", cmd.no_default_lexicon, "Do not load the built-in termbase")
      ->group("Normalizing");
  app.add_flag("--unify", cmd.options.unify,
               "Also rewrite admitted variants of terms and phrases to the preferred term")
      ->group("Normalizing");
  app.add_option("--fallback", cmd.fallback,
                 "English output: Chinese no entry covers stays (none) or is glossed word by word, "
                 "reported as low-confidence (gloss)")
      ->check(CLI::IsMember({"none", "gloss"}))
      ->type_name("none|gloss")
      ->capture_default_str()
      ->group("Normalizing");
  app.add_option("--abbreviations", cmd.abbreviations,
                 "English output: terms with an abbreviation as written (as-written), full term and "
                 "(ABBR) at the first mention then ABBR (first), always ABBR (always), never (never)")
      ->check(CLI::IsMember({"as-written", "first", "always", "never"}))
      ->type_name("as-written|first|always|never")
      ->capture_default_str()
      ->group("Normalizing");
  app.add_option("--invalid", cmd.invalid,
                 "Invalid UTF-8 stops that input with file:line:column, nothing written (error), or each "
                 "maximal invalid sequence becomes U+FFFD, counted in --report (replace)")
      ->check(CLI::IsMember({"error", "replace"}))
      ->type_name("error|replace")
      ->capture_default_str()
      ->group("Normalizing");

  app.add_option("-o,--output", cmd.output, "Write all output to FILE (atomically, at the end) instead of standard output")
      ->type_name("FILE")
      ->group("Files");
  app.add_flag("-i{/},--in-place{/}", cmd.in_place_spec,
               "Rewrite each file in place, atomically; --in-place=SUFFIX keeps a backup FILE+SUFFIX")
      ->option_text("SUFFIX")
      ->group("Files");
  app.add_flag("-r,--recursive", cmd.recursive, "Walk folders (none given: the current folder)")->group("Files");
  app.add_option("--include", cmd.include, "With -r: file names to take (globs; default *.txt *.md)")
      ->type_name("GLOB")
      ->allow_extra_args(false)
      ->group("Files");
  app.add_option("--exclude", cmd.exclude, "With -r: file or folder names to skip (globs)")
      ->type_name("GLOB")
      ->allow_extra_args(false)
      ->group("Files");
  app.add_option("--output-dir", cmd.output_dir, "Write each output under DIR, mirroring the input tree")
      ->type_name("DIR")
      ->group("Files");
  app.add_option("-j,--jobs", cmd.jobs,
                 "Threads: files in parallel, or a single input in blocks of lines; output as with -j 1 "
                 "(default: the number of cores)")
      ->check(CLI::Range(1u, 1024u))
      ->type_name("N")
      ->group("Files");

  app.add_flag("--check", cmd.check,
               "Write nothing; list files that would change or hold text in the other language (exit 1 if any)")
      ->group("Checking");
  app.add_flag("--diff", cmd.diff, "Write nothing; print a unified diff of what would change")->group("Checking");
  app.add_option("--color", cmd.color, "Colour the diff: auto (a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN")
      ->group("Checking");
  app.add_flag("--report{text}", cmd.report_spec,
               "Report every replacement and untranslated span, as text (default) or json, on stderr or in PATH; html:PATH writes a review page")
      ->option_text("FORMAT[:PATH]")
      ->group("Checking");
  app.add_flag("--mark-residual{brackets}", cmd.mark_spec,
               "Mark text left untranslated: ⟦...⟧ (brackets, the default), or html: <mark lang=\"zh\">...</mark>")
      ->option_text("STYLE")
      ->group("Checking");
  app.add_flag("-q,--quiet", cmd.quiet, "No notes and no batch summary on stderr (errors are still shown)")
      ->group("Checking");

  app.add_flag("--jsonl", cmd.jsonl, "Read JSON Lines; normalize the string at --field in each record")
      ->group("JSON Lines");
  app.add_option("--field", cmd.field, "With --jsonl: the field to normalize, a dotted path (default: text)")
      ->type_name("PATH")
      ->group("JSON Lines");
  app.add_option("--on-error", cmd.on_error, "With --jsonl: a malformed line stops the input (fail), is dropped (skip) or copied (pass)")
      ->check(CLI::IsMember({"fail", "skip", "pass"}))
      ->type_name("fail|skip|pass")
      ->group("JSON Lines");
}

std::string finish(CommandLine& cmd) {
  cmd.options.target = cmd.target == "en" ? Target::en : cmd.target == "zh" ? Target::zh : Target::automatic;
  cmd.options.fallback = cmd.fallback == "gloss" ? Fallback::gloss : Fallback::none;
  cmd.options.abbreviations = cmd.abbreviations == "first"    ? Abbreviations::first
                              : cmd.abbreviations == "always" ? Abbreviations::always
                              : cmd.abbreviations == "never"  ? Abbreviations::never
                                                              : Abbreviations::as_written;
  cmd.options.invalid_utf8 = cmd.invalid == "replace" ? InvalidUtf8::replace : InvalidUtf8::error;

  cmd.in_place = !cmd.in_place_spec.empty();
  if (cmd.in_place) {
    const std::string suffix = cmd.in_place_spec == CommandLine::kNoSuffix ? "" : cmd.in_place_spec;
    if (suffix.find('/') != std::string::npos) return "--in-place: the backup suffix must not contain '/'";
    cmd.backup_suffix = suffix;
  }

  if (!cmd.report_spec.empty()) {
    const size_t colon = cmd.report_spec.find(':');
    const std::string format = cmd.report_spec.substr(0, colon);
    if (format == "text") cmd.report = ReportFormat::text;
    else if (format == "json") cmd.report = ReportFormat::json;
    else if (format == "html") cmd.report = ReportFormat::html;
    else return "--report: unknown format '" + format + "' (text, json or html)";
    if (colon != std::string::npos) {
      cmd.report_path = cmd.report_spec.substr(colon + 1);
      if (cmd.report_path.empty()) return "--report: the path after ':' is empty";
    }
    if (cmd.report == ReportFormat::html && cmd.report_path.empty()) return "--report=html needs a file: --report=html:PATH";
    if (cmd.report == ReportFormat::html && cmd.jsonl) return "--report=html does not apply to --jsonl";
  }
  // Only the text and JSON reports list a residual span's words.
  cmd.options.residual_words = cmd.report == ReportFormat::text || cmd.report == ReportFormat::json;

  if (!cmd.mark_spec.empty()) {
    if (cmd.mark_spec == "brackets") cmd.mark = output::MarkStyle::brackets;
    else if (cmd.mark_spec == "html") cmd.mark = output::MarkStyle::html;
    else return "--mark-residual: unknown style '" + cmd.mark_spec + "' (brackets or html)";
  }

  const char* no_color = std::getenv("NO_COLOR");
  cmd.use_color = cmd.color == "always" ||
                  (cmd.color == "auto" && isatty(STDOUT_FILENO) && !(no_color && *no_color));
  cmd.on_json_error = cmd.on_error == "skip" ? OnJsonError::skip
                      : cmd.on_error == "pass" ? OnJsonError::pass
                                               : OnJsonError::fail;

  if (cmd.recursive && cmd.inputs.empty()) cmd.inputs.push_back(".");
  bool reads_stdin = cmd.inputs.empty();
  for (const auto& input : cmd.inputs) reads_stdin = reads_stdin || input == "-";
  const bool dry_run = cmd.check || cmd.diff;
  if (cmd.in_place && reads_stdin) return "--in-place needs files, not standard input";
  if (cmd.in_place && !cmd.output.empty()) return "--in-place and -o exclude each other";
  if (cmd.in_place && !cmd.output_dir.empty()) return "--in-place and --output-dir exclude each other";
  if (!cmd.output.empty() && !cmd.output_dir.empty()) return "-o and --output-dir exclude each other";
  if (dry_run && (cmd.in_place || !cmd.output.empty() || !cmd.output_dir.empty())) {
    return "--check and --diff write nothing: drop -i, -o and --output-dir";
  }
  if (cmd.jsonl && cmd.diff) return "--diff does not apply to --jsonl";
  if (cmd.jobs == 0) cmd.jobs = std::max(1u, std::thread::hardware_concurrency());
  return {};
}

}  // namespace termnorm::cli
