// Where the normalized text goes: standard output, or the -o file, which appears (atomically)
// only when everything has been written.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cli/atomic_write.hpp"

namespace termnorm::cli {

class OutputSink {
 public:
  // `path` empty: standard output.
  explicit OutputSink(const std::string& path);

  void write(std::string_view bytes);
  void flush();  // standard output only: pushes the bytes to the reader (a pipe)

  // Completes the output; returns an error message ("out.txt: cannot write: ...") or nothing.
  std::optional<std::string> finish();

 private:
  std::string path_;
  std::unique_ptr<AtomicFile> file_;
};

}  // namespace termnorm::cli
