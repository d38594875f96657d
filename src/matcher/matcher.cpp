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
  key.reserve(form.size());
  if (std::all_of(form.begin(), form.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != '\n' && c != '\r'; })) {
    // ASCII, as walk_folded() folds it: letters to lower case, runs of separators to a space.
    for (const char c : form) {
      if (c == ' ' || c == '\t' || c == '-') {
        if (key.empty() || key.back() != ' ') key += ' ';
      } else {
        key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
    }
  } else {
    walk_folded(form, 0, [&](const FoldedUnit& unit, size_t) {
      if (unit.folded.empty()) text::append(key, unit.self);
      else key.append(unit.folded);
      return true;
    });
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  const size_t start = key.find_first_not_of(' ');
  if (start == std::string::npos) return std::string();
  if (start > 0) key.erase(0, start);
  return key;
}

namespace {

// Where a form's entry ranks when two forms fold to the same key in one language: explicit
// forms of terms and phrases first, then the forms a general word's English gives explicitly
// (matched for Chinese output only), then derived plurals and singulars of terms, and the
// derived forms of words last. A word never takes a key a term or phrase wrote; a form the
// lexicon wrote beats one it only inflected ("dry eyes", a word, before the plural of the
// variant "dry eye" of a disease), so that English the normalizer wrote reads back as itself.
enum class FormRank : uint8_t { explicit_form, word_form, derived_form, derived_word_form };

// One form as it was offered for a key: its key and form are spans of a shared pool of text.
struct OfferedForm {
  uint64_t prefix;  // the key's first eight bytes, as one number: decides most comparisons
  uint32_t key_at, key_size, form_at, form_size;
  uint32_t sequence;  // the order of offering
  uint32_t concept_index;
  FormRank rank;
  Language language;
  FormRole role;
  Number number;
};

// Whether `later`, offered after `kept` for the same key and language, replaces it: a better
// rank does; within a rank, a later concept's form does, and within one concept a stronger
// role.
bool replaces(const OfferedForm& later, const OfferedForm& kept) {
  if (later.rank != kept.rank) return later.rank < kept.rank;
  return later.concept_index != kept.concept_index || later.role < kept.role;
}

}  // namespace

Matcher::Matcher(const Lexicon& lexicon) {
  // Every form is offered in lexicon order; then, sorted by key, language and order, each key
  // keeps the form that replaced all those offered before it.
  const auto& concepts = lexicon.concepts();
  std::string pool;  // folded keys and forms, side by side
  std::vector<OfferedForm> offered;
  offered.reserve(concepts.size() * 4);
  auto add = [&](FormRank rank, uint32_t concept_index, Language language, FormRole role, Number number,
                 std::string_view form) {
    if (form.empty()) return;
    const std::string key = fold_key(form);
    if (key.empty()) return;
    OfferedForm f;
    f.prefix = 0;
    for (size_t i = 0; i < 8; ++i) f.prefix = f.prefix << 8 | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0u);
    f.key_at = static_cast<uint32_t>(pool.size());
    f.key_size = static_cast<uint32_t>(key.size());
    pool += key;
    f.form_at = static_cast<uint32_t>(pool.size());
    f.form_size = static_cast<uint32_t>(form.size());
    pool += form;
    f.sequence = static_cast<uint32_t>(offered.size());
    f.concept_index = concept_index;
    f.rank = rank;
    f.language = language;
    f.role = role;
    f.number = number;
    offered.push_back(f);
  };

  for (uint32_t i = 0; i < concepts.size(); ++i) {
    const Concept& c = concepts[i];
    for (Language language : {Language::zh, Language::en}) {
      const LanguageForms& f = c.forms(language);
      const bool english_word = language == Language::en && c.kind == ConceptKind::word;
      const FormRank rank = english_word ? FormRank::word_form : FormRank::explicit_form;
      add(rank, i, language, FormRole::preferred, Number::as_written, f.term);
      add(rank, i, language, FormRole::abbreviation, Number::as_written, f.abbr);
      for (const auto& v : f.variants) add(rank, i, language, FormRole::variant, Number::as_written, v);
      if (!f.traditional.empty()) add(rank, i, language, FormRole::variant, Number::as_written, f.traditional);
      for (const auto& v : f.deprecated) add(rank, i, language, FormRole::deprecated, Number::as_written, v);
      if (english_word && c.pos == PartOfSpeech::noun) {  // "patient" ↔ "patients"
        for (auto [number, derived] : {std::pair{Number::derived_plural, text::pluralize(f.term)},
                                       std::pair{Number::derived_singular, text::singularize(f.term)}}) {
          if (derived != f.term) add(FormRank::derived_word_form, i, language, FormRole::preferred, number, derived);
        }
      }
      if (language != Language::en || c.kind != ConceptKind::term) continue;
      auto derive = [&](FormRole role, const std::string& form) {
        for (auto [number, derived] : {std::pair{Number::derived_plural, text::pluralize(form)},
                                       std::pair{Number::derived_singular, text::singularize(form)}}) {
          if (derived != form) add(FormRank::derived_form, i, language, role, number, derived);
        }
      };
      derive(FormRole::preferred, f.term);
      for (const auto& v : f.variants) derive(FormRole::variant, v);
      for (const auto& v : f.deprecated) derive(FormRole::deprecated, v);
      // "MSCs" → "MSC": the singular of a plural abbreviation.
      if (f.abbr.size() > 2 && f.abbr.back() == 's' && std::isupper(static_cast<unsigned char>(f.abbr[f.abbr.size() - 2]))) {
        add(FormRank::derived_form, i, language, FormRole::abbreviation, Number::derived_singular,
            std::string_view(f.abbr).substr(0, f.abbr.size() - 1));
      }
    }
  }

  // Sorted by key, then language, then order: each key's entries side by side, English
  // before Chinese, and the keys in the order the trie is built in (key ids ascending with
  // the keys).
  const std::string_view text(pool);
  const auto key_of = [&](const OfferedForm& f) { return text.substr(f.key_at, f.key_size); };
  std::sort(offered.begin(), offered.end(), [&](const OfferedForm& a, const OfferedForm& b) {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    if (const int order = key_of(a).compare(key_of(b)); order != 0) return order < 0;
    if (a.language != b.language) return a.language < b.language;
    return a.sequence < b.sequence;
  });
  std::vector<std::string_view> keys;
  // Each entry's form and case signature, as spans of `owned` until it stops growing.
  std::string owned;
  struct Spans {
    uint32_t form_at, form_size, signature_at, signature_size;
  };
  std::vector<Spans> spans;
  for (size_t first = 0, last; first < offered.size(); first = last) {
    const std::string_view key = key_of(offered[first]);
    size_t kept = first;
    for (last = first + 1; last < offered.size() && offered[last].language == offered[first].language &&
                           key_of(offered[last]) == key;
         ++last) {
      if (replaces(offered[last], offered[kept])) kept = last;
    }
    if (keys.empty() || keys.back() != key) {
      keys.push_back(key);
      key_offsets_.push_back(static_cast<uint32_t>(entries_.size()));
    }
    const OfferedForm& f = offered[kept];
    const std::string_view form = text.substr(f.form_at, f.form_size);
    Entry& e = entries_.emplace_back();
    e.concept_index = f.concept_index;
    e.language = f.language;
    e.role = f.role;
    e.number = f.number;
    e.case_sensitive = f.role == FormRole::abbreviation;
    size_t len;
    e.left_edge = is_latin_word_char(text::decode(form, 0, len));
    e.right_edge = is_latin_word_char(text::decode_before(form, form.size(), len));
    Spans& span = spans.emplace_back();
    span.form_at = static_cast<uint32_t>(owned.size());
    span.form_size = f.form_size;
    owned += form;
    span.signature_at = static_cast<uint32_t>(owned.size());
    if (e.case_sensitive) owned += case_signature(form);
    span.signature_size = static_cast<uint32_t>(owned.size()) - span.signature_at;
  }
  key_offsets_.push_back(static_cast<uint32_t>(entries_.size()));
  owned_text_ = std::make_shared<const std::string>(std::move(owned));
  const std::string_view owned_view(*owned_text_);
  for (size_t i = 0; i < entries_.size(); ++i) {
    entries_[i].form = owned_view.substr(spans[i].form_at, spans[i].form_size);
    entries_[i].case_signature = owned_view.substr(spans[i].signature_at, spans[i].signature_size);
  }
  offered = {};
  trie_ = Trie(keys);
  index_key_checks();
}

