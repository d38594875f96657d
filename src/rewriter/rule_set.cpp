// Translating rule patterns into RE2 over the skeleton, and applying them.
#include "rewriter/rule_set.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>

#include "text/english.hpp"
#include "text/layout.hpp"
#include "text/utf8.hpp"

namespace termnorm::rewriter {
namespace {

// Skeleton fragments. A token is an opening marker, its text, and the closing marker.
constexpr const char* kAnyMarker = "[\\x{F0001}-\\x{F0008}]";
constexpr const char* kOpeningMarker = "[\\x{F0001}-\\x{F0007}]";
constexpr const char* kCloseMarkerSource = "\\x{F0008}";
constexpr const char* kCloseMarkers = "\\x{F0008}*";
constexpr std::string_view kTokenText = "[^\\x{F0001}-\\x{F0008}]*";

// The marker of class `c` itself.
std::string class_marker(TokenClass c) { return "\\x{F000" + std::to_string(static_cast<int>(c)) + "}"; }

// The opening markers of a token of class `c`, to write inside a character class: a verb's
// include that of a verb that takes a verb after it.
std::string markers_of(TokenClass c) { return class_marker(c) + (c == TokenClass::verb ? "\\x{F0007}" : ""); }

// The opening marker of a token of class `c` (a class of markers for a verb).
std::string marker_of(TokenClass c) {
  if (c != TokenClass::verb) return class_marker(c);
  std::string opening = "[";
  opening.append(markers_of(c)).push_back(']');
  return opening;
}

// A token opened by `opening` (a marker, or a class of markers), whose text ends in `ending`.
std::string token_opened_by(const std::string& opening, std::string_view ending = {}) {
  return opening + std::string(kTokenText) + std::string(ending) + kCloseMarkerSource;
}

// A token of class `c` (whose text ends in `ending`).
std::string token_of(TokenClass c, std::string_view ending = {}) { return token_opened_by(marker_of(c), ending); }

// A token of any of `classes`: their opening markers in one class, the text written once. The
// same language as token_of(a)|token_of(b)|..., whose alternatives start apart, but RE2 turns
// each text class into some 25 UTF-8 byte ranges, the costliest part of compiling a rule.
std::string token_of_any(std::initializer_list<TokenClass> classes) {
  std::string opening = "[";
  for (const TokenClass c : classes) opening += markers_of(c);
  return token_opened_by(opening + "]");
}

constexpr std::string_view kDe = "的";

// Whether `pattern` writes a 的 at `at` that must be there (no quantifier after it: 的? is not).
bool required_de_at(std::string_view pattern, size_t at) {
  if (pattern.compare(at, kDe.size(), kDe) != 0) return false;
  const size_t after = at + kDe.size();
  if (after == pattern.size()) return true;
  if (pattern[after] == '{')
    return after + 1 == pattern.size() || !std::isdigit(static_cast<unsigned char>(pattern[after + 1]));
  return std::string_view("?*+").find(pattern[after]) == std::string_view::npos;
}

// A part of a noun phrase: a noun, an adjective, a determiner or a number.
std::string noun_phrase_part() {
  return token_of_any({TokenClass::nominal, TokenClass::adjective, TokenClass::determiner});
}

// What joins the parts of a noun phrase: a conjunction token or 、 (and, in English, the spaces
// between words). Chinese words are not spaced, so a space ends a Chinese noun phrase.
std::string noun_phrase_joiner(Language source) {
  const std::string c = token_of(TokenClass::conjunction);
  return source == Language::zh ? "(?: ?(?:" + c + "|、) ?)?" : "(?: ?(?:" + c + "|,) ?| )";
}

// A noun phrase: nominal tokens and adjectives, joined.
std::string noun_phrase(Language source) {
  return noun_phrase_part() + "(?:" + noun_phrase_joiner(source) + noun_phrase_part() + ")*";
}

// A noun phrase whose last word is a noun, not an adjective, a determiner or a number ("病情",
// "骨髓干细胞").
std::string noun_headed_phrase(Language source) {
  return "(?:" + noun_phrase_part() + noun_phrase_joiner(source) + ")*" + token_of(TokenClass::nominal);
}

// How Chinese names a disease: by its last characters (糖尿病, 自闭症, 关节炎, 综合征, 淋巴瘤, 肺癌,
// 脑损伤, 功能障碍, 肝硬化, 肺纤维化, 肾衰竭, 贫血, 股骨头坏死, 溃疡, 萎缩, 骨折, 功能不全, 头痛 ...),
// and the common ones that end otherwise (哮喘, 高血压, 癫痫, 痛风, 青光眼, 湿疹).
constexpr std::string_view kDiseaseEndings =
    "(?:病|症|炎|征|瘤|癌|伤|痛|障碍|硬化|纤维化|衰竭|贫血|坏死|感染|缺损|溃疡|萎缩|水肿|梗死|梗塞|中风|卒中|狼疮|"
    "骨折|不全|减退|痴呆|瘫痪|畸形|缺血|肥胖|哮喘|高血压|癫痫|痛风|青光眼|湿疹)";

// Nouns and adjectives whose last word names a disease ("早期帕金森病", "股骨头坏死"); a
// determiner or a number before them stays out, since it counts the people ("一些糖尿病患者":
// "some patients with diabetes"). In English text, any noun-headed phrase.
std::string disease_phrase(Language source) {
  if (source != Language::zh) return noun_headed_phrase(source);
  const std::string part = token_of_any({TokenClass::nominal, TokenClass::adjective});
  return "(?:" + part + noun_phrase_joiner(source) + ")*" + token_of(TokenClass::nominal, kDiseaseEndings);
}

// What starts a number expression's token: a numeral, or 百分之; 一 only before a unit of time
// or a power of ten (一千, 一万), since it starts determiners too (一些 "some").
constexpr std::string_view kNumeral =
    "(?:[0-9０-９二两三四五六七八九十]|百分之|一(?:[年周天十百千万亿]|个月|个?小时|分钟|个?星期))";
// The opening marker of a number expression's token (a determiner).
std::string number_marker() { return marker_of(TokenClass::determiner); }

// A quantity: a number in digits, with its decimals and thousands, and a % or a unit
// of measure after it ("30%", "1.5", "15,000", "200 mg"), which is plain text of the line; or a
// number expression of its own (百分之三十, 30%的, 三年). A template writes the plain number as
// the source writes it.
std::string quantity() {
  const std::string digits = "[0-9０-９]+(?:[.,][0-9]{3})*(?:\\.[0-9]+)?";
  const std::string unit = "(?:mg|g|kg|μg|ng|ml|mL|L|cm|mm|μm|IU|U)(?:/(?:kg|L|ml|mL|d|day))?\\b";
  const std::string plain = digits + "(?:%|％| ?" + unit + ")?";
  // 一 as a word of its own before 十, 百 or 千 (一千 "one thousand"), which the lexicon reads word by word.
  const std::string one_then_power = number_marker() + "一" + std::string(kCloseMarkerSource) + number_marker() +
                                     "[十百千]" + std::string(kTokenText) + kCloseMarkerSource;
  return "(?:" + plain + "|" + number_marker() + std::string(kNumeral) + std::string(kTokenText) + kCloseMarkerSource +
         "|" + one_then_power + ")";
}

// A span of time: a number expression that counts years, months, weeks, days, hours or
// minutes (三年内, 6个月后, 五年以上, 几天内), not a percentage or a count of people.
std::string time_span() {
  const std::string text(kTokenText);
  return number_marker() + "(?:在|于)?[0-9０-９一二两三四五六七八九十几数]" + text +
         "(?:年|个月|周|星期|天|小时|分钟)" + text + kCloseMarkerSource;
}

// A point in time a word names (明年 "next year", 年底 "at the end of the year"), or a word of
// three characters or more that ends in 前 or 后 and so names a time before or after something
// (治疗前 "before treatment", 出生后 "after birth"), whose English needs no preposition before it.
std::string time_word() {
  const std::string named = "(?:明年|今年|去年|年底|年初|明天|今天|下个月|本月|将来|今后|未来几年|不久的将来)";
  const std::string before_or_after = "[^\\x{F0001}-\\x{F0008}]{2,}(?:前|后)";
  return std::string(kOpeningMarker) + "(?:" + named + "|" + before_or_after + ")" + kCloseMarkerSource;
}

// An ordinal day, one number expression's token (第三天 "the third day", 第7天 "the seventh day").
std::string ordinal_day() {
  return number_marker() + "第" + std::string(kTokenText) + "(?:天|日)" + kCloseMarkerSource;
}

// A date in digits after 在 or 于 (在2027年, 于2019年3月), one number expression's token, which
// writes its own preposition ("in 2027", "in March 2019", "on 5 March 2019").
std::string dated() {
  return number_marker() + "(?:在|于)[0-9０-９]{4}年" + std::string(kTokenText) + kCloseMarkerSource;
}

// An action verb, the verb of a clause whose object may be a whole noun phrase with a relative
// clause (储存调节X的Y "store Y that modulate X"): a verb token of two characters or more that does
// not take a verb after it (the skeleton marks those apart: takes_verb_after; one character: 能,
// 会, 可, 将, 是 are mostly modals or the copula).
std::string action_verb() {
  return class_marker(TokenClass::verb) + "[^\\x{F0001}-\\x{F0008}]{2,}" + kCloseMarkerSource;
}

// Each slot type's RE2 source, by type name, for text in one language.
std::map<std::string, std::string> slot_regexes(Language source) {
  return {{"", noun_phrase(source)},
          {"noun", noun_headed_phrase(source)},
          {"disease", disease_phrase(source)},
          {"verb", token_of(TokenClass::verb)},
          {"action", source == Language::zh ? action_verb() : token_of(TokenClass::verb)},
          {"adj", token_of(TokenClass::adjective)},
          {"number", quantity()},
          {"time", time_span()},
          {"when", time_word()},
          {"date", dated()},
          {"day", ordinal_day()},
          {"any", std::string(kOpeningMarker) + std::string(kTokenText) + kCloseMarkerSource}};
}

// A slot type's RE2 source (empty for an unknown type), built once a language: rules write
// slots by the hundred, and each would otherwise build the same string again.
std::string slot_regex(const std::string& type, Language source) {
  static const std::map<std::string, std::string> zh = slot_regexes(Language::zh);
  static const std::map<std::string, std::string> en = slot_regexes(Language::en);
  const std::map<std::string, std::string>& table = source == Language::zh ? zh : en;
  const auto it = table.find(type);
  return it == table.end() ? std::string() : it->second;
}

// The names of the slots a pattern writes right before 的 whose type is `type` ("{V:verb}的";
// "" for {X}).
std::vector<std::string> slots_before_de(const std::string& pattern, std::string_view type) {
  std::vector<std::string> names;
  for (size_t at = pattern.find('}'); at != std::string::npos; at = pattern.find('}', at + 1)) {
    const size_t open = pattern.rfind('{', at);
    if (open == std::string::npos || !required_de_at(pattern, at + 1)) continue;
    const std::string inside = pattern.substr(open + 1, at - open - 1);
    const size_t colon = inside.find(':');
    if ((colon == std::string::npos ? std::string_view() : std::string_view(inside).substr(colon + 1)) == type) {
      names.push_back(inside.substr(0, colon));
    }
  }
  return names;
}

// What a verb slot before 的 took: a verb, or an adjective that is a participle ("secreted",
// "lost"); "severe" is no verb.
bool reads_as_verb(const std::vector<Token>& tokens, size_t slot_begin) {
  auto token = std::lower_bound(tokens.begin(), tokens.end(), slot_begin,
                                [](const Token& t, size_t at) { return t.begin < at; });
  if (token == tokens.end() || token->begin != slot_begin || token->token_class != TokenClass::adjective ||
      token->matched_concept == nullptr) {
    return true;
  }
  const std::string& english = token->matched_concept->en.term;
  return !english.empty() && text::past_participle(english) == english;
}

// A noun phrase slot before 的 took the 's 的 with it: one that ends in an adjective whose own
// form ends in 的 (女性的) is kept only when that form without the 的 is a noun (Token::noun_stem),
// and each is cut to end before its 的, where the noun ends.
bool reads_as_noun_before_de(const std::vector<Token>& tokens, std::string_view paragraph, RuleMatch::Slot& slot) {
  auto after =
      std::lower_bound(tokens.begin(), tokens.end(), slot.end, [](const Token& t, size_t at) { return t.begin < at; });
  if (after != tokens.begin()) {
    const Token& last = *std::prev(after);
    if (last.end == slot.end && last.token_class == TokenClass::adjective && last.end - last.begin > kDe.size() &&
        text_of(paragraph, last).ends_with(kDe) && last.noun_stem == nullptr) {
      return false;
    }
  }
  slot.end -= kDe.size();
  return true;
}

// What is looked past to find whether a sentence starts: spaces, and the skeleton's markers.
bool is_space_or_marker(char32_t cp) { return cp == ' ' || (cp >= kMarkerBase && cp <= kCloseMarker); }

bool ends_sentence(char32_t cp) {
  switch (cp) {
    case '.': case '!': case '?': case U'。': case U'！': case U'？': return true;
    default: return false;
  }
}

bool is_regex_meta(char c) {
  return std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos;
}

// translate_pattern(): the slots' groups named, or, with `slot_names`, unnamed and their names
// appended there.
std::string translate_slots(const std::string& pattern, Language source, std::vector<std::string>* slot_names) {
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
      if (bracket_depth == 0) out.append(kAnyMarker).append("*");
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
      out.append(kAnyMarker).append("*[");
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
      std::string body = slot_regex(type, source);
      if (body.empty())
        throw Error("unknown slot type '" + type +
                    "' (use {X}, {X:noun}, {X:disease}, {X:verb}, {X:action}, {X:adj}, {X:number}, {X:time}, {X:when}, "
                    "{X:date}, {X:day} or {X:any})");
      i = close + 1;
      if ((type.empty() || type == "noun") && source == Language::zh && required_de_at(pattern, i)) {
        // 的 after a noun phrase slot: the phrase may end in an adjective whose own form ends in
        // it (女性的), read as the noun before it (女性 "women"); apply() keeps that only when
        // there is such a noun, and ends the slot before the 的 either way.
        // The phrase's last part is written once, after the parts before it, which both share.
        const std::string last = type.empty() ? noun_phrase_part() : token_of(TokenClass::nominal);
        body = "(?:" + noun_phrase_part() + noun_phrase_joiner(source) + ")*(?:" + last + kAnyMarker + "*" +
               std::string(kDe) + "|" + token_of(TokenClass::adjective, kDe) + ")";
        i += kDe.size();
      }
      if (type == "verb" && required_de_at(pattern, i)) {
        // 的 after a verb slot: a participle whose own form ends in it (分泌的 "secreted") reads
        // as the verb and its 的; apply() keeps it only when its English is a participle.
        body = "(?:" + token_of(TokenClass::adjective, kDe) + "|" + body + kAnyMarker + "*" + std::string(kDe) + ")";
        i += kDe.size();
      }
      if (type == "adj" && required_de_at(pattern, i)) {
        // 的 after an adjective slot: the adjective's own form may end in it (严重的), or it
        // follows as a word of its own; the slot takes it either way.
        body = "(?:" + token_of(TokenClass::adjective, kDe) + "|" + body + kAnyMarker + "*" + std::string(kDe) + ")";
        i += kDe.size();
      }
      out += kCloseMarkers;
      if (slot_names) {
        slot_names->push_back(name);
        out += "(";
      } else {
        out += "(?P<" + name + ">";
      }
      out += body + ")";
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
    out.append(kAnyMarker).append("*").append(pattern, i, len);
    i += len;
  }
  return out;
}

}  // namespace

