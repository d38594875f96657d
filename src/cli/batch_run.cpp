// The per-file work (read, normalize, write) on worker threads, the flush and rename of each
// file written on disk threads, and the results reported in input order on the main thread.
#include "cli/batch_run.hpp"

#include <filesystem>
#include <memory>
#include <sstream>

#include "cli/atomic_write.hpp"
#include "cli/disk_waits.hpp"
#include "cli/file_blocks.hpp"
#include "cli/jsonl_input.hpp"
#include "cli/ordered_pool.hpp"
#include "output/residual_marks.hpp"
#include "output/unified_diff.hpp"

namespace termnorm::cli {
namespace {

namespace fs = std::filesystem;

// What one file came to, for the main thread to print and count.
struct FileOutcome {
  output::InputReport report;
  std::string to_stdout;              // normalized text, a diff or a --check line
  std::vector<std::string> messages;  // for standard error, in order
  bool skipped = false;
  // A file written, not yet flushed and renamed; an error in doing so is reported as
  // write_failure_prefix + error + write_failure_suffix.
  std::unique_ptr<StagedReplacement> write;
  std::string write_failure_prefix;
  std::string write_failure_suffix;
};

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

std::string plural(size_t n, const char* one, const char* many) {
  return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

// The output of a plain-text file, on `jobs` threads; throws InputError.
std::string normalize_text(const RunContext& context, const std::string& text, unsigned jobs,
                           output::InputReport& report) {
  const Result result = jobs > 1 ? normalize_in_blocks(context.normalizer, text, context.cmd.options, jobs)
                                 : context.normalizer.normalize(text, context.cmd.options);
  report.changed = result.text != text;
  output::add_to_report(report, result);
  return context.cmd.mark ? output::mark_residuals(result, *context.cmd.mark) : result.text;
}

// The output of a JSON Lines file; a malformed line may end it (report.error).
std::string normalize_jsonl(const RunContext& context, const std::string& text, FileOutcome& outcome) {
  JsonlInput input(context, outcome.report);
  std::string out;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    const bool has_break = end != std::string::npos;
    if (!has_break) end = text.size();
    if (!input.add_line(std::string_view(text).substr(start, end - start), has_break, out, outcome.messages)) break;
    start = has_break ? end + 1 : end;
  }
  return out;
}

std::string check_line(const output::InputReport& report) {
  std::string line = report.name + ':';
  if (report.changed) line += " would change";
  if (report.residual_count > 0) {
    line += report.changed ? ";" : "";
    line += ' ' + plural(report.residual_count, "span", "spans") + " left in " +
            (report.target == Language::en ? "Chinese" : "English");
  }
  return line + '\n';
}

// Reads, normalizes (on `jobs` threads) and writes one file, to be committed (commit_write).
FileOutcome process_file(const RunContext& context, const InputFile& file, bool batch, unsigned jobs) {
  const CommandLine& cmd = context.cmd;
  FileOutcome outcome;
  output::InputReport& report = outcome.report;
  report.name = display_name(file.path);
  report.keep_details = context.reports.enabled();
  report.keep_texts = context.reports.needs_texts();
  std::string error;
  const std::optional<std::string> text = read_whole(file.path, error);
  if (!text) {
    report.error = error;
    return outcome;
  }
  if (const auto nul = batch && !cmd.jsonl ? binary_marker(*text) : std::nullopt) {
    outcome.skipped = true;
    outcome.messages.push_back(report.name + ": skipped: a binary file (NUL byte at offset " + std::to_string(*nul) + ")");
    return outcome;
  }
  if (report.keep_texts) {  // the text the edits' offsets count in
    size_t replaced = 0;
    report.input_text = cmd.options.invalid_utf8 == InvalidUtf8::replace ? replace_invalid_utf8(*text, replaced) : *text;
  }
  std::string normalized;
  try {
    normalized = cmd.jsonl ? normalize_jsonl(context, *text, outcome) : normalize_text(context, *text, jobs, report);
  } catch (const InputError& e) {
    report.error = report.name + ':' + std::to_string(e.where().line) + ':' + std::to_string(e.where().column) + ": " +
                   e.message();
  } catch (const std::exception& e) {
    report.error = report.name + ": " + e.what();
  }
  if (!report.error.empty()) {
    if (!cmd.in_place && cmd.output_dir.empty() && !cmd.check && !cmd.diff) outcome.to_stdout = normalized;
    return outcome;
  }

  if (cmd.check) {
    if (report.changed || report.residual_count > 0) outcome.to_stdout = check_line(report);
  } else if (cmd.diff) {
    std::ostringstream diff;
    output::write_unified_diff(diff, report.name, *text, normalized, cmd.use_color);
    outcome.to_stdout = diff.str();
  } else if (cmd.in_place) {
    if (normalized != *text) {
      outcome.write = std::make_unique<StagedReplacement>(file.path, normalized, cmd.backup_suffix, *text);
      outcome.write_failure_prefix = report.name + ": ";
      outcome.write_failure_suffix = " (the file is unchanged)";
    }
  } else if (!cmd.output_dir.empty()) {
    const fs::path target = fs::path(cmd.output_dir) / file.relative;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      report.error = target.parent_path().string() + ": cannot create the folder: " + ec.message();
    } else {
      outcome.write = std::make_unique<StagedReplacement>(target.string(), normalized);
      outcome.write_failure_prefix = target.string() + ": ";
    }
  } else {
    outcome.to_stdout = std::move(normalized);
  }
  return outcome;
}

// Flushes and renames the file an outcome has written; the rename is made durable when
// `folder_syncs` is synced.
void commit_write(FileOutcome& outcome, FolderSyncs& folder_syncs) {
  if (auto failure = outcome.write->commit(&folder_syncs)) {
    outcome.report.error = outcome.write_failure_prefix + *failure + outcome.write_failure_suffix;
  }
  outcome.write.reset();
}

}  // namespace

