// Reading the characters and strings a pattern must match from its text, and the 512-bit
// character set of a line.
#include "rewriter/rule_literals.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "rewriter/skeleton.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::rewriter {
namespace {

// Case folded as RE2's (?i) folds onto ASCII letters: A-Z, the Kelvin sign and the long s.
char32_t fold_case(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
  if (cp == 0x212A) return 'k';
  if (cp == 0x17F) return 's';
  return cp;
}

constexpr size_t npos = std::string_view::npos;

// The offset after the character class opening at `open`, or npos.
size_t class_end(std::string_view p, size_t open) {
  size_t i = open + 1;
  if (i < p.size() && p[i] == '^') ++i;
  if (i < p.size() && p[i] == ']') ++i;  // a ']' first is literal
  for (; i < p.size(); ++i) {
    if (p[i] == '\\') ++i;
    else if (p[i] == ']') return i + 1;
  }
  return npos;
}

// The offset after the group opening at `open`, or npos.
size_t group_end(std::string_view p, size_t open) {
  int depth = 0;
  for (size_t i = open; i < p.size(); ++i) {
    if (p[i] == '\\') {
      ++i;
    } else if (p[i] == '[') {
      const size_t end = class_end(p, i);
      if (end == npos) return npos;
      i = end - 1;
    } else if (p[i] == '(') {
      ++depth;
    } else if (p[i] == ')' && --depth == 0) {
      return i + 1;
    }
  }
  return npos;
}

bool is_meta(char c) { return std::string_view("\\^$.|?*+()[]{}").find(c) != npos; }

// Whether `p` has a '|' outside every group and class: then nothing is required.
bool has_top_level_alternation(std::string_view p) {
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\') {
      ++i;
    } else if (p[i] == '[' || p[i] == '(') {
      const size_t end = p[i] == '[' ? class_end(p, i) : group_end(p, i);
      if (end == npos) return true;
      i = end - 1;
    } else if (p[i] == '|') {
      return true;
    }
  }
  return false;
}

// "中|里|内", "什么(?:类型|样)|哪种": the literal text each alternative starts with, up to
// its first operator (a character a quantifier makes optional is left out); empty when an
// alternative starts with none.
std::vector<std::string_view> leading_text_of_alternatives(std::string_view inner) {
  std::vector<std::string_view> leads;
  size_t start = 0;
  for (size_t i = 0; i <= inner.size(); ++i) {
    if (i < inner.size() && inner[i] != '|') {
      if (inner[i] == '\\') {
        ++i;
      } else if (inner[i] == '[' || inner[i] == '(') {
        const size_t end = inner[i] == '[' ? class_end(inner, i) : group_end(inner, i);
        if (end == npos) return {};
        i = end - 1;
      }
      continue;
    }
    const std::string_view alternative = inner.substr(start, i - start);
    size_t lead = 0;
    while (lead < alternative.size() && !is_meta(alternative[lead])) {
      size_t len;
      text::decode(alternative, lead, len);
      const size_t after = lead + len;
      if (after < alternative.size() &&
          (alternative[after] == '?' || alternative[after] == '*' ||
           (alternative[after] == '{' && after + 1 < alternative.size() &&
            std::isdigit(static_cast<unsigned char>(alternative[after + 1]))))) {
        break;
      }
      lead = after;
      if (after < alternative.size() && alternative[after] == '+') break;  // "ab+c": the b's may be many
    }
    if (lead == 0) return {};  // an alternative that needs no text of its own
    leads.push_back(alternative.substr(0, lead));
    start = i + 1;
  }
  return leads;
}

}  // namespace

inline void CharacterSet::add(char32_t cp) {
  const uint32_t bit = (static_cast<uint32_t>(fold_case(cp)) * 0x9E3779B1u) >> 23;  // 0..511
  bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
}

CharacterSet::CharacterSet(std::string_view text) {
  for (size_t i = 0, len; i < text.size(); i += len) add(text::decode(text, i, len));
}

