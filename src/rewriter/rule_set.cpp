// Translating rule patterns into RE2 over the skeleton, and applying them.
#include "rewriter/rule_set.hpp"

#include <algorithm>
#include <iterator>

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

namespace {

RE2::Options rule_options() {
  RE2::Options options;
  options.set_max_mem(64 << 20);  // a rule's DFA must not fall back to the slow engine
  options.set_log_errors(false);
  return options;
}

}  // namespace

RuleSet::RuleSet(const std::vector<Rule>& rules, Language source, Compile when)
    : prefilter_(std::make_unique<Prefilter>()) {
  for (const Rule& rule : rules) {
    if (rule.from && *rule.from != source) continue;
    std::string regex;
    try {
      regex = translate_pattern(rule.side(source), source);
    } catch (const Error& e) {
      throw LexiconError(rule.where, "rule '" + rule.id + "': " + e.what());
    }
    compiled_.push_back({&rule, std::move(regex), RequiredCharacters(rule.side(source), source),
                         std::make_unique<Program>()});
  }
  if (when == Compile::now) {
    for (const Compiled& c : compiled_) program(c);
    prefilter();
  }
}

const RuleSet::Program& RuleSet::program(const Compiled& c) const {
  Program& p = *c.program;
  std::call_once(p.once, [&] {
    auto re = std::make_unique<RE2>(c.regex, rule_options());
    if (!re->ok()) {
      throw LexiconError(c.rule->where, "rule '" + c.rule->id + "' does not compile: " + re->error() +
                                            (re->error_arg().empty() ? "" : " at '" + re->error_arg() + "'"));
    }
    for (const auto& [name, index] : re->NamedCapturingGroups()) p.groups.emplace_back(index, name);
    std::sort(p.groups.begin(), p.groups.end());
    p.re = std::move(re);
  });
  return p;
}

const RE2::Set* RuleSet::prefilter() const {
  std::call_once(prefilter_->once, [&] {
    auto any = std::make_unique<RE2::Set>(rule_options(), RE2::UNANCHORED);
    for (const Compiled& c : compiled_) {
      if (any->Add(c.regex, nullptr) < 0) return;  // reported by its own program
    }
    if (any->Compile()) prefilter_->any = std::move(any);  // else out of memory
  });
  return prefilter_->any.get();
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
  auto overlaps = [&](size_t b, size_t e) {
    return std::any_of(found.begin(), found.end(),
                       [&](const RuleMatch& m) { return b < m.end && m.begin < e; });
  };
  // The rules whose required characters the line has; when they are many, only those of
  // them the set finds a match of (all of them when the set cannot tell).
  const CharacterSet present(text);
  std::vector<int> candidates;
  for (size_t k = 0; k < compiled_.size(); ++k) {
    if (compiled_[k].required.met_by(present)) candidates.push_back(static_cast<int>(k));
  }
  if (candidates.empty()) return found;
  if (candidates.size() >= kSetAfter) {
    if (const RE2::Set* any = prefilter()) {
      std::vector<int> matched;
      RE2::Set::ErrorInfo set_error{RE2::Set::kNoError};
      if (any->Match(text, &matched, &set_error)) {
        std::sort(matched.begin(), matched.end());
        std::vector<int> both;
        std::set_intersection(candidates.begin(), candidates.end(), matched.begin(), matched.end(),
                              std::back_inserter(both));
        candidates.swap(both);
      } else if (set_error.kind == RE2::Set::kNoError) {
        return found;
      }
    }
  }
  std::vector<re2::StringPiece> groups;
  for (const Compiled& c : compiled_) {
    const auto index = static_cast<int>(&c - compiled_.data());
    if (!std::binary_search(candidates.begin(), candidates.end(), index)) continue;
    const Program& p = program(c);
    const int n = p.re->NumberOfCapturingGroups() + 1;
    groups.assign(static_cast<size_t>(n), {});
    size_t start = 0;
    while (start <= text.size() &&
           p.re->Match(text, start, text.size(), RE2::UNANCHORED, groups.data(), n)) {
      const size_t mb = static_cast<size_t>(groups[0].data() - text.data());
      const size_t me = mb + groups[0].size();
      const size_t b = skeleton.source_offset(mb), e = skeleton.source_offset(me);
      if (e > b && !cuts_a_token(b) && !cuts_a_token(e) && !overlaps(b, e) &&
          (!c.rule->sentence_start || starts_sentence(mb))) {
        RuleMatch m{c.rule, b, e, {}};
        for (const auto& [index, name] : p.groups) {
          const auto& g = groups[static_cast<size_t>(index)];
          if (g.data() == nullptr) continue;
          const size_t gb = static_cast<size_t>(g.data() - text.data());
          m.slots.push_back({name, skeleton.source_offset(gb), skeleton.source_offset(gb + g.size())});
        }
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
