// Compiling the lexicon's forms into the trie, and the leftmost-longest scan.
#include "matcher/matcher.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>

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
bool is_latin_word_char(char32_t cp) {
  if (cp < 0x80) return text::is_word_char(cp);
  return text::is_word_char(cp) && !text::is_han(cp);
}

// The case of a cased letter: 'U', 'l', or 0 for a character without case.
char case_of(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? 'U' : cp >= 'a' && cp <= 'z' ? 'l' : 0;
  if (u_isupper(static_cast<UChar32>(cp))) return 'U';
  if (u_islower(static_cast<UChar32>(cp))) return 'l';
  return 0;
}

// Cased letters of `s`, as a string of 'U' and 'l'.
std::string case_signature(std::string_view s) {
  std::string sig;
  for (size_t i = 0, len; i < s.size(); i += len) {
    if (const char c = case_of(text::decode(s, i, len))) sig += c;
  }
  return sig;
}

// Whether the cased letters of `s` spell `signature`, without building a string.
bool has_case_signature(std::string_view s, std::string_view signature) {
  size_t k = 0;
  for (size_t i = 0, len; i < s.size(); i += len) {
    const char c = case_of(text::decode(s, i, len));
    if (c == 0) continue;
    if (k == signature.size() || signature[k] != c) return false;
    ++k;
  }
  return k == signature.size();
}

// What one code point of text folds to: itself (`folded` empty) or the UTF-8 in `folded`.
struct FoldedUnit {
  char32_t self = 0;
  std::string_view folded;
};

// The folding walk shared by keys and text: calls `emit(unit, end_of_code_point)` for each
// folded code point, collapsing runs of separators into one space and skipping ignorables;
// stops at a line break or when `emit` returns false.
template <typename Emit>
void walk_folded(std::string_view text, size_t pos, Emit emit) {
  bool after_separator = false;
  while (pos < text.size()) {
    size_t len;
    const char32_t cp = text::decode(text, pos, len);
    if (cp == '\n' || cp == '\r') return;  // a match never crosses a line
    pos += len;
    bool identity;
    const std::string_view folded = fold(cp, identity);
    char32_t single = cp;  // the unit's code point when it is one code point
    if (!identity) {
      if (folded.empty()) continue;  // ignorable
      size_t flen;
      single = text::decode(folded, 0, flen);
      if (flen != folded.size()) single = 0;
    }
    if (single != 0 && is_separator(single)) {
      if (after_separator) continue;
      after_separator = true;
      if (!emit(FoldedUnit{' ', {}}, pos)) return;
      continue;
    }
    after_separator = false;
    if (!emit(identity ? FoldedUnit{cp, {}} : FoldedUnit{0, folded}, pos)) return;
  }
}

}  // namespace

std::string Matcher::fold_key(std::string_view form) {
  std::string key;
  walk_folded(form, 0, [&](const FoldedUnit& unit, size_t) {
    if (unit.folded.empty()) text::append(key, unit.self);
    else key.append(unit.folded);
    return true;
  });
  while (!key.empty() && key.back() == ' ') key.pop_back();
  const size_t start = key.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : key.substr(start);
}