std::string RuleSet::translate_pattern(const std::string& pattern, Language source) {
  return translate_slots(pattern, source, nullptr);
}

std::string RuleSet::translate_pattern(const std::string& pattern, Language source,
                                       std::vector<std::string>& slot_names) {
  return translate_slots(pattern, source, &slot_names);
}

namespace {

RE2::Options rule_options() {
  RE2::Options options;
  options.set_max_mem(64 << 20);  // a rule's DFA must not fall back to the slow engine
  options.set_log_errors(false);
  return options;
}

}  // namespace

RuleSet::RuleSet(const std::vector<Rule>& rules, Language source, Compile when) {
  if (when == Compile::when_used) {
    untranslated_ = std::make_unique<Untranslated>();
    untranslated_->rules = &rules;
    untranslated_->source = source;
    return;
  }
  translate(rules, source, false);
  for (const Compiled& c : compiled_) program(c);
}

const std::vector<RuleSet::Compiled>& RuleSet::translated() const {
  if (untranslated_) {
    std::call_once(untranslated_->once, [&] { translate(*untranslated_->rules, untranslated_->source, true); });
  }
  return compiled_;
}

void RuleSet::translate(const std::vector<Rule>& rules, Language source, bool unnamed_groups) const {
  compiled_.reserve(rules.size());
  for (const Rule& rule : rules) {
    if (rule.from && *rule.from != source) continue;
    const std::string& pattern = rule.side(source);
    if (pattern.size() > kMaxPatternBytes) {
      throw LexiconError(rule.where, "rule '" + rule.id + "' does not compile: pattern too large (" +
                                         std::to_string(pattern.size()) + " bytes; at most " +
                                         std::to_string(kMaxPatternBytes) + ")");
    }
    auto program = std::make_unique<Program>();
    // Rules not known to compile are translated now, so that a bad pattern is reported here;
    // the others when first searched.
    if (!unnamed_groups) translate_once(*program, rule, source, unnamed_groups);
    std::vector<std::string> nouns_before_de;
    if (source == Language::zh) {
      nouns_before_de = slots_before_de(pattern, "");
      for (std::string& name : slots_before_de(pattern, "noun")) nouns_before_de.push_back(std::move(name));
    }
    compiled_.push_back({&rule, source, RequiredCharacters(pattern, source), slots_before_de(pattern, "verb"),
                         std::move(nouns_before_de), std::move(program), unnamed_groups});
  }
  for (Compiled& c : compiled_) c.required.intern(required_strings_);
  rules_by_string_.assign(required_strings_.size(), {});
  for (size_t k = 0; k < compiled_.size(); ++k) {
    Compiled& c = compiled_[k];
    c.anchors = &c.required.anchor_strings(required_strings_);
    if (c.anchors->empty()) rules_without_anchor_.push_back(static_cast<int>(k));
    for (const uint32_t id : *c.anchors) rules_by_string_[id].push_back(static_cast<int>(k));
  }
}

