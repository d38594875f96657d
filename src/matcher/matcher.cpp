// Compiling the lexicon's forms into the trie, and the leftmost-longest scan.
#include "matcher/matcher.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>

#include "matcher/fold.hpp"
#include "text/english.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::matcher {
namespace {

// Folded separators: a space, a hyphen and the dash look-alikes all match each other.
bool is_separator(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

// A Latin-side edge character: a word character that is not an ideograph.
bool is_latin_word_char(char32_t cp) { return text::is_word_char(cp) && !text::is_han(cp); }

// Cased letters of `s`, as a string of 'U' and 'l'.
std::string case_signature(std::string_view s) {
  std::string sig;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    const auto cp = static_cast<UChar32>(text::decode(s, i, len));
    if (u_isupper(cp)) sig += 'U';
    else if (u_islower(cp)) sig += 'l';
    i += len;
  }
  return sig;
}

// The folding walk shared by keys and text: calls `emit(bytes, end_of_code_point)` for each
// folded unit, collapsing runs of separators into one space and skipping ignorables.
template <typename Emit>
void walk_folded(std::string_view text, size_t pos, Emit emit) {
  bool after_separator = false;
  while (pos < text.size()) {
    size_t len;
    const char32_t cp = text::decode(text, pos, len);
    if (cp == '\n' || cp == '\r') return;  // a match never crosses a line
    bool identity;
    std::string_view folded = fold(cp, identity);
    char buffer[4];
    if (identity) folded = {buffer, text::encode(cp, buffer)};
    pos += len;
    if (folded.empty()) continue;
    size_t flen;
    if (is_separator(text::decode(folded, 0, flen)) && flen == folded.size()) {
      if (after_separator) continue;
      after_separator = true;
      if (!emit(std::string_view(" "), pos)) return;
      continue;
    }
    after_separator = false;
    if (!emit(folded, pos)) return;
  }
}

}  // namespace

std::string Matcher::fold_key(std::string_view form) {
  std::string key;
  walk_folded(form, 0, [&](std::string_view bytes, size_t) {
    key.append(bytes);
    return true;
  });
  while (!key.empty() && key.back() == ' ') key.pop_back();
  const size_t start = key.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : key.substr(start);
}

Matcher::Matcher(const Lexicon& lexicon) {
  // Explicit forms first, in lexicon order, so that a later concept's form replaces an
  // earlier one's; derived plurals and singulars only where no explicit form has the key.
  std::map<std::pair<std::string, Language>, Entry> explicit_forms, derived_forms;
  auto add = [&](auto& table, uint32_t concept_index, Language language, FormRole role,
                 Number number, const std::string& form) {
    if (form.empty()) return;
    std::string key = fold_key(form);
    if (key.empty()) return;
    Entry e;
    e.concept_index = concept_index;
    e.language = language;
    e.role = role;
    e.number = number;
    e.case_sensitive = role == FormRole::abbreviation;
    size_t len;
    e.left_edge = is_latin_word_char(text::decode(form, 0, len));
    e.right_edge = is_latin_word_char(text::decode_before(form, form.size(), len));
    e.form = form;
    auto [it, added] = table.try_emplace({std::move(key), language}, e);
    if (added) return;
    // The same key within one concept keeps its stronger role; across concepts, later wins.
    if (it->second.concept_index != concept_index || role < it->second.role) it->second = e;
  };

  const auto& concepts = lexicon.concepts();
  for (uint32_t i = 0; i < concepts.size(); ++i) {
    const Concept& c = concepts[i];
    for (Language language : {Language::zh, Language::en}) {
      if (language == Language::en && c.kind == ConceptKind::word) continue;  // zh → en only
      const LanguageForms& f = c.forms(language);
      add(explicit_forms, i, language, FormRole::preferred, Number::as_written, f.term);
      add(explicit_forms, i, language, FormRole::abbreviation, Number::as_written, f.abbr);
      for (const auto& v : f.variants) add(explicit_forms, i, language, FormRole::variant, Number::as_written, v);
      if (!f.traditional.empty()) add(explicit_forms, i, language, FormRole::variant, Number::as_written, f.traditional);
      for (const auto& v : f.deprecated) add(explicit_forms, i, language, FormRole::deprecated, Number::as_written, v);
      if (language != Language::en || c.kind != ConceptKind::term) continue;
      auto derive = [&](FormRole role, const std::string& form) {
        for (auto [number, derived] : {std::pair{Number::derived_plural, text::pluralize(form)},
                                       std::pair{Number::derived_singular, text::singularize(form)}}) {
          if (derived != form) add(derived_forms, i, language, role, number, derived);
        }
      };
      derive(FormRole::preferred, f.term);
      for (const auto& v : f.variants) derive(FormRole::variant, v);
      for (const auto& v : f.deprecated) derive(FormRole::deprecated, v);
      // "MSCs" → "MSC": the singular of a plural abbreviation.
      if (f.abbr.size() > 2 && f.abbr.back() == 's' && std::isupper(static_cast<unsigned char>(f.abbr[f.abbr.size() - 2]))) {
        add(derived_forms, i, language, FormRole::abbreviation, Number::derived_singular,
            f.abbr.substr(0, f.abbr.size() - 1));
      }
    }
  }
  for (auto& [key, e] : derived_forms) explicit_forms.try_emplace(key, std::move(e));

  // Group entries by trie key; within a key, entries in language order (zh, en).
  std::vector<std::vector<Entry>> by_key;
  for (auto& [key, e] : explicit_forms) {
    const uint32_t id = trie_.insert(key.first);
    if (id >= by_key.size()) by_key.resize(id + 1);
    by_key[id].push_back(std::move(e));
  }
  key_offsets_.reserve(by_key.size() + 1);
  for (auto& group : by_key) {
    key_offsets_.push_back(static_cast<uint32_t>(entries_.size()));
    for (auto& e : group) entries_.push_back(std::move(e));
  }
  key_offsets_.push_back(static_cast<uint32_t>(entries_.size()));
}

