// Translating rule patterns into RE2 over the skeleton, and applying them.
#include "rewriter/rule_set.hpp"

#include <algorithm>
#include <map>

#include "text/utf8.hpp"

namespace termnorm::rewriter {
namespace {

// Skeleton fragments. A token is an opening marker, its text, and the closing marker.
constexpr const char* kAnyMarker = "[\\x{F0001}-\\x{F0005}]";
constexpr const char* kTokenText = "[^\\x{F0001}-\\x{F0005}]*\\x{F0005}";

std::string token_of(TokenClass c) {
  return "\\x{F000" + std::to_string(static_cast<int>(c)) + "}" + kTokenText;
}

// A noun phrase: nominal tokens joined by a conjunction token or 、 (and, in English, by
// the spaces between words). Chinese words are not spaced, so a space ends a Chinese one.
std::string noun_phrase(Language source) {
  const std::string n = token_of(TokenClass::nominal);
  const std::string c = token_of(TokenClass::conjunction);
  const std::string joiner = source == Language::zh ? "(?: ?(?:" + c + "|、) ?)?" : "(?: ?(?:" + c + "|,) ?| )";
  return n + "(?:" + joiner + n + ")*";
}

std::string slot_regex(const std::string& type, Language source) {
  if (type.empty()) return noun_phrase(source);
  if (type == "verb") return token_of(TokenClass::verb);
  if (type == "any") return std::string("[\\x{F0001}-\\x{F0004}]") + kTokenText;
  return {};
}

bool is_regex_meta(char c) {
  return std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos;
}

}  // namespace

std::string RuleSet::translate_pattern(const std::string& pattern, Language source) {
  std::string out = source == Language::en ? "(?i)" : "";
  size_t i = 0;
  int bracket_depth = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '\\') {  // an escape: copy it whole (\x{...} included)
      size_t end = i + 2;
      if (i + 1 < pattern.size() && (pattern[i + 1] == 'x' || pattern[i + 1] == 'p' || pattern[i + 1] == 'P') &&
          i + 2 < pattern.size() && pattern[i + 2] == '{') {
        end = pattern.find('}', i);
        if (end == std::string::npos) throw Error("unclosed '\\" + std::string(1, pattern[i + 1]) + "{' in rule pattern");
        ++end;
      }
      if (bracket_depth == 0) out += std::string(kAnyMarker) + "*";
      out.append(pattern, i, end - i);
      i = end;
      continue;
    }
    if (bracket_depth > 0) {
      if (c == ']') --bracket_depth;
      out += c;
      ++i;
      continue;
    }
    if (c == '[') {
      out += std::string(kAnyMarker) + "*[";
      ++bracket_depth;
      ++i;
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() && std::isalpha(static_cast<unsigned char>(pattern[i + 1]))) {
      const size_t close = pattern.find('}', i);
      if (close == std::string::npos) throw Error("unclosed slot '{' in rule pattern");
      const std::string inside = pattern.substr(i + 1, close - i - 1);
      const size_t colon = inside.find(':');
      const std::string name = inside.substr(0, colon);
      const std::string type = colon == std::string::npos ? "" : inside.substr(colon + 1);
      const std::string body = slot_regex(type, source);
      if (body.empty()) throw Error("unknown slot type '" + type + "' (use {X}, {X:verb} or {X:any})");
      out += "\\x{F0005}*(?P<" + name + ">" + body + ")";
      i = close + 1;
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[i + 1]))) {
      // A counted repetition, "{2}", "{2,}", "{2,5}": copied whole, nothing between its digits.
      const size_t close = pattern.find('}', i);
      if (close == std::string::npos) throw Error("unclosed repetition '{' in rule pattern");
      out.append(pattern, i, close + 1 - i);
      i = close + 1;
      continue;
    }
    if (is_regex_meta(c)) {
      if (c == '(' && i + 1 < pattern.size() && pattern[i + 1] == '?') {
        // A group's flags, "(?:", "(?i)", "(?s:": copied whole, nothing between them.
        size_t end = i + 2;
        while (end < pattern.size() && (std::isalpha(static_cast<unsigned char>(pattern[end])) || pattern[end] == '-')) ++end;
        if (end < pattern.size() && (pattern[end] == ':' || pattern[end] == ')')) ++end;
        out.append(pattern, i, end - i);
        i = end;
        continue;
      }
      if (c == '(') {
        out += "(?:";  // slots are the only capturing groups
        ++i;
        continue;
      }
      out += c;
      ++i;
      continue;
    }
    // A literal character: it may sit inside a token, so markers may precede it.
    size_t len;
    text::decode(pattern, i, len);
    out += std::string(kAnyMarker) + "*";
    out.append(pattern, i, len);
    i += len;
  }
  return out;
}