void RuleSet::translate_once(Program& p, const Rule& rule, Language source, bool unnamed_groups) {
  std::call_once(p.regex_once, [&] {
    try {
      p.regex = unnamed_groups ? translate_pattern(rule.side(source), source, p.slot_names)
                               : translate_pattern(rule.side(source), source);
    } catch (const Error& e) {
      throw LexiconError(rule.where, "rule '" + rule.id + "': " + e.what());
    }
  });
}

const std::string& RuleSet::regex(const Compiled& c) {
  translate_once(*c.program, *c.rule, c.source, c.unnamed_groups);
  return c.program->regex;
}

const RuleSet::Program& RuleSet::program(const Compiled& c) const {
  Program& p = *c.program;
  std::call_once(p.once, [&] {
    auto re = std::make_unique<RE2>(regex(c), rule_options());
    if (!re->ok()) {
      throw LexiconError(c.rule->where, "rule '" + c.rule->id + "' does not compile: " + re->error() +
                                            (re->error_arg().empty() ? "" : " at '" + re->error_arg() + "'"));
    }
    if (c.unnamed_groups) {
      for (size_t k = 0; k < p.slot_names.size(); ++k) p.groups.emplace_back(static_cast<int>(k + 1), p.slot_names[k]);
    } else {
      for (const auto& [name, index] : re->NamedCapturingGroups()) p.groups.emplace_back(index, name);
    }
    std::sort(p.groups.begin(), p.groups.end());
    p.re = std::move(re);
  });
  return p;
}

