// Output to stdio's stdout or to an AtomicFile.
#include "cli/output_sink.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace termnorm::cli {

OutputSink::OutputSink(const std::string& path) : path_(path) {
  if (!path.empty()) file_ = std::make_unique<AtomicFile>(path);
}

void OutputSink::write(std::string_view bytes) {
  if (file_) file_->write(bytes);
  else std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void OutputSink::flush() {
  if (!file_) std::fflush(stdout);
}

std::optional<std::string> OutputSink::finish() {
  if (file_) {
    if (auto error = file_->commit()) return path_ + ": " + *error;
    return std::nullopt;
  }
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    return std::string("standard output: cannot write: ") + std::strerror(errno);
  }
  return std::nullopt;
}

}  // namespace termnorm::cli