Matcher::EntryRange Matcher::entries_of(uint32_t key) const {
  return {entries_.data() + key_offsets_[key], key_offsets_[key + 1] - key_offsets_[key]};
}

const Entry& Matcher::best_entry(const Match& m, Language language) const {
  const EntryRange range = entries_of(m.key);
  const Entry* first_passed = nullptr;
  for (size_t i = 0; i < range.count && i < 32; ++i) {
    if (!(m.entries >> i & 1u)) continue;
    if (range.first[i].language == language) return range.first[i];
    if (!first_passed) first_passed = &range.first[i];
  }
  return first_passed ? *first_passed : range.first[0];
}

bool Matcher::longest_at(std::string_view text, size_t pos, Match& out) const {
  size_t len;
  bool identity;
  // A match starts at a character of its form, never at one folding ignores (a byte-order
  // mark, a zero-width space), which stays outside it.
  if (fold(text::decode(text, pos, len), identity).empty() && !identity) return false;
  const bool left_is_word = pos > 0 && is_latin_word_char(text::decode_before(text, pos, len));
  uint32_t node = Trie::kRoot;
  bool found = false;
  walk_folded(text, pos, [&](std::string_view bytes, size_t end) {
    for (unsigned char b : bytes) {
      node = trie_.child(node, b);
      if (node == Trie::kNone) return false;
    }
    const uint32_t key = trie_.key_at(node);
    if (key == Trie::kNone) return true;
    const bool right_is_word = end < text.size() && is_latin_word_char(text::decode(text, end, len));
    const EntryRange range = entries_of(key);
    uint32_t passed = 0;
    for (size_t i = 0; i < range.count && i < 32; ++i) {
      const Entry& e = range.first[i];
      if (e.left_edge && left_is_word) continue;
      if (e.right_edge && right_is_word) continue;
      if (e.case_sensitive && case_signature(text.substr(pos, end - pos)) != case_signature(e.form)) continue;
      passed |= 1u << i;
    }
    if (passed != 0) {
      out = {pos, end, key, passed};
      found = true;
    }
    return true;
  });
  return found;
}

std::vector<Match> Matcher::find_all(std::string_view text) const {
  std::vector<Match> matches;
  size_t pos = 0;
  bool prev_latin_word = false;
  while (pos < text.size()) {
    size_t len;
    const char32_t cp = text::decode(text, pos, len);
    const bool latin_word = cp < 0x80 ? text::is_word_char(cp) : is_latin_word_char(cp);
    // Inside a Latin word no form can start: every Latin form needs a word edge.
    if (!(latin_word && prev_latin_word)) {
      Match m;
      if (longest_at(text, pos, m)) {
        matches.push_back(m);
        pos = m.end;
        prev_latin_word = m.end > 0 && is_latin_word_char(text::decode_before(text, m.end, len));
        continue;
      }
    }
    prev_latin_word = latin_word;
    pos += len;
  }
  return matches;
}

}  // namespace termnorm::matcher