void Matcher::index_key_checks() {
  entry_checks_.resize(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    entry_checks_[i] = static_cast<uint8_t>((e.left_edge ? kLeftEdge : 0) | (e.right_edge ? kRightEdge : 0) |
                                            (e.case_sensitive ? kCaseSensitive : 0));
  }
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
constexpr std::string_view kImageMagic = "termnorm-matcher-image-5\n";

// An entry in the image: six words (see Matcher::write), its strings in a pool after them.
constexpr size_t kEntryWords = 6;
}  // namespace

std::string Matcher::write() const {
  ImageWriter out;
  out.out() = kImageMagic;
  out.align();
  trie_.write(out);
  out.numbers(key_offsets_);
  // The entries as words of a fixed width (concept, bits, the form's offset and size in the
  // pool, the case signature's), aligned to be read in place, then their strings in one
  // pool: reading them checks no length field by field.
  std::string pool;
  out.number(entries_.size() * kEntryWords);
  out.align();
  for (const Entry& e : entries_) {
    out.number(e.concept_index);
    out.number(static_cast<size_t>(e.language) | static_cast<size_t>(e.role) << 2 | static_cast<size_t>(e.number) << 4 |
               static_cast<size_t>(e.case_sensitive) << 6 | static_cast<size_t>(e.left_edge) << 7 |
               static_cast<size_t>(e.right_edge) << 8);
    for (const std::string_view text : {e.form, e.case_signature}) {
      out.number(pool.size());
      out.number(text.size());
      pool += text;
    }
  }
  out.string(pool);
  // The scan's tables too, so that reading the image need not rebuild them.
  std::vector<uint32_t> key_check_words;
  key_check_words.reserve(key_checks_.size() * 2);
  for (const KeyChecks& checks : key_checks_) {
    key_check_words.push_back(checks.first_entry);
    key_check_words.push_back(checks.count | static_cast<uint32_t>(checks.any_check) << 24);
  }
  out.numbers(key_check_words);
  out.string(std::string_view(reinterpret_cast<const char*>(entry_checks_.data()), entry_checks_.size()));
  return std::move(out.out());
}

