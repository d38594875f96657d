// termnorm's errors: one base class, and derived errors that carry where the problem is.
//
//   try {
//     auto lexicon = termnorm::Lexicon::from_file("my-terms.yaml");
//   } catch (const termnorm::LexiconError& e) {
//     std::cerr << e.what() << "\n";   // "my-terms.yaml:12:7: concept needs an 'id'"
//   }
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace termnorm {

// Where something is: a file (or "<stdin>", or "<default>/NAME.yaml" for the embedded
// termbase), a 1-based line and a 1-based column. Line 0 means "the whole file".
struct SourcePosition {
  std::string file;
  size_t line = 0;
  size_t column = 0;

  // "file:line:column", or "file" when the line is unknown.
  std::string to_string() const;
  bool operator==(const SourcePosition&) const = default;
};

// Base of every error termnorm throws. what() is a complete one-line message.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An error located in a file: what() reads "file:line:column: message".
class LocatedError : public Error {
 public:
  LocatedError(SourcePosition where, const std::string& message);
  const SourcePosition& where() const { return where_; }
  const std::string& message() const { return message_; }

 private:
  SourcePosition where_;
  std::string message_;
};

// A termbase that cannot be loaded: YAML syntax, a schema violation, a rule that does not
// compile (RE2's own message is included).
class LexiconError : public LocatedError {
 public:
  using LocatedError::LocatedError;
};

// Input text that cannot be processed, such as invalid UTF-8.
class InputError : public LocatedError {
 public:
  using LocatedError::LocatedError;
};

}  // namespace termnorm
