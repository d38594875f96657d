// The matcher: compiles every form of every concept into a trie of folded keys, then finds
// lexicon matches in text, leftmost-longest and non-overlapping, as byte spans of the input.
// It decides what matched, never what a match becomes: that is the rewriter's job.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "matcher/trie.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm::matcher {

enum class FormRole : uint8_t { preferred, abbreviation, variant, deprecated };

// Whether a matched English form is the lexicon's form or a derived singular or plural.
enum class Number : uint8_t { as_written, derived_plural, derived_singular };

// One form of one concept, as the trie knows it.
struct Entry {
  uint32_t concept_index = 0;  // index into Lexicon::concepts()
  Language language = Language::en;
  FormRole role = FormRole::preferred;
  Number number = Number::as_written;
  bool case_sensitive = false;  // abbreviations: the letters' case must agree with `form`
  bool left_edge = false;       // the form starts with a Latin letter or digit: whole words only
  bool right_edge = false;
  // Both strings view bytes the matcher keeps alive: the image it was read from, or its own
  // copy of them.
  std::string_view form;            // the form as the lexicon writes it
  std::string_view case_signature;  // case_sensitive only: the form's cased letters, 'U' or 'l' each
};

// A match: bytes [begin, end) of the text, and the entries of the matched key whose checks
// passed (bit i of `entries` stands for the i-th entry of the key, up to 32).
struct Match {
  size_t begin = 0;
  size_t end = 0;
  uint32_t key = 0;
  uint32_t entries = 0;
};

class Matcher {
 public:
  explicit Matcher(const Lexicon& lexicon);

  // All matches in `text`, in order. At each position the longest key wins; a Latin form
  // matches only on whole words. `text` must be valid UTF-8.
  std::vector<Match> find_all(std::string_view text) const;

  // The entries that share a key, in priority order.
  struct EntryRange {
    const Entry* first;
    size_t count;
    const Entry* begin() const { return first; }
    const Entry* end() const { return first + count; }
  };
  EntryRange entries_of(uint32_t key) const;

  // The first entry of `m` whose check passed, preferring `language` when several did.
  const Entry& best_entry(const Match& m, Language language) const;

  // The folded key of a form, as the trie stores it (exposed for tests and the linter).
  static std::string fold_key(std::string_view form);

  size_t key_count() const { return trie_.key_count(); }

  // The matcher's tables as bytes, and back: how the default termbase's matcher is compiled
  // at build time. A matcher read from an image belongs to the lexicon it was written from
  // (its entries index that lexicon's concepts). read() throws Error on a damaged image.
  // With `in_place`, the image outlives the matcher (it is compiled into the program): the
  // trie's arrays and the entries' strings are read where they stand in it. Without, the
  // matcher keeps a copy of the image for its entries' strings.
  std::string write() const;
  static Matcher read(std::string_view image, bool in_place = false);

 private:
  explicit Matcher(Trie trie) : trie_(std::move(trie)) {}
  // The longest match starting at `pos`; `left_is_word` tells whether a Latin word
  // character ends right before it.
  bool longest_at(std::string_view text, size_t pos, bool left_is_word, Match& out) const;

  // What the scan reads of a key, packed so that a key whose entries need no check (most
  // Chinese forms) is settled without touching its entries.
  struct KeyChecks {
    uint32_t first_entry = 0;
    uint32_t count : 24 = 0;
    uint32_t any_check : 8 = 0;  // some entry checks a word edge or the letters' case
  };
  // An entry's checks, one byte an entry, side by side: the scan reads these, not the
  // entries themselves (an Entry holds strings, and the entries of the keys a text meets lie
  // far apart), except for the case signature of a case-sensitive one.
  enum EntryCheck : uint8_t { kLeftEdge = 1, kRightEdge = 2, kCaseSensitive = 4 };
  // Fills key_checks_ and entry_checks_ from entries_ and key_offsets_ (once they are built;
  // an image holds the tables themselves).
  void index_key_checks();

  Trie trie_;
  // The bytes the entries' strings view, when the matcher owns them (shared, so that a copy
  // of the matcher views the same bytes); empty for a matcher read in place.
  std::shared_ptr<const std::string> owned_text_;
  std::vector<Entry> entries_;          // grouped by key
  std::vector<uint32_t> key_offsets_;   // key id → first entry; key_count + 1 values
  std::vector<KeyChecks> key_checks_;   // key id → its entries, for the scan
  std::vector<uint8_t> entry_checks_;   // entry → its EntryCheck bits
};

}  // namespace termnorm::matcher