bool CharacterSet::has_any(const CharacterSet& wanted) const {
  for (size_t i = 0; i < bits_.size(); ++i) {
    if (bits_[i] & wanted.bits_[i]) return true;
  }
  return false;
}

bool CharacterSet::has_all(const CharacterSet& wanted) const {
  uint64_t missing = 0;
  for (size_t i = 0; i < bits_.size(); ++i) missing |= wanted.bits_[i] & ~bits_[i];
  return missing == 0;
}

bool CharacterSet::empty() const {
  for (const uint64_t word : bits_) {
    if (word != 0) return false;
  }
  return true;
}

RequiredCharacters::RequiredCharacters(std::string_view p, Language source) {
  if (has_top_level_alternation(p)) return;
  std::vector<CharacterSet> required;
  // Chinese patterns match case for case: a run of required literal characters is a string
  // the line itself must hold (the skeleton only adds markers between them).
  std::vector<std::vector<std::string>> strings;
  std::string run;
  auto end_run = [&] {
    if (!run.empty()) strings.push_back({std::move(run)});
    run.clear();
  };
  // An atom's characters, one of which the line must hold, and a group's alternatives (the
  // text each starts with): cleared for each atom, their storage kept.
  std::vector<char32_t> any_of;
  std::vector<std::string_view> alternatives;
  for (size_t i = 0; i < p.size();) {
    const char c = p[i];
    size_t next = i + 1;
    any_of.clear();
    alternatives.clear();
    if (c == '\\') {
      next = i + 2;
      if (i + 2 < p.size() && (p[i + 1] == 'x' || p[i + 1] == 'p' || p[i + 1] == 'P') && p[i + 2] == '{') {
        next = p.find('}', i);
        if (next == npos) return;
        ++next;
      }
    } else if (c == '[') {
      next = class_end(p, i);
      if (next == npos) return;
    } else if (c == '{' && i + 1 < p.size() && std::isalpha(static_cast<unsigned char>(p[i + 1]))) {
      next = p.find('}', i);  // a slot
      if (next == npos) return;
      ++next;
    } else if (c == '{') {
      next = p.find('}', i);  // a counted repetition of the atom before: its digits are not text
      if (next == npos) return;
      ++next;
    } else if (c == '(') {
      next = group_end(p, i);
      if (next == npos) return;
      std::string_view inner = p.substr(i + 1, next - i - 2);
      if (inner.substr(0, 2) == "?:") inner.remove_prefix(2);
      else if (inner.substr(0, 1) == "?") return;  // flags: case may change, nothing is certain
      alternatives = leading_text_of_alternatives(inner);
      for (const std::string_view lead : alternatives) {
        size_t len;
        any_of.push_back(text::decode(lead, 0, len));
      }
    } else if (!is_meta(c)) {
      size_t len;
      const char32_t cp = text::decode(p, i, len);
      // A marker written in a pattern is in the skeleton only, never in the line.
      if (cp < kMarkerBase || cp > kCloseMarker) any_of.push_back(cp);
      next = i + len;
    }
    // A quantifier that allows none makes the atom optional.
    const bool optional = next < p.size() && (p[next] == '?' || p[next] == '*' ||
                                              (p[next] == '{' && next + 1 < p.size() &&
                                               std::isdigit(static_cast<unsigned char>(p[next + 1]))));
    const bool repeated = next < p.size() && p[next] == '+';
    const std::string_view atom = p.substr(i, next - i);
    // The pattern starts with text it requires: every match starts with it.
    if (i == 0) leads_ = source == Language::zh && !any_of.empty() && !optional;
    i = next;
    if (source == Language::zh) {
      if (any_of.empty() || optional) {
        end_run();
      } else if (!alternatives.empty()) {
        end_run();
        strings.emplace_back(alternatives.begin(), alternatives.end());
      } else {
        run.append(atom);
        if (repeated) end_run();  // "ab+c": the b's may be many
      }
    }
    if (any_of.empty() || optional) continue;
    CharacterSet set;
    bool caseless = true;
    for (const char32_t cp : any_of) {
      // English patterns match in any case: only ASCII and ideographs fold predictably.
      if (source == Language::en && cp >= 0x80 && !text::is_han(cp)) caseless = false;
      set.add(cp);
    }
    if (!caseless) continue;
    if (any_of.size() == 1) {
      every_one_of_.add(any_of.front());  // one character: one bit of a set the line must cover
    } else {
      required.push_back(set);
    }
  }
  end_run();
  all_of_ = std::move(required);
  all_of_strings_ = std::move(strings);
}

