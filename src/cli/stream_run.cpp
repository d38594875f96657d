// The stdin loop: read(2) in chunks, then DocumentStream (plain text) or JsonlInput (records).
#include "cli/stream_run.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "cli/jsonl_input.hpp"
#include "output/residual_marks.hpp"

namespace termnorm::cli {
namespace {

constexpr size_t kChunk = 64 * 1024;

// Calls on_chunk(bytes) for what each read(2) of standard input returns, until the end, an
// error (returned), or on_chunk returns false.
template <typename OnChunk>
std::optional<std::string> read_stdin(OnChunk on_chunk) {
  std::vector<char> buffer(kChunk);
  for (;;) {
    const ssize_t n = read(STDIN_FILENO, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::string("<stdin>: cannot read: ") + std::strerror(errno);
    if (n == 0) return std::nullopt;
    if (!on_chunk(std::string_view(buffer.data(), static_cast<size_t>(n)))) return std::nullopt;
  }
}

void stream_text(RunContext& context, output::InputReport& report) {
  DocumentStream stream(context.normalizer, context.cmd.options);
  auto emit = [&](const Result& piece) {
    context.out.write(context.cmd.mark ? output::mark_residuals(piece, *context.cmd.mark) : piece.text);
    context.out.flush();
    report.changed = report.changed || !piece.edits.empty() || piece.invalid_replaced.count > 0;
    output::add_to_report(report, piece);
  };
  try {
    auto read_error = read_stdin([&](std::string_view chunk) {
      if (report.keep_texts) report.input_text.append(chunk);
      emit(stream.feed(chunk));
      return true;
    });
    if (read_error) {
      report.error = *read_error;
      return;
    }
    emit(stream.finish());
    if (report.keep_texts && context.cmd.options.invalid_utf8 == InvalidUtf8::replace) {
      size_t replaced = 0;  // the text the edits' offsets count in (no invalid sequence spans lines)
      report.input_text = replace_invalid_utf8(report.input_text, replaced);
    }
  } catch (const InputError& e) {
    report.error = "<stdin>:" + std::to_string(e.where().line) + ':' + std::to_string(e.where().column) + ": " +
                   e.message();
  }
}

void stream_jsonl(RunContext& context, output::InputReport& report) {
  JsonlInput input(context, report);
  std::string pending, out;
  std::vector<std::string> notes;
  bool stopped = false;
  auto flush = [&] {
    context.out.write(out);
    context.out.flush();
    out.clear();
    for (const std::string& note : notes) print_error(note);
    notes.clear();
  };
  auto read_error = read_stdin([&](std::string_view chunk) {
    pending.append(chunk);
    size_t start = 0;
    for (size_t end; !stopped && (end = pending.find('\n', start)) != std::string::npos; start = end + 1) {
      stopped = !input.add_line(std::string_view(pending).substr(start, end - start), true, out, notes);
    }
    pending.erase(0, start);
    flush();
    return !stopped;
  });
  if (!stopped && !pending.empty()) input.add_line(pending, false, out, notes);
  flush();
  if (read_error) report.error = *read_error;
}

}  // namespace

void run_stream(RunContext& context) {
  output::InputReport report;
  report.name = "<stdin>";
  report.keep_details = context.reports.enabled();
  report.keep_texts = context.reports.needs_texts();
  if (context.cmd.jsonl) stream_jsonl(context, report);
  else stream_text(context, report);
  context.finish_input(report);
}

}  // namespace termnorm::cli