RuleSet::RuleSet(const std::vector<Rule>& rules, Language source) {
  RE2::Options options;
  options.set_max_mem(64 << 20);  // a rule's DFA must not fall back to the slow engine
  options.set_log_errors(false);
  any_ = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  size_t set_pattern_bytes = 0;
  for (const Rule& rule : rules) {
    if (rule.from && *rule.from != source) continue;
    const std::string& pattern = rule.side(source);
    if (pattern.size() > kMaxPatternBytes) {
      throw LexiconError(rule.where, "rule '" + rule.id + "' does not compile: pattern too large (" +
                                         std::to_string(pattern.size()) + " bytes; at most " +
                                         std::to_string(kMaxPatternBytes) + ")");
    }
    set_pattern_bytes += pattern.size();
    std::string regex;
    try {
      regex = translate_pattern(rule.side(source), source);
    } catch (const Error& e) {
      throw LexiconError(rule.where, "rule '" + rule.id + "': " + e.what());
    }
    auto re = std::make_unique<RE2>(regex, options);
    if (!re->ok()) {
      throw LexiconError(rule.where, "rule '" + rule.id + "' does not compile: " + re->error() +
                                         (re->error_arg().empty() ? "" : " at '" + re->error_arg() + "'"));
    }
    any_->Add(regex, nullptr);
    Compiled c{&rule, std::move(re), {}};
    for (const auto& [name, index] : c.re->NamedCapturingGroups()) c.groups.emplace_back(index, name);
    std::sort(c.groups.begin(), c.groups.end());
    compiled_.push_back(std::move(c));
  }
  // Too large or out of memory: every rule runs on every line.
  if (set_pattern_bytes > kMaxSetPatternBytes || !any_->Compile()) any_.reset();
}

RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;

std::vector<RuleMatch> RuleSet::apply(const Skeleton& skeleton, const std::vector<Token>& tokens) const {
  std::vector<RuleMatch> found;
  const std::string& text = skeleton.text();
  auto cuts_a_token = [&](size_t at) {
    auto it = std::upper_bound(tokens.begin(), tokens.end(), at,
                               [](size_t a, const Token& t) { return a < t.begin; });
    if (it == tokens.begin()) return false;
    --it;
    return at > it->begin && at < it->end;
  };
  // Line start, or after a sentence's closing mark and spaces (in paragraph offsets, which
  // the skeleton maps to: the text between tokens is the paragraph's own).
  auto starts_sentence = [&](size_t skeleton_at) {
    size_t k = skeleton_at;
    size_t len;
    while (k > 0) {
      const char32_t cp = text::decode_before(text, k, len);
      if (cp == ' ' || (cp >= kMarkerBase && cp <= kCloseMarker)) { k -= len; continue; }
      return std::u32string_view(U".!?。！？").find(cp) != std::u32string_view::npos;
    }
    return true;
  };
  // The spans taken so far (disjoint), begin -> end: an overlap is found in logarithmic time,
  // so a line of many rule matches stays linear.
  std::map<size_t, size_t> taken;
  auto overlaps = [&](size_t b, size_t e) {
    auto next = taken.lower_bound(b);
    if (next != taken.end() && next->first < e) return true;
    return next != taken.begin() && std::prev(next)->second > b;
  };
  // The rules that match somewhere in the line; all of them when the set cannot tell.
  std::vector<int> candidates;
  RE2::Set::ErrorInfo set_error{RE2::Set::kNoError};
  if (any_ && !any_->Match(text, &candidates, &set_error)) {
    if (set_error.kind == RE2::Set::kNoError) return found;
    candidates.clear();
  }
  std::sort(candidates.begin(), candidates.end());
  const bool all = candidates.empty();
  std::vector<re2::StringPiece> groups;
  for (const Compiled& c : compiled_) {
    const auto index = static_cast<int>(&c - compiled_.data());
    if (!all && !std::binary_search(candidates.begin(), candidates.end(), index)) continue;
    const int n = c.re->NumberOfCapturingGroups() + 1;
    groups.assign(static_cast<size_t>(n), {});
    size_t start = 0;
    while (start <= text.size() &&
           c.re->Match(text, start, text.size(), RE2::UNANCHORED, groups.data(), n)) {
      const size_t mb = static_cast<size_t>(groups[0].data() - text.data());
      const size_t me = mb + groups[0].size();
      const size_t b = skeleton.source_offset(mb), e = skeleton.source_offset(me);
      if (e > b && !cuts_a_token(b) && !cuts_a_token(e) && !overlaps(b, e) &&
          (!c.rule->sentence_start || starts_sentence(mb))) {
        RuleMatch m{c.rule, b, e, {}};
        for (const auto& [index, name] : c.groups) {
          const auto& g = groups[static_cast<size_t>(index)];
          if (g.data() == nullptr) continue;
          const size_t gb = static_cast<size_t>(g.data() - text.data());
          m.slots.push_back({name, skeleton.source_offset(gb), skeleton.source_offset(gb + g.size())});
        }
        taken.emplace(b, e);
        found.push_back(std::move(m));
        start = me > mb ? me : mb + 1;
        continue;
      }
      // Try again one code point further on.
      if (mb >= text.size()) break;
      size_t len;
      text::decode(text, mb, len);
      start = mb + len;
    }
  }
  std::sort(found.begin(), found.end(), [](const RuleMatch& a, const RuleMatch& b) { return a.begin < b.begin; });
  return found;
}

}  // namespace termnorm::rewriter