ClauseMarks RuleSet::clause_marks(const Compiled& c) const {
  Program& p = *c.program;
  std::call_once(p.marks_once, [&] { p.clause_marks = marks_never_matched(regex(c)); });
  return p.clause_marks;
}

RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;

std::vector<RuleMatch> RuleSet::apply(const Skeleton& skeleton, const std::vector<Token>& tokens) const {
  translated();  // numbers the required strings the filter looks for
  LineFilter line(skeleton.paragraph(), required_strings_);
  filter(line);
  if (line.candidates.empty()) return {};
  std::vector<RuleMatch> found = apply(skeleton, tokens, line);
  nest(skeleton.paragraph(), tokens, found, 1);
  return found;
}

std::vector<RuleMatch> RuleSet::apply(std::string_view paragraph, const std::vector<Token>& tokens) const {
  translated();
  LineFilter line(paragraph, required_strings_);
  filter(line);
  if (line.candidates.empty()) return {};
  std::vector<RuleMatch> found = apply(Skeleton(paragraph, tokens), tokens, line);
  nest(paragraph, tokens, found, 1);
  return found;
}

void RuleSet::nest(std::string_view paragraph, const std::vector<Token>& tokens, std::vector<RuleMatch>& matches,
                   int depth) const {
  if (depth > kMaxNesting) return;
  auto first_from = [&](size_t at) {
    return std::lower_bound(tokens.begin(), tokens.end(), at, [](const Token& t, size_t a) { return t.begin < a; });
  };
  for (RuleMatch& m : matches) {
    for (const RuleMatch::Slot& slot : m.slots) {
      // A slot of one token is that token; a slot as long as its match would only find it again.
      if (slot.begin == m.begin && slot.end == m.end) continue;
      const auto first = first_from(slot.begin);
      if (first == tokens.end() || std::next(first) == tokens.end() || std::next(first)->end > slot.end) continue;
      std::vector<RuleMatch> inner = apply_within(paragraph, tokens, slot.begin, slot.end);
      nest(paragraph, tokens, inner, depth + 1);
      std::move(inner.begin(), inner.end(), std::back_inserter(m.inner));
    }
    std::sort(m.inner.begin(), m.inner.end(), [](const RuleMatch& a, const RuleMatch& b) { return a.begin < b.begin; });
  }
}