bool RequiredCharacters::met_by(const CharacterSet& line) const {
  if (!line.has_all(every_one_of_)) return false;
  for (const CharacterSet& any_of : all_of_) {
    if (!line.has_any(any_of)) return false;
  }
  return true;
}

void RequiredCharacters::intern(RequiredStrings& strings) {
  all_of_string_ids_.clear();
  for (const std::vector<std::string>& any_of : all_of_strings_) {
    std::vector<uint32_t>& ids = all_of_string_ids_.emplace_back();
    for (const std::string& s : any_of) ids.push_back(strings.intern(s));
  }
}

bool RequiredCharacters::met_by(const CharacterSet& characters, StringOccurrences& line, size_t from) const {
  if (!met_by(characters)) return false;
  for (const std::vector<uint32_t>& any_of : all_of_string_ids_) {
    if (std::none_of(any_of.begin(), any_of.end(), [&](uint32_t id) { return line.occurs_from(id, from); })) {
      return false;
    }
  }
  return true;
}

bool RequiredCharacters::met_in_order_within(StringOccurrences& line, size_t from, size_t end) const {
  // The pattern writes its required strings one after another, outside groups that may repeat
  // or be left out: the earliest end of each, from the end of the one before, leaves the most
  // room for those after it.
  size_t at = from;
  for (const std::vector<uint32_t>& any_of : all_of_string_ids_) {
    size_t earliest_end = npos;
    for (const uint32_t id : any_of) {
      const size_t found = line.first_at(id, at);
      if (found != npos) earliest_end = std::min(earliest_end, found + line.length(id));
    }
    if (earliest_end > end) return false;
    at = earliest_end;
  }
  return true;
}

namespace {

// The three bytes at `at` as one number.
uint32_t three_bytes(std::string_view s, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[at])) |
         static_cast<uint32_t>(static_cast<unsigned char>(s[at + 1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[at + 2])) << 16;
}

size_t slot_of(uint32_t three, size_t slots) { return ((three * 0x9E3779B1u) >> 8) & (slots - 1); }

}  // namespace

uint32_t RequiredStrings::first_with_lead(uint32_t three) const {
  for (size_t slot = slot_of(three, leads_.size());; slot = (slot + 1) & (leads_.size() - 1)) {
    if (leads_[slot].three == three) return leads_[slot].id;
    if (leads_[slot].three == kNone) return kNone;
  }
}

void RequiredStrings::add_lead(uint32_t three, uint32_t id) {
  if (2 * (lead_count_ + 1) > leads_.size()) {  // kept at most half full: lookups stay short
    std::vector<Lead> old(leads_.size() * 2);
    old.swap(leads_);
    lead_count_ = 0;
    for (const Lead& lead : old) {
      if (lead.three != kNone) add_lead(lead.three, lead.id);
    }
  }
  size_t slot = slot_of(three, leads_.size());
  while (leads_[slot].three != kNone && leads_[slot].three != three) slot = (slot + 1) & (leads_.size() - 1);
  if (leads_[slot].three == kNone) ++lead_count_;
  leads_[slot].three = three;
  leads_[slot].id = id;
}

