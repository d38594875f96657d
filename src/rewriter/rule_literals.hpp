// The characters a rule cannot match without: read from a rule's pattern (the literal
// characters it must write, outside optional parts), and checked against the set of
// characters a line holds. A cheap, sound first filter in front of the RE2 programs: a rule
// it rules out has no match in the line; one it lets through may still have none.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
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

// The strings a set of rules requires, each once, numbered: a line is searched for all of
// them in one pass, however many rules require them.
class RequiredStrings {
 public:
  uint32_t intern(const std::string& s);
  const std::string& operator[](uint32_t id) const { return strings_[id]; }
  size_t size() const { return strings_.size(); }
  // Whether string `id` is among those StringOccurrences finds when it is made (the strings of
  // three bytes or more), rather than when first asked.
  bool found_in_one_pass(uint32_t id) const { return strings_[id].size() >= 3; }

 private:
  friend class StringOccurrences;
  static constexpr uint32_t kNone = static_cast<uint32_t>(-1);
  // The strings of three bytes or more by their first three bytes (as a number, see
  // StringOccurrences): an open-addressing table of those numbers, each with the last string
  // interned that starts so, the others chained in next_with_lead_.
  struct Lead {
    uint32_t three = kNone;  // kNone: an empty slot (three bytes are under 2^24)
    uint32_t id = kNone;
  };
  uint32_t first_with_lead(uint32_t three) const;
  void add_lead(uint32_t three, uint32_t id);
  // One bit per hash of three bytes, set for the strings' first three: most places of a line
  // are turned away here, before the table is probed.
  static uint32_t lead_bit(uint32_t three) { return (three * 0x9E3779B1u) >> 16; }  // 0..65535
  bool may_lead(uint32_t three) const {
    const uint32_t bit = lead_bit(three);
    return (lead_bits_[bit >> 6] >> (bit & 63) & 1) != 0;
  }
  std::vector<uint64_t> lead_bits_ = std::vector<uint64_t>(1024);
  std::vector<Lead> leads_ = std::vector<Lead>(256);
  size_t lead_count_ = 0;
  std::vector<uint32_t> next_with_lead_;  // per string
  std::vector<uint32_t> short_;           // ids of the strings under three bytes
  bool lead_bytes_only_ = true;           // no string starts inside a UTF-8 sequence: only lead bytes are tried
  std::vector<std::string> strings_;
  std::unordered_map<std::string, uint32_t> ids_;  // strings_ indexed, for intern()
};

// Where one line holds the required strings: every occurrence of each, found in one pass over
// the line when it is made (the strings under three bytes: when first asked), sorted by string
// and place, so that asking from any offset (after a rule's match) is a binary search.
class StringOccurrences {
 public:
  StringOccurrences(const RequiredStrings& strings, std::string_view line);
  // Whether string `id` occurs in the line at or after byte `from`.
  bool occurs_from(uint32_t id, size_t from) { return first_at(id, from) != std::string_view::npos; }
  // Where string `id` first occurs in the line at or after byte `from` (npos: nowhere).
  size_t first_at(uint32_t id, size_t from);
  // The strings found in one pass (RequiredStrings::found_in_one_pass) the line holds.
  const std::vector<uint32_t>& found() const { return found_; }
  // The length of string `id` in bytes.
  size_t length(uint32_t id) const { return strings_[id].size(); }

 private:
  const RequiredStrings& strings_;
  std::string_view line_;
  std::vector<std::pair<uint32_t, size_t>> occurrences_;  // (string, place): each string's together, ascending
  // By string number, where its occurrences are in occurrences_, [first, second): a string's
  // occurrences are found without a search through the others'.
  std::vector<std::pair<uint32_t, uint32_t>> occurrences_of_;
  std::vector<uint32_t> found_;
  std::vector<uint32_t> short_searched_;  // the strings under three bytes asked for so far
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
  // Whether bytes [from, end) of `line` hold the required strings in the order the pattern
  // writes them, each one after the end of the one before: a match inside that span needs
  // them so (an empty span of the pattern matching nothing but its own text).
  bool met_in_order_within(StringOccurrences& line, size_t from, size_t end) const;
  // Numbers the required strings in `strings` (once, before the met_by above is asked).
  void intern(RequiredStrings& strings);
  // After intern(): a set of strings of which a line must hold one (any one, from anywhere)
  // for the rule to be met, all of them found in one pass; empty when there is no such set.
  const std::vector<uint32_t>& anchor_strings(const RequiredStrings& strings) const;
  bool none() const { return all_of_.empty() && every_one_of_.empty(); }
  // Chinese patterns that start with text they require: those strings (a match starts with
  // one of them, after markers only); empty otherwise.
  const std::vector<std::string>& leading() const;
  // The same strings, numbered by intern().
  const std::vector<uint32_t>& leading_ids() const;

 private:
  CharacterSet every_one_of_;         // the characters required one by one: all of them
  std::vector<CharacterSet> all_of_;  // each: any one of its characters (more than one)
  std::vector<std::vector<std::string>> all_of_strings_;  // each: any one of its strings
  std::vector<std::vector<uint32_t>> all_of_string_ids_;  // the same, numbered by intern()
  bool leads_ = false;  // the first of all_of_strings_ is what the pattern starts with
};

}  // namespace termnorm::rewriter
