// The default termbase files' YAML text, embedded into the library at build time from
// lexicon/*.yaml for the tools that read its source (lexicon check); Lexicon::builtin() reads
// the compiled image instead (builtin_lexicon_image.hpp).
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