uint32_t RequiredStrings::intern(const std::string& s) {
  const auto id = static_cast<uint32_t>(strings_.size());
  const auto [known, added] = ids_.emplace(s, id);
  if (!added) return known->second;
  strings_.push_back(s);
  next_with_lead_.push_back(kNone);
  if (s.size() < 3) {
    short_.push_back(id);
  } else {
    if ((static_cast<unsigned char>(s[0]) & 0xC0) == 0x80) lead_bytes_only_ = false;
    const uint32_t three = three_bytes(s, 0);
    next_with_lead_[id] = first_with_lead(three);
    add_lead(three, id);
    const uint32_t bit = lead_bit(three);
    lead_bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  return id;
}

StringOccurrences::StringOccurrences(const RequiredStrings& strings, std::string_view line)
    : strings_(strings), line_(line) {
  for (size_t at = 0; strings.lead_count_ != 0 && at + 3 <= line.size(); ++at) {
    if (strings.lead_bytes_only_ && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) continue;
    const uint32_t three = three_bytes(line, at);
    if (!strings.may_lead(three)) continue;
    for (uint32_t id = strings.first_with_lead(three); id != RequiredStrings::kNone; id = strings.next_with_lead_[id]) {
      const std::string& s = strings.strings_[id];
      if (s.size() > line.size() - at || line.substr(at + 3, s.size() - 3) != std::string_view(s).substr(3)) continue;
      occurrences_.emplace_back(id, at);
    }
  }
  std::sort(occurrences_.begin(), occurrences_.end());
  occurrences_of_.assign(strings.size(), {0, 0});
  for (size_t k = 0; k < occurrences_.size(); ++k) {
    const uint32_t id = occurrences_[k].first;
    if (k == 0 || id != occurrences_[k - 1].first) {
      found_.push_back(id);
      occurrences_of_[id].first = static_cast<uint32_t>(k);
    }
    occurrences_of_[id].second = static_cast<uint32_t>(k + 1);
  }
}

size_t StringOccurrences::first_at(uint32_t id, size_t from) {
  if (!strings_.found_in_one_pass(id) &&
      std::find(short_searched_.begin(), short_searched_.end(), id) == short_searched_.end()) {
    // A short string, asked for the first time: all its occurrences, in their place.
    short_searched_.push_back(id);
    std::vector<std::pair<uint32_t, size_t>> more;
    const std::string& s = strings_[id];
    for (size_t k = line_.find(s); k != npos && k < line_.size(); k = line_.find(s, k + 1)) more.emplace_back(id, k);
    if (s.empty()) more.emplace_back(id, line_.size());  // the empty string is found at the end too
    occurrences_of_[id] = {static_cast<uint32_t>(occurrences_.size()),
                           static_cast<uint32_t>(occurrences_.size() + more.size())};
    occurrences_.insert(occurrences_.end(), more.begin(), more.end());
  }
  const auto begin = occurrences_.begin() + occurrences_of_[id].first;
  const auto end = occurrences_.begin() + occurrences_of_[id].second;
  const auto next =
      std::lower_bound(begin, end, from, [](const auto& occurrence, size_t at) { return occurrence.second < at; });
  return next != end ? next->second : npos;
}

const std::vector<uint32_t>& RequiredCharacters::anchor_strings(const RequiredStrings& strings) const {
  static const std::vector<uint32_t> none;
  for (const std::vector<uint32_t>& any_of : all_of_string_ids_) {
    if (std::all_of(any_of.begin(), any_of.end(), [&](uint32_t id) { return strings.found_in_one_pass(id); })) {
      return any_of;
    }
  }
  return none;
}

const std::vector<std::string>& RequiredCharacters::leading() const {
  static const std::vector<std::string> none;
  return leads_ && !all_of_strings_.empty() ? all_of_strings_.front() : none;
}

const std::vector<uint32_t>& RequiredCharacters::leading_ids() const {
  static const std::vector<uint32_t> none;
  return leads_ && !all_of_string_ids_.empty() ? all_of_string_ids_.front() : none;
}

bool RequiredCharacters::met_by(const CharacterSet& characters, std::string_view line) const {
  if (!met_by(characters)) return false;
  for (const std::vector<std::string>& any_of : all_of_strings_) {
    if (std::none_of(any_of.begin(), any_of.end(), [&](const std::string& s) { return line.find(s) != npos; })) {
      return false;
    }
  }
  return true;
}

}  // namespace termnorm::rewriter
