// From FILE|DIR operands to the list of inputs: folders are walked with -r, taking the names
// that match --include and not --exclude, skipping hidden entries; reading an input whole.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace termnorm::cli {

struct InputFile {
  std::string path;      // as given or as found under a folder; "-" is standard input
  std::string relative;  // its path under the operand it came from, for --output-dir
};

struct InputList {
  std::vector<InputFile> files;    // in operand order; a folder's files sorted by path
  std::vector<std::string> notes;  // entries skipped on purpose (hidden ones)
  std::vector<std::string> errors; // operands that cannot be used ("DIR: is a folder (use -r)")
};

InputList find_inputs(const std::vector<std::string>& operands, bool recursive,
                      const std::vector<std::string>& include, const std::vector<std::string>& exclude);

// Reads a file ("-": standard input) whole. Returns nothing and sets `error` on failure.
std::optional<std::string> read_whole(const std::string& path, std::string& error);

// Where a binary file shows itself: the offset of a NUL byte in its first 8 KiB, if any.
std::optional<size_t> binary_marker(const std::string& content);

}  // namespace termnorm::cli
