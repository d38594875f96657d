// The characters a rule cannot match without: read from a rule's pattern (the literal
// characters it must write, outside optional parts), and checked against the set of
// characters a line holds. A cheap, sound first filter in front of the RE2 programs: a rule
// it rules out has no match in the line; one it lets through may still have none.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "termnorm/lexicon.hpp"

namespace termnorm::rewriter {

// The characters of one line, each hashed to one of 512 bits (with letters' case folded).
class CharacterSet {
 public:
  explicit CharacterSet(std::string_view text);
  bool has_any(const CharacterSet& wanted) const;
  bool empty() const;

 private:
  friend class RequiredCharacters;
  CharacterSet() = default;
  void add(char32_t cp);
  std::array<uint64_t, 8> bits_{};
};

// What a rule's pattern needs: every one of these sets must meet the line's characters.
class RequiredCharacters {
 public:
  // `pattern` is a rule's pattern side, written in `source`.
  RequiredCharacters(std::string_view pattern, Language source);

  bool met_by(const CharacterSet& line) const;
  // The same, and (Chinese patterns) the strings the pattern writes are in `line`, whose
  // characters `characters` holds.
  bool met_by(const CharacterSet& characters, std::string_view line) const;
  bool none() const { return all_of_.empty(); }
  // Chinese patterns that start with text they require: those strings (a match starts with
  // one of them, after markers only); empty otherwise.
  const std::vector<std::string>& leading() const;

 private:
  std::vector<CharacterSet> all_of_;  // each: any one of its characters
  std::vector<std::vector<std::string>> all_of_strings_;  // each: any one of its strings
  bool leads_ = false;  // the first of all_of_strings_ is what the pattern starts with
};

}  // namespace termnorm::rewriter
