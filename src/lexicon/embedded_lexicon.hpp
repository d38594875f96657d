// The default termbase files, embedded into the library at build time from lexicon/*.yaml.
#pragma once

#include <span>
#include <string_view>

namespace termnorm {

struct EmbeddedFile {
  std::string_view name;  // "<default>/cells.yaml"
  std::string_view text;
};

// The embedded files in file-name order.
std::span<const EmbeddedFile> embedded_lexicon_files();

}  // namespace termnorm
