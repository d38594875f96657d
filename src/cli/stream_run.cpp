// The stdin loop: read(2) in chunks, then DocumentStream (plain text, one job), DocumentBlocks
// on -j threads (plain text), or JsonlInput (records).
#include "cli/stream_run.hpp"

#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <utility>
#include <vector>

#include "cli/blocks_in_order.hpp"
#include "cli/jsonl_input.hpp"
#include "output/residual_marks.hpp"

namespace termnorm::cli {
namespace {

constexpr size_t kChunk = 64 * 1024;
// The lines a block of the -j run gathers before it is handed to a thread (fewer when no more
// input is ready): large enough that handing it over costs nothing (a block is some 20 ms of
// work), small enough that 2 × jobs of them in flight keep memory flat (a block's Result, its
// edits and residuals, takes several times its bytes: 256 KiB blocks took the peak of 10 MB
// on -j 2 from 40 to 55 MiB).
constexpr size_t kBlock = 64 * 1024;

// Whether standard input has bytes ready now (or its end: a read would not wait).
bool input_ready(int timeout_ms) {
  pollfd fd{STDIN_FILENO, POLLIN, 0};
  int n;
  while ((n = poll(&fd, 1, timeout_ms)) < 0 && errno == EINTR) {
  }
  return n != 0;
}

// Calls on_chunk(bytes) for what each read(2) of standard input returns, until the end, an
// error (returned), on_chunk returns false, or `stop` (when given) is set: it is looked at
// while the input has nothing to read, too.
template <typename OnChunk>
std::optional<std::string> read_stdin(OnChunk on_chunk, const std::atomic<bool>* stop = nullptr) {
  std::vector<char> buffer(kChunk);
  for (;;) {
    if (stop != nullptr) {
      while (!*stop && !input_ready(100)) {
      }
      if (*stop) return std::nullopt;
    }
    const ssize_t n = read(STDIN_FILENO, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::string("<stdin>: cannot read: ") + std::strerror(errno);
    if (n == 0) return std::nullopt;
    if (!on_chunk(std::string_view(buffer.data(), static_cast<size_t>(n)))) return std::nullopt;
  }
}

std::string error_message(const InputError& e) {
  return "<stdin>:" + std::to_string(e.where().line) + ':' + std::to_string(e.where().column) + ": " + e.message();
}

// Writes one normalized piece at once and takes it into the report.
void write_piece(RunContext& context, output::InputReport& report, const Result& piece) {
  context.out.write(context.cmd.mark ? output::mark_residuals(piece, *context.cmd.mark) : piece.text);
  context.out.flush();
  report.changed = report.changed || !piece.edits.empty() || piece.invalid_replaced.count > 0;
  output::add_to_report(report, piece);
}

// One job: each chunk's complete lines normalized and written before the next read.
void stream_text(RunContext& context, output::InputReport& report) {
  DocumentStream stream(context.normalizer, context.cmd.options);
  try {
    auto read_error = read_stdin([&](std::string_view chunk) {
      if (report.keep_texts) report.input_text.append(chunk);
      write_piece(context, report, stream.feed(chunk));
      return true;
    });
    if (read_error) {
      report.error = *read_error;
      return;
    }
    write_piece(context, report, stream.finish());
  } catch (const InputError& e) {
    report.error = error_message(e);
  }
}

// -j jobs: a reader thread gathers complete lines into blocks, up to kBlock or until no more
// input is ready (so a line typed into a pipe comes out at once), the pool normalizes blocks
// on `jobs` threads and this thread commits and writes them in order. The output, reports and
// errors are those of stream_text (DocumentBlocks' guarantee); after an error nothing more is
// written and the reader stops.
void stream_text_in_blocks(RunContext& context, output::InputReport& report) {
  DocumentBlocks blocks(context.normalizer, context.cmd.options);
  std::optional<std::string> reader_error;  // set by the reader, read after it is joined
  const std::exception_ptr failure = normalize_blocks_in_order(
      blocks, context.cmd.jobs,
      [&](auto add, const std::atomic<bool>& stop) {
        std::string block;
        try {
          reader_error = read_stdin(
              [&](std::string_view chunk) {
                if (report.keep_texts) report.input_text.append(chunk);
                block += blocks.feed(chunk);
                if (block.size() >= kBlock || (!block.empty() && !input_ready(0))) add(std::exchange(block, {}));
                return true;
              },
              &stop);
          if (!reader_error && !stop) block += blocks.finish();
          if (!block.empty() && !stop) add(std::move(block));
        } catch (const InputError& e) {  // invalid UTF-8 in the first paragraph: before any output
          reader_error = error_message(e);
        }
      },
      [&](const Result& piece) { write_piece(context, report, piece); });
  if (failure) {
    try {
      std::rethrow_exception(failure);
    } catch (const InputError& e) {  // a later block's invalid UTF-8; anything else goes on up
      report.error = error_message(e);
      return;
    }
  }
  if (reader_error) report.error = *reader_error;
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
  if (context.cmd.jsonl) {
    stream_jsonl(context, report);
  } else if (context.cmd.jobs > 1) {
    stream_text_in_blocks(context, report);
  } else {
    stream_text(context, report);
  }
  if (report.error.empty() && report.keep_texts && context.cmd.options.invalid_utf8 == InvalidUtf8::replace) {
    size_t replaced = 0;  // the text the edits' offsets count in (no invalid sequence spans lines)
    report.input_text = replace_invalid_utf8(report.input_text, replaced);
  }
  context.finish_input(report);
}

}  // namespace termnorm::cli
