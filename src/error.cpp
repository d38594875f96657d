// Formatting of located errors.
#include "termnorm/error.hpp"

namespace termnorm {

std::string SourcePosition::to_string() const {
  if (line == 0) return file;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

LocatedError::LocatedError(SourcePosition where, const std::string& message)
    : Error(where.to_string() + ": " + message), where_(std::move(where)), message_(message) {}

}  // namespace termnorm