Matcher Matcher::read(std::string_view image, bool in_place) {
  std::shared_ptr<const std::string> owned_text;
  if (!in_place) {  // the image may not outlive the matcher: its strings are read from a copy
    owned_text = std::make_shared<const std::string>(image);
    image = *owned_text;
  }
  ImageReader in(image);
  in.expect(kImageMagic);
  in.align();
  Matcher m(Trie::read(in, in_place));
  m.owned_text_ = std::move(owned_text);
  m.key_offsets_ = in.numbers();
  const size_t entry_word_count = in.number();
  in.align();
  if (entry_word_count % kEntryWords != 0) throw Error("damaged matcher image");
  std::vector<uint32_t> copied_words;
  const uint32_t* entry_words = in_place ? in.words_in_place(entry_word_count) : nullptr;
  if (entry_words == nullptr) {
    copied_words = in.numbers_of(entry_word_count);
    entry_words = copied_words.data();
  }
  const std::string_view pool = in.string_in_place();
  const auto in_pool = [&](const uint32_t* offset_and_size) {
    if (offset_and_size[0] > pool.size() || offset_and_size[1] > pool.size() - offset_and_size[0]) {
      throw Error("damaged matcher image");
    }
    return pool.substr(offset_and_size[0], offset_and_size[1]);
  };
  m.entries_.resize(entry_word_count / kEntryWords);
  for (size_t i = 0; i < m.entries_.size(); ++i) {
    const uint32_t* words = entry_words + i * kEntryWords;
    Entry& e = m.entries_[i];
    e.concept_index = words[0];
    const uint32_t bits = words[1];
    e.language = static_cast<Language>(bits & 3);
    e.role = static_cast<FormRole>(bits >> 2 & 3);
    e.number = static_cast<Number>(bits >> 4 & 3);
    e.case_sensitive = bits >> 6 & 1;
    e.left_edge = bits >> 7 & 1;
    e.right_edge = bits >> 8 & 1;
    e.form = in_pool(words + 2);
    e.case_signature = in_pool(words + 4);
  }
  const std::vector<uint32_t> key_check_words = in.numbers();
  const std::string_view entry_checks = in.string_in_place();
  if (!in.done() || m.key_offsets_.size() != m.trie_.key_count() + 1 ||
      (!m.key_offsets_.empty() && m.key_offsets_.back() != m.entries_.size()) ||
      key_check_words.size() != 2 * m.trie_.key_count() || entry_checks.size() != m.entries_.size()) {
    throw Error("damaged matcher image");
  }
  m.key_checks_.resize(m.trie_.key_count());
  for (size_t k = 0; k < m.key_checks_.size(); ++k) {
    m.key_checks_[k].first_entry = key_check_words[2 * k];
    m.key_checks_[k].count = key_check_words[2 * k + 1] & 0xffffffu;
    m.key_checks_[k].any_check = key_check_words[2 * k + 1] >> 24;
  }
  m.entry_checks_.assign(entry_checks.begin(), entry_checks.end());
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
      const uint8_t check = entry_checks_[checks.first_entry + i];
      if ((check & kLeftEdge) && left_is_word) continue;
      if ((check & kRightEdge) && right_is_word) continue;
      if ((check & kCaseSensitive) &&
          !has_case_signature(text.substr(pos, end - pos), entries_[checks.first_entry + i].case_signature)) {
        continue;
      }
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