void run_files(RunContext& context, const std::vector<InputFile>& files) {
  const bool batch = context.cmd.recursive || context.cmd.in_place || !context.cmd.output_dir.empty() || files.size() > 1;
  // One file takes the -j threads itself; several share them out a file each.
  const unsigned jobs_per_file = files.size() == 1 ? context.cmd.jobs : 1;
  // Each file is complete on disk before it takes its name (AtomicFile), so the folders are
  // flushed once each, after the run's last file: until then a crash may undo a rename, which
  // leaves the earlier file (or, in an output folder, none) at that name, never part of one;
  // once the run has ended every rename is durable. One fsync per folder instead of one per
  // file: a quarter of a 200-file batch's wall time on this project's test machine.
  FolderSyncs folder_syncs;
  // The flushes and renames wait on the disk, on threads of their own: several in flight let
  // the file system commit them together, and the -j threads go on normalizing meanwhile.
  constexpr unsigned kDiskThreads = 16;
  constexpr size_t kFilesHeld = 64;
  DiskWaits<FileOutcome> disk_waits(kDiskThreads, kFilesHeld,
                                    [&](FileOutcome& outcome) { commit_write(outcome, folder_syncs); });
  const auto report_outcome = [&](FileOutcome outcome) {
    for (const std::string& message : outcome.messages) {
      if (!context.cmd.quiet || !outcome.skipped) print_error(message);
    }
    if (outcome.skipped) {
      ++context.totals.skipped;
      return;
    }
    context.out.write(outcome.to_stdout);
    context.finish_input(outcome.report);
  };
  run_ordered(
      files.size(), context.cmd.jobs, [&](size_t i) { return process_file(context, files[i], batch, jobs_per_file); },
      [&](size_t, FileOutcome outcome) {
        const bool written = outcome.write != nullptr;
        disk_waits.add(std::move(outcome), written, report_outcome);
      });
  disk_waits.finish(report_outcome);
  folder_syncs.sync();
}

}  // namespace termnorm::cli