std::vector<RuleMatch> RuleSet::apply_within(std::string_view paragraph, const std::vector<Token>& tokens, size_t begin,
                                             size_t end) const {
  const std::string_view window = paragraph.substr(begin, end - begin);
  LineFilter line(window, required_strings_);
  filter(line);
  const std::vector<Compiled>& compiled = translated();
  std::erase_if(line.candidates, [&](int k) { return compiled[static_cast<size_t>(k)].rule->sentence_start; });
  if (line.candidates.empty()) return {};
  // The window's tokens, in its own offsets (the only ones a rule reads).
  std::vector<Token> own;
  for (auto it =
           std::lower_bound(tokens.begin(), tokens.end(), begin, [](const Token&t, size_t a) { return t.begin < a; });
       it != tokens.end() && it->end <= end; ++it) {
    own.push_back(*it);
    own.back().begin -= begin;
    own.back().end -= begin;
  }
  std::vector<RuleMatch> found = apply(Skeleton(window, own), own, line);
  for (RuleMatch& m : found) {
    m.begin += begin;
    m.end += begin;
    for (RuleMatch::Slot& slot : m.slots) {
      slot.begin += begin;
      slot.end += begin;
    }
  }
  return found;
}

// The rules whose required characters and strings the line has: those without anchor strings,
// and those the line's strings point to.
void RuleSet::filter(LineFilter& line) const {
  const std::vector<Compiled>& compiled = translated();
  std::vector<int>& candidates = line.candidates;
  auto consider = [&](int k) {
    if (compiled[static_cast<size_t>(k)].required.met_by(line.present, line.strings, 0)) candidates.push_back(k);
  };
  for (const int k : rules_without_anchor_) consider(k);
  for (const uint32_t id : line.strings.found()) {
    for (const int k : rules_by_string_[id]) consider(k);
  }
  std::sort(candidates.begin(), candidates.end());  // rule order; a rule two of its strings found is there twice
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
}