Matcher::Matcher(const Lexicon& lexicon) {
  // Explicit forms first, in lexicon order, so that a later concept's form replaces an
  // earlier one's; derived plurals and singulars only where no explicit form has the key.
  // English forms of general words (matched for Chinese output only) rank below every form
  // of a term or phrase, so that a word never takes a key from one.
  // A table key is the folded key followed by one byte for its language.
  using FormTable = std::unordered_map<std::string, Entry>;
  const auto& concepts = lexicon.concepts();
  FormTable explicit_forms(concepts.size() * 4), derived_forms(concepts.size() * 4), word_forms(concepts.size() * 2);
  auto add = [&](FormTable& table, uint32_t concept_index, Language language, FormRole role,
                 Number number, const std::string& form) {
    if (form.empty()) return;
    std::string key = fold_key(form);
    if (key.empty()) return;
    key += static_cast<char>(language);
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
    if (e.case_sensitive) e.case_signature = case_signature(form);
    auto [it, added] = table.try_emplace(std::move(key), e);
    if (added) return;
    // The same key within one concept keeps its stronger role; across concepts, later wins.
    if (it->second.concept_index != concept_index || role < it->second.role) it->second = std::move(e);
  };

  for (uint32_t i = 0; i < concepts.size(); ++i) {
    const Concept& c = concepts[i];
    for (Language language : {Language::zh, Language::en}) {
      const LanguageForms& f = c.forms(language);
      const bool english_word = language == Language::en && c.kind == ConceptKind::word;
      auto& forms = english_word ? word_forms : explicit_forms;
      add(forms, i, language, FormRole::preferred, Number::as_written, f.term);
      add(forms, i, language, FormRole::abbreviation, Number::as_written, f.abbr);
      for (const auto& v : f.variants) add(forms, i, language, FormRole::variant, Number::as_written, v);
      if (!f.traditional.empty()) add(forms, i, language, FormRole::variant, Number::as_written, f.traditional);
      for (const auto& v : f.deprecated) add(forms, i, language, FormRole::deprecated, Number::as_written, v);
      if (english_word && c.pos == PartOfSpeech::noun) {  // "patient" ↔ "patients"
        for (auto [number, derived] : {std::pair{Number::derived_plural, text::pluralize(f.term)},
                                       std::pair{Number::derived_singular, text::singularize(f.term)}}) {
          if (derived != f.term) add(word_forms, i, language, FormRole::preferred, number, derived);
        }
      }
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
  for (auto& [key, e] : word_forms) explicit_forms.try_emplace(key, std::move(e));

  // Group entries by folded key (key ids in first-seen order); within a key, English
  // entries before Chinese ones (a key has at most one entry per language).
  std::unordered_map<std::string_view, uint32_t> key_ids(explicit_forms.size());
  std::vector<std::string_view> keys;
  std::vector<std::pair<uint32_t, Entry*>> entry_keys;
  keys.reserve(explicit_forms.size());
  entry_keys.reserve(explicit_forms.size());
  for (auto& [key, e] : explicit_forms) {
    const std::string_view folded = std::string_view(key).substr(0, key.size() - 1);
    const auto [it, added] = key_ids.try_emplace(folded, static_cast<uint32_t>(keys.size()));
    if (added) keys.push_back(folded);
    entry_keys.emplace_back(it->second, &e);
  }
  trie_ = Trie(keys);
  key_offsets_.assign(keys.size() + 1, 0);
  for (const auto& [id, e] : entry_keys) ++key_offsets_[id + 1];
  for (size_t k = 1; k < key_offsets_.size(); ++k) key_offsets_[k] += key_offsets_[k - 1];
  entries_.resize(entry_keys.size());
  std::vector<uint32_t> filled(keys.size(), 0);
  for (const auto& [id, e] : entry_keys) entries_[key_offsets_[id] + filled[id]++] = std::move(*e);
  for (size_t k = 0; k < keys.size(); ++k) {
    Entry* group = entries_.data() + key_offsets_[k];
    std::sort(group, group + filled[k], [](const Entry& a, const Entry& b) { return a.language < b.language; });
  }
  index_key_checks();
}

void Matcher::index_key_checks() {
  key_checks_.assign(key_offsets_.empty() ? 0 : key_offsets_.size() - 1, {});
  for (size_t k = 0; k < key_checks_.size(); ++k) {
    KeyChecks& checks = key_checks_[k];
    checks.first_entry = key_offsets_[k];
    checks.count = key_offsets_[k + 1] - key_offsets_[k];
    for (uint32_t i = key_offsets_[k]; i < key_offsets_[k + 1]; ++i) {
      const Entry& e = entries_[i];
      if (e.left_edge || e.right_edge || e.case_sensitive) checks.any_check = 1;
    }
  }
}

namespace {
constexpr std::string_view kImageMagic = "termnorm-matcher-image-1\n";
}  // namespace

std::string Matcher::write() const {
  ImageWriter out;
  out.out() = kImageMagic;
  trie_.write(out);
  out.numbers(key_offsets_);
  out.number(entries_.size());
  for (const Entry& e : entries_) {
    out.number(e.concept_index);
    out.number(static_cast<size_t>(e.language) | static_cast<size_t>(e.role) << 2 | static_cast<size_t>(e.number) << 4 |
               static_cast<size_t>(e.case_sensitive) << 6 | static_cast<size_t>(e.left_edge) << 7 |
               static_cast<size_t>(e.right_edge) << 8);
    out.string(e.form);
    out.string(e.case_signature);
  }
  return std::move(out.out());
}

Matcher Matcher::read(std::string_view image) {
  ImageReader in(image);
  in.expect(kImageMagic);
  Matcher m;
  m.trie_ = Trie::read(in);
  m.key_offsets_ = in.numbers();
  m.entries_.resize(in.number());
  for (Entry& e : m.entries_) {
    e.concept_index = static_cast<uint32_t>(in.number());
    const size_t bits = in.number();
    e.language = static_cast<Language>(bits & 3);
    e.role = static_cast<FormRole>(bits >> 2 & 3);
    e.number = static_cast<Number>(bits >> 4 & 3);
    e.case_sensitive = bits >> 6 & 1;
    e.left_edge = bits >> 7 & 1;
    e.right_edge = bits >> 8 & 1;
    e.form = in.string();
    e.case_signature = in.string();
  }
  if (!in.done() || m.key_offsets_.size() != m.trie_.key_count() + 1 ||
      (!m.key_offsets_.empty() && m.key_offsets_.back() != m.entries_.size())) {
    throw Error("damaged matcher image");
  }
  m.index_key_checks();
  return m;
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

bool Matcher::longest_at(std::string_view text, size_t pos, bool left_is_word, Match& out) const {
  {
    // A match starts at a character of its form, never at one folding ignores (a byte-order
    // mark, a zero-width space), which stays outside it.
    size_t len;
    bool identity;
    if (fold(text::decode(text, pos, len), identity).empty() && !identity) return false;
  }
  uint32_t node = Trie::kRoot;
  bool found = false;
  walk_folded(text, pos, [&](const FoldedUnit& unit, size_t end) {
    if (unit.folded.empty()) {
      node = trie_.child(node, unit.self);
      if (node == Trie::kNone) return false;
    } else {
      for (size_t i = 0, len; i < unit.folded.size(); i += len) {
        node = trie_.child(node, text::decode(unit.folded, i, len));
        if (node == Trie::kNone) return false;
      }
    }
    const uint32_t key = trie_.key_at(node);
    if (key == Trie::kNone) return true;
    const KeyChecks checks = key_checks_[key];
    if (!checks.any_check) {
      if (checks.count != 0) {
        out = {pos, end, key, checks.count >= 32 ? ~0u : (1u << checks.count) - 1};
        found = true;
      }
      return true;
    }
    size_t len;
    const bool right_is_word = end < text.size() && is_latin_word_char(text::decode(text, end, len));
    uint32_t passed = 0;
    for (size_t i = 0; i < checks.count && i < 32; ++i) {
      const Entry& e = entries_[checks.first_entry + i];
      if (e.left_edge && left_is_word) continue;
      if (e.right_edge && right_is_word) continue;
      if (e.case_sensitive && !has_case_signature(text.substr(pos, end - pos), e.case_signature)) continue;
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
  bool prev_latin_word = false;  // the code point before `pos` is a Latin word character
  while (pos < text.size()) {
    size_t len;
    const char32_t cp = text::decode(text, pos, len);
    const bool latin_word = is_latin_word_char(cp);
    // Inside a Latin word no form can start: every Latin form needs a word edge.
    if (!(latin_word && prev_latin_word)) {
      Match m;
      if (longest_at(text, pos, prev_latin_word, m)) {
        matches.push_back(m);
        pos = m.end;
        prev_latin_word = is_latin_word_char(text::decode_before(text, m.end, len));
        continue;
      }
    }
    prev_latin_word = latin_word;
    pos += len;
  }
  return matches;
}

}  // namespace termnorm::matcher
