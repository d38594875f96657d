// Operand expansion with std::filesystem and fnmatch(3); whole-file reads.
#include "cli/input_files.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace termnorm::cli {
namespace {

namespace fs = std::filesystem;

bool matches_any(const std::vector<std::string>& globs, const fs::path& relative) {
  const std::string name = relative.filename().string();
  const std::string whole = relative.generic_string();
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& glob) {
    // A glob with a '/' is matched against the path under the operand, others against the name.
    const std::string& subject = glob.find('/') != std::string::npos ? whole : name;
    return fnmatch(glob.c_str(), subject.c_str(), FNM_PATHNAME) == 0;
  });
}

void walk(const fs::path& root, const fs::path& folder, const std::vector<std::string>& include,
          const std::vector<std::string>& exclude, InputList& list) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    list.errors.push_back(folder.string() + ": cannot read the folder: " + ec.message());
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const fs::directory_entry& entry : entries) {
    const fs::path relative = entry.path().lexically_relative(root);
    if (entry.path().filename().string().front() == '.') {
      list.notes.push_back(entry.path().string() + ": skipped: hidden");
      continue;
    }
    if (matches_any(exclude, relative)) continue;
    if (entry.is_directory(ec) && !entry.is_symlink(ec)) {
      walk(root, entry.path(), include, exclude, list);
    } else if (entry.is_regular_file(ec) && matches_any(include, relative)) {
      list.files.push_back({entry.path().string(), relative.string()});
    }
  }
}

}  // namespace

InputList find_inputs(const std::vector<std::string>& operands, bool recursive,
                      const std::vector<std::string>& include, const std::vector<std::string>& exclude) {
  InputList list;
  if (operands.empty()) list.files.push_back({"-", "-"});
  for (const std::string& operand : operands) {
    std::error_code ec;
    if (operand != "-" && fs::is_directory(operand, ec)) {
      if (recursive) walk(operand, operand, include, exclude, list);
      else list.errors.push_back(operand + ": is a folder (use -r to walk it)");
      continue;
    }
    list.files.push_back({operand, fs::path(operand).filename().string()});
  }
  return list;
}

std::optional<std::string> read_whole(const std::string& path, std::string& error) {
  std::ostringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open the file";
    return std::nullopt;
  }
  text << in.rdbuf();
  if (in.bad()) {
    error = path + ": cannot read the file";
    return std::nullopt;
  }
  return text.str();
}

std::optional<size_t> binary_marker(const std::string& content) {
  const size_t nul = content.find('\0');
  if (nul != std::string::npos && nul < 8192) return nul;
  return std::nullopt;
}

}  // namespace termnorm::cli
