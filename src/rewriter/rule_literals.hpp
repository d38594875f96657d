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
  bool has_all(const CharacterSet& wanted) const;
  bool empty() const;

 private:
  friend class RequiredCharacters;
  CharacterSet() = default;
  void add(char32_t cp);
  std::array<uint64_t, 8> bits_{};
};

// The strings a set of rules requires, each once, numbered: a line is searched for each of
// them once, however many rules require it.
class RequiredStrings {
 public:
  uint32_t intern(const std::string& s);
  const std::string& operator[](uint32_t id) const { return strings_[id]; }
  size_t size() const { return strings_.size(); }

 private:
  std::vector<std::string> strings_;
};

// Where one line holds the required strings: each is searched for when first asked, and the
// answer kept, so that asking again from a later offset (after a rule's match) mostly costs
// nothing.
class StringOccurrences {
 public:
  StringOccurrences(const RequiredStrings& strings, std::string_view line);
  // Whether string `id` occurs in the line at or after byte `from`.
  bool occurs_from(uint32_t id, size_t from);

 private:
  static constexpr size_t kUnsearched = static_cast<size_t>(-1) - 1;
  struct Found {
    size_t searched_from = kUnsearched;
    size_t at = 0;  // the first occurrence at or after searched_from, or npos
  };
  const RequiredStrings& strings_;
  std::string_view line_;
  std::vector<Found> found_;
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
  // The same, for the part of the line from byte `from` on (its characters are all the line's),
  // with the strings numbered by intern() and looked up in `line`.
  bool met_by(const CharacterSet& characters, StringOccurrences& line, size_t from) const;
  // Numbers the required strings in `strings` (once, before the met_by above is asked).
  void intern(RequiredStrings& strings);
  bool none() const { return all_of_.empty() && every_one_of_.empty(); }
  // Chinese patterns that start with text they require: those strings (a match starts with
  // one of them, after markers only); empty otherwise.
  const std::vector<std::string>& leading() const;

 private:
  CharacterSet every_one_of_;         // the characters required one by one: all of them
  std::vector<CharacterSet> all_of_;  // each: any one of its characters (more than one)
  std::vector<std::vector<std::string>> all_of_strings_;  // each: any one of its strings
  std::vector<std::vector<uint32_t>> all_of_string_ids_;  // the same, numbered by intern()
  bool leads_ = false;  // the first of all_of_strings_ is what the pattern starts with
};

}  // namespace termnorm::rewriter