std::vector<RuleMatch> RuleSet::apply(const Skeleton& skeleton, const std::vector<Token>& tokens,
                                      LineFilter& line) const {
  std::vector<RuleMatch> found;
  const std::vector<Compiled>& compiled = translated();
  const std::string& text = skeleton.text();
  auto cuts_a_token = [&](size_t at) {
    auto it = std::upper_bound(tokens.begin(), tokens.end(), at,
                               [](size_t a, const Token& t) { return a < t.begin; });
    if (it == tokens.begin()) return false;
    --it;
    return at > it->begin && at < it->end;
  };
  // Line start (after a Markdown heading marker, "# "), or after a sentence's closing mark and
  // spaces (in paragraph offsets, which the skeleton maps to: the text between tokens is the
  // paragraph's own).
  const size_t line_start = text::heading_marker_length(text);
  auto starts_sentence = [&](size_t skeleton_at) {
    size_t k = skeleton_at;
    size_t len;
    while (k > line_start) {
      const char32_t cp = text::decode_before(text, k, len);
      if (is_space_or_marker(cp)) { k -= len; continue; }
      return ends_sentence(cp);
    }
    return true;
  };
  // The skeleton offsets where starts_sentence() holds, ascending (found when first needed).
  std::vector<size_t> sentence_start_offsets;
  bool sentence_starts_found = false;
  auto sentence_starts = [&]() -> const std::vector<size_t>& {
    if (!sentence_starts_found) {
      sentence_starts_found = true;
      bool at_start = true;  // what starts_sentence() says of the offset `k`
      for (size_t k = 0, len; k <= text.size(); k += len) {
        if (at_start) sentence_start_offsets.push_back(k);
        if (k == text.size()) break;
        const auto byte = static_cast<unsigned char>(text[k]);
        len = 1;
        const char32_t cp = byte < 0x80 ? byte : text::decode(text, k, len);
        if (is_space_or_marker(cp) || k < line_start) continue;
        at_start = ends_sentence(cp);
      }
    }
    return sentence_start_offsets;
  };
  // The spans taken so far (disjoint), begin -> end: an overlap is found in logarithmic time,
  // so a line of many rule matches stays linear.
  std::map<size_t, size_t> taken;
  auto overlaps = [&](size_t b, size_t e) {
    auto next = taken.lower_bound(b);
    if (next != taken.end() && next->first < e) return true;
    return next != taken.begin() && std::prev(next)->second > b;
  };
  const CharacterSet& present = line.present;
  StringOccurrences& strings = line.strings;
  std::vector<int>& candidates = line.candidates;
  std::vector<re2::StringPiece> groups;
  std::optional<ClauseCuts> cuts;       // the line's clause marks, found when a rule first needs them
  for (const int index : candidates) {  // in rule order
    const Compiled& c = compiled[static_cast<size_t>(index)];
    // The program is compiled when first searched: the filters below turn many rules away first.
    const Program* compiled_program = nullptr;
    auto re = [&]() -> const RE2& {
      if (compiled_program == nullptr) compiled_program = &program(c);
      return *compiled_program->re;
    };
    groups.assign(1, {});
    size_t start = 0;
    // After a match, the rest of the line may no longer hold what the rule requires.
    auto rest_may_match = [&](size_t from) {
      return c.required.met_by(present, strings, skeleton.source_offset(from));
    };
    // A pattern that starts with required text starts a match only in the markers right
    // before a place the line writes it (markers the pattern's leading markers take, so the
    // first of them if any): it is tried there, anchored, one place after another, which
    // finds the leftmost match as a search would, without reading the line past a failed try.
    const std::vector<std::string>& leading = c.required.leading();
    const std::vector<uint32_t>& leading_ids = c.required.leading_ids();  // looked up in `strings`
    auto leading_match_in = [&](size_t from, size_t end) {
      for (size_t after = skeleton.source_offset(from);; ++after) {
        size_t first = std::string_view::npos;
        for (const uint32_t id : leading_ids) first = std::min(first, strings.first_at(id, after));
        if (first == std::string_view::npos) return false;
        const size_t at = std::max(from, skeleton.skeleton_offset(first));
        if (at > end) return false;
        if (re().Match(text, at, end, RE2::ANCHOR_START, groups.data(), 1)) return true;
        after = first;
      }
    };
    // The next match from `from` up to `end`, its bounds in groups[0]. A rule that starts a
    // sentence is tried, anchored, only where a sentence starts: searched for anywhere, its
    // matches would be found all along the line, each then turned away.
    // First, whether the span holds the rule's required strings in their order: most spans that
    // hold them all, but not so, are turned away before RE2 reads them.
    auto match_in = [&](size_t from, size_t end) {
      if (!c.required.met_in_order_within(strings, skeleton.source_offset(from), skeleton.source_offset(end))) {
        return false;
      }
      if (!c.rule->sentence_start) {
        if (!leading.empty()) return leading_match_in(from, end);
        return re().Match(text, from, end, RE2::UNANCHORED, groups.data(), 1);
      }
      // One that starts with its text too is tried only where a sentence starts with that text
      // (after markers, which take no room in the paragraph).
      auto writes_leading_at = [&](size_t skeleton_at) {
        const std::string_view rest = skeleton.paragraph().substr(skeleton.source_offset(skeleton_at));
        return std::any_of(leading.begin(), leading.end(), [&](const std::string& s) { return rest.starts_with(s); });
      };
      const std::vector<size_t>& starts = sentence_starts();
      for (auto at = std::lower_bound(starts.begin(), starts.end(), from); at != starts.end() && *at <= end; ++at) {
        if (!leading.empty() && !writes_leading_at(*at)) continue;
        if (re().Match(text, *at, end, RE2::ANCHOR_START, groups.data(), 1)) return true;
      }
      return false;
    };
    // A rule that never matches some clause marks, and needs one of its anchor strings, has
    // every match inside a clause those marks bound that holds an anchor string: the next
    // such clause from `from` on, cut to start at `from` ({npos, npos}: none).
    const ClauseMarks marks = c.anchors->empty() ? 0 : clause_marks(c);
    const bool by_clause = marks != 0;
    if (by_clause && !cuts) cuts.emplace(text);
    auto next_clause = [&](size_t from) -> std::pair<size_t, size_t> {
      const size_t after = skeleton.source_offset(from);
      size_t first = std::string_view::npos;
      for (const uint32_t id : *c.anchors) first = std::min(first, strings.first_at(id, after));
      if (first == std::string_view::npos) return {first, first};
      const auto [begin, end] = cuts->clause_at(std::max(from, skeleton.skeleton_offset(first)), marks);
      return {std::max(begin, from), end};
    };
    // The next match from `from` on: the same as searching the rest of the line.
    auto next_match = [&](size_t from) {
      if (!by_clause) return match_in(from, text.size());
      while (from <= text.size()) {
        const auto [begin, end] = next_clause(from);
        if (begin == std::string_view::npos) return false;
        if (begin < end && match_in(begin, end)) return true;
        if (end >= text.size()) return false;
        from = cuts->after_mark(end);
      }
      return false;
    };
    while (start <= text.size() && next_match(start)) {
      const size_t mb = static_cast<size_t>(groups[0].data() - text.data());
      const size_t me = mb + groups[0].size();
      const size_t b = skeleton.source_offset(mb), e = skeleton.source_offset(me);
      if (e > b && !cuts_a_token(b) && !cuts_a_token(e) && !overlaps(b, e) &&
          (!c.rule->sentence_start || starts_sentence(mb))) {
        // The slots: RE2 finds a match's bounds with its DFAs alone, and its groups only with a
        // slower engine, so the groups are read only for a match the checks above keep, by
        // matching its span again anchored at both ends (the line around it still the context):
        // the first match of the pattern's order from `mb` is the first one that ends at `me`,
        // and the slower engine's tables grow with the text it is given, not the line's rest.
        const Program& p = program(c);
        const int n = p.re->NumberOfCapturingGroups() + 1;
        groups.resize(static_cast<size_t>(n));
        if (n > 1) p.re->Match(text, mb, me, RE2::ANCHOR_BOTH, groups.data(), n);
        RuleMatch m{c.rule, b, e, {}};
        for (const auto& [index, name] : p.groups) {
          const auto& g = groups[static_cast<size_t>(index)];
          if (g.data() == nullptr) continue;
          const size_t gb = static_cast<size_t>(g.data() - text.data());
          m.slots.push_back({name, skeleton.source_offset(gb), skeleton.source_offset(gb + g.size())});
        }
        const bool verbs_read = std::all_of(m.slots.begin(), m.slots.end(), [&](const RuleMatch::Slot& slot) {
          return std::find(c.verbs_before_de.begin(), c.verbs_before_de.end(), slot.name) == c.verbs_before_de.end() ||
                 reads_as_verb(tokens, slot.begin);
        });
        bool nouns_read = true;
        for (RuleMatch::Slot& slot : m.slots) {
          if (std::find(c.nouns_before_de.begin(), c.nouns_before_de.end(), slot.name) != c.nouns_before_de.end()) {
            nouns_read = nouns_read && reads_as_noun_before_de(tokens, skeleton.paragraph(), slot);
          }
        }
        if (verbs_read && nouns_read) {
          taken.emplace(b, e);
          found.push_back(std::move(m));
          if (me > mb && !rest_may_match(me)) break;
          start = me > mb ? me : mb + 1;
          continue;
        }
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
