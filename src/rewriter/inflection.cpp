// Noun senses, number and agreement of translated words, from their neighbours.
#include "rewriter/inflection.hpp"

#include <algorithm>
#include <iterator>
#include <array>
#include <cctype>

#include "text/english.hpp"

namespace termnorm::rewriter {
namespace {

using text::GrammaticalNumber;

// The most tokens a noun phrase is looked for in: look-ahead stays bounded, so long runs of
// Chinese tokens cost linear time.
constexpr size_t kLongestNounPhrase = 8;

bool is_chinese(const Token& t) { return t.entry->language == Language::zh; }

using text::lowercase;

// The text between token `i - 1` (or the line start) and token `i`.
std::string_view gap_before(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  const size_t from = i == 0 ? 0 : tokens[i - 1].end;
  return line.substr(from, tokens[i].begin - from);
}

// Tokens `i - 1` and `i` stand next to each other (nothing but spaces between).
bool touching(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  return i > 0 && gap_before(line, tokens, i).find_first_not_of(' ') == std::string_view::npos;
}

// The last `count` English words of `gap` (the text before a token) when it ends in English
// words and spaces ("It ", "a few "), lower case and joined by one space; empty otherwise.
std::string trailing_words(std::string_view gap, int count) {
  size_t end = gap.size();
  while (end > 0 && gap[end - 1] == ' ') --end;
  if (end == gap.size()) return {};  // no space: the token is glued to what precedes it
  std::string words;
  for (int k = 0; k < count; ++k) {
    size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(gap[begin - 1]))) --begin;
    if (begin == end || (k + 1 < count && begin == 0)) return k + 1 < count ? std::string() : words;
    words = lowercase(gap.substr(begin, end - begin)) + (words.empty() ? "" : " " + words);
    if (k + 1 < count) {
      if (begin == 0 || gap[begin - 1] != ' ') return {};
      end = begin - 1;
      while (end > 0 && gap[end - 1] == ' ') --end;
    }
  }
  return words;
}

// "a" or "an" and one or two English adjectives before a token ("a fatal 疾病", "a large new
// 试验"): singular. Not where the words name a quantity of something ("a number of", "a lot of").
GrammaticalNumber article_over_adjectives(std::string_view before) {
  static constexpr std::array<std::string_view, 16> kNotAdjectives = {
      "of", "and", "or", "with", "for", "in", "to", "lot", "number", "variety", "range", "series", "couple", "total",
      "majority", "few"};
  for (const int count : {2, 3}) {
    const std::string words = trailing_words(before, count);
    const size_t space = words.find(' ');
    if (space == std::string::npos || (words.substr(0, space) != "a" && words.substr(0, space) != "an")) continue;
    std::string_view rest = std::string_view(words).substr(space + 1);
    bool adjectives = true;
    while (!rest.empty()) {
      const size_t end = std::min(rest.find(' '), rest.size());
      adjectives = adjectives && std::find(kNotAdjectives.begin(), kNotAdjectives.end(), rest.substr(0, end)) == kNotAdjectives.end();
      rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    return adjectives ? GrammaticalNumber::singular : GrammaticalNumber::unknown;
  }
  return GrammaticalNumber::unknown;
}

size_t governed_noun(std::string_view line, const std::vector<Token>& tokens, size_t first);

// The noun a determiner before token `first` governs, also past an adverb that opens the run
// (the 最 of 最有效的方法 "the most effective approach"); npos when there is none.
size_t noun_after_determiner(std::string_view line, const std::vector<Token>& tokens, size_t first) {
  const size_t noun = governed_noun(line, tokens, first);
  if (noun != std::string::npos || tokens[first].matched_concept->pos != PartOfSpeech::adv ||
      first + 1 >= tokens.size() || !touching(line, tokens, first + 1)) {
    return noun;
  }
  return governed_noun(line, tokens, first + 1);
}

// The number an English determiner just before token `i` asks for ("a few", "two", "an"). A
// capital "A" is an article only where a sentence starts ("vitamin A" is not).
GrammaticalNumber english_determiner_before(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  const std::string_view before = line.substr(0, tokens[i].begin);
  const std::string_view written = before.substr(0, before.find_last_not_of(' ') + 1);
  for (const std::string_view capital : {std::string_view("A"), std::string_view("An")}) {
    if (written.size() < capital.size() || written.substr(written.size() - capital.size()) != capital) continue;
    const size_t at = written.size() - capital.size();
    if (at == 0 || line[at - 1] == ' ') {
      return text::sentence_starts_at(line, at) ? GrammaticalNumber::singular : GrammaticalNumber::unknown;
    }
  }
  // "one of (the)" picks one of many: "one of 最先进的应用" → "one of the most advanced
  // applications"; not before an English word other than "of" or "in", which the Chinese may
  // modify ("one of the 干细胞治疗 approaches").
  if (trailing_words(before, 3) == "one of the" || trailing_words(before, 2) == "one of") {
    const size_t noun = noun_after_determiner(line, tokens, i);
    if (noun == std::string::npos) return GrammaticalNumber::unknown;
    const size_t next = line.find_first_not_of(' ', tokens[noun].end);
    const bool word_follows = next != std::string::npos && std::isalpha(static_cast<unsigned char>(line[next])) &&
                              line.substr(next, 3) != "of " && line.substr(next, 3) != "in ";
    return word_follows ? GrammaticalNumber::unknown : GrammaticalNumber::plural;
  }
  // An ordinal before a superlative ranks one thing: "the second most common 疾病", "the third
  // largest 原因".
  for (const int count : {3, 2}) {
    const std::string words = trailing_words(before, count);
    const size_t space = words.find(' ');
    if (space != std::string::npos && text::is_ordinal(words.substr(0, space)) &&
        text::is_superlative(words.substr(space + 1))) {
      return GrammaticalNumber::singular;
    }
  }
  const GrammaticalNumber two = text::number_asked_by(trailing_words(before, 2));
  if (two != GrammaticalNumber::unknown) return two;
  const GrammaticalNumber one = text::number_asked_by(trailing_words(before, 1));
  if (one != GrammaticalNumber::unknown) return one;
  return article_over_adjectives(before);
}

// A run of Arabic digits just before token `i` ("3种方法"): plural unless it is 1.
GrammaticalNumber digits_before(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  std::string_view gap = gap_before(line, tokens, i);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  size_t begin = gap.size();
  while (begin > 0 && std::isdigit(static_cast<unsigned char>(gap[begin - 1]))) --begin;
  if (begin == gap.size() || (begin > 0 && (std::isalnum(static_cast<unsigned char>(gap[begin - 1])) || gap[begin - 1] == '.'))) {
    return GrammaticalNumber::unknown;
  }
  return gap.substr(begin) == "1" ? GrammaticalNumber::singular : GrammaticalNumber::plural;
}

bool is_measure_word(const Token& t) {
  return t.matched_concept->pos == PartOfSpeech::mw && t.matched_concept->en.term.empty();
}

bool is_noun(const Token& t) {
  return t.token_class == TokenClass::nominal && t.matched_concept->pos == PartOfSpeech::noun;
}

// The rule span that starts at or before `at` and is the last to do so (the spans are sorted
// and disjoint, so no other can hold `at`); end() when none starts there. Found by binary
// search: a line of many rule matches must not cost a pass over all of them per token.
std::vector<std::pair<size_t, size_t>>::const_iterator rule_span_from(
    size_t at, const std::vector<std::pair<size_t, size_t>>& rule_spans) {
  auto next = std::upper_bound(rule_spans.begin(), rule_spans.end(), at,
                               [](size_t a, const std::pair<size_t, size_t>& span) { return a < span.first; });
  return next == rule_spans.begin() ? rule_spans.end() : std::prev(next);
}

// Whether token `t` lies inside a span a construction rule rewrites: the rule's template writes
// the words around it.
bool inside_rule(const Token& t, const std::vector<std::pair<size_t, size_t>>& rule_spans) {
  const auto span = rule_span_from(t.begin, rule_spans);
  return span != rule_spans.end() && t.end <= span->second;
}

// Whether token `i` comes right after a modal: a Chinese verb whose English ends in one (可以
// "can"), or the English word before it.
constexpr std::array<std::string_view, 9> kModals = {"can",    "could", "may",   "might", "must",
                                                     "should", "will",  "would", "cannot"};

// Whether one of the words of `english` is a modal ("can no longer").
bool holds_modal(std::string_view english) {
  const std::string lower = lowercase(english);
  std::string_view rest = lower;
  while (!rest.empty()) {
    const size_t end = std::min(rest.find(' '), rest.size());
    if (std::find(kModals.begin(), kModals.end(), rest.substr(0, end)) != kModals.end()) return true;
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return false;
}

bool after_modal(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  const std::string before = touching(line, tokens, i) && is_chinese(tokens[i - 1])
                                 ? (tokens[i - 1].token_class == TokenClass::verb
                                        ? text::last_word_lowercase(tokens[i - 1].matched_concept->en.term)
                                        : std::string())
                                 : trailing_words(line.substr(0, tokens[i].begin), 1);
  return std::find(kModals.begin(), kModals.end(), before) != kModals.end();
}

// A Chinese possessive pronoun (其 "its", 他们的 "their"): it opens a noun phrase.
bool is_possessive(const Token& t) {
  return is_chinese(t) && t.matched_concept->pos == PartOfSpeech::pron &&
         text::is_determiner(lowercase(t.matched_concept->en.term));
}

// A Chinese determiner or number word, and the number its English asks for.
GrammaticalNumber chinese_determiner(const Token& t) {
  const PartOfSpeech pos = t.matched_concept->pos;
  if (!is_chinese(t) || (pos != PartOfSpeech::det && pos != PartOfSpeech::num)) return GrammaticalNumber::unknown;
  // 该 ("the") points at one thing, as 这 does: 该患者 "the patient"; so does 同一 ("the same
  // one"): 同一患者 "the same patient".
  if (t.entry->form == "该" || t.entry->form == "同一") return GrammaticalNumber::singular;
  return text::number_asked_by(lowercase(t.matched_concept->en.term));
}

// Whether token `j` is Chinese and written right after the token before it.
bool touching_chinese(std::string_view line, const std::vector<Token>& tokens, size_t j) {
  return j < tokens.size() && touching(line, tokens, j) && is_chinese(tokens[j]);
}

// The 的 that closes a relative clause opened by verb token `verb`: the verb, its object
// (Chinese nouns), 的, then the noun the clause describes (一种[治疗糖尿病的]药物 "a drug treating
// diabetes"); npos when `verb` opens none.
size_t relative_clause_de(std::string_view line, const std::vector<Token>& tokens, size_t verb) {
  size_t j = verb + 1;
  while (touching_chinese(line, tokens, j) && tokens[j].token_class == TokenClass::nominal) ++j;
  const bool closed =
      j > verb + 1 && touching_chinese(line, tokens, j) && tokens[j].matched_concept->pos == PartOfSpeech::part &&
      text_of(line, tokens[j]) == "的" && touching_chinese(line, tokens, j + 1) &&
      (tokens[j + 1].token_class == TokenClass::nominal || tokens[j + 1].token_class == TokenClass::adjective);
  return closed ? j : std::string::npos;
}

// From token `first` on, the last noun of the run of measure words, adjectives and nouns that
// a determiner governs, past a relative clause inside it; npos when the run holds no noun.
size_t governed_noun(std::string_view line, const std::vector<Token>& tokens, size_t first) {
  size_t noun = std::string::npos;
  for (size_t j = first; j < tokens.size() && j < first + kLongestNounPhrase; ++j) {
    if (j > first && !touching(line, tokens, j)) break;
    const Token& t = tokens[j];
    if (!is_chinese(t)) break;
    if (is_noun(t)) {
      noun = j;
    } else if (t.matched_concept->en.term.ends_with("-year-old")) {
      continue;  // an age modifies the noun after it (一名7岁男孩 "one 7-year-old boy")
    } else if (t.token_class == TokenClass::verb && noun == std::string::npos) {
      const size_t de = relative_clause_de(line, tokens, j);
      if (de == std::string::npos) break;
      j = de;  // the noun after the clause's 的 is the one governed
    } else if (!is_measure_word(t) && t.matched_concept->pos != PartOfSpeech::adj) {
      break;
    }
  }
  return noun;
}

bool ends_clause(std::string_view gap) {
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  if (gap.empty()) return true;
  static constexpr std::array<std::string_view, 10> kMarks = {",", ".", ";", ":", "!", "?", "，", "。", "；", "："};
  return std::any_of(kMarks.begin(), kMarks.end(), [&](std::string_view m) {
    return gap.size() >= m.size() && gap.substr(gap.size() - m.size()) == m;
  });
}

// `gap` (the text before a noun phrase) ends a clause, or opens one with an English determiner
// ("These 细胞是" → "These cells are").
bool opens_clause_after_determiner(std::string_view gap) {
  if (ends_clause(gap)) return true;
  std::string_view text = gap;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() == gap.size()) return false;  // glued to a word
  size_t begin = text.size();
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  const std::string word = lowercase(text.substr(begin));
  const bool determiner = text::is_determiner(word) || text::number_asked_by(word) != GrammaticalNumber::unknown;
  return determiner && word != "which" && word != "whose" && word != "that" && ends_clause(text.substr(0, begin));
}

// A verb that takes a clause as its object (发现 "find", 认为 "believe", 表明 "show"): the noun
// phrase right after it is that clause's subject ("found that this drug is effective").
bool takes_clause(const Token& t) {
  if (t.token_class != TokenClass::verb || t.matched_concept == nullptr) return false;
  static constexpr std::array<std::string_view, 12> kClauseVerbs = {"find",     "believe", "think",   "show",
                                                                    "indicate", "suggest", "confirm", "reveal",
                                                                    "prove",    "know",    "report",  "demonstrate"};
  const std::string_view term = t.matched_concept->en.term;
  const std::string verb = lowercase(term.substr(0, term.find(' ')));
  return std::find(kClauseVerbs.begin(), kClauseVerbs.end(), verb) != kClauseVerbs.end();
}

// A reporting phrase that ends in its verb or in "that" (研究发现 "studies have shown", 结果显示
// "the results showed that"): the noun phrase right after it is the reported clause's subject.
bool reports_clause(const Token& t) {
  if (t.matched_concept == nullptr || t.matched_concept->kind != ConceptKind::phrase) return false;
  static constexpr std::array<std::string_view, 10> kReportingEnds = {
      " that", " shown", " show", " shows", " showed", " found", " suggest", " suggests", " indicate", " indicates"};
  const std::string_view term = t.matched_concept->en.term;
  return std::any_of(kReportingEnds.begin(), kReportingEnds.end(),
                     [&](std::string_view end) { return term.ends_with(end); });
}

}  // namespace

GrammaticalNumber pronoun_subject_before(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  size_t k = i;
  while (k > 0 && touching(line, tokens, k) && is_chinese(tokens[k - 1]) &&
         tokens[k - 1].matched_concept->pos == PartOfSpeech::adv) {
    --k;
  }
  if (k == 0 || !touching(line, tokens, k) || !is_chinese(tokens[k - 1])) return GrammaticalNumber::unknown;
  const Token& subject = tokens[k - 1];
  const std::string english = lowercase(subject.matched_concept->en.term);
  if (subject.matched_concept->pos == PartOfSpeech::pron) {
    if (english == "he" || english == "she" || english == "it") return GrammaticalNumber::singular;
    if (english == "they" || english == "we" || english == "i" || english == "you") return GrammaticalNumber::plural;
    return GrammaticalNumber::unknown;
  }
  // A demonstrative alone, opening its clause, stands for a noun (这使 "this makes"); 这种 "this
  // kind of" and 这个 "this one" ask for a noun.
  const std::string_view written = text_of(line, subject);
  if ((written != "这" && written != "此" && written != "这些") || touching(line, tokens, k - 1) ||
      !opens_clause_after_determiner(gap_before(line, tokens, k - 1))) {
    return GrammaticalNumber::unknown;
  }
  if (english == "this") return GrammaticalNumber::singular;
  if (english == "these") return GrammaticalNumber::plural;
  return GrammaticalNumber::unknown;
}

namespace {

// Whether the head of the noun phrase of tokens [first, last] is nouns joined by "and"
// (心率、血压和体温 "heart rate, blood pressure and body temperature"); an "and" before a 的
// joins what the head is "of" (患者和家属的生活质量: one quality of life).
bool head_joined_by_and(std::string_view line, const std::vector<Token>& tokens, size_t first, size_t last) {
  for (size_t j = last; j > first; --j) {
    const Token& t = tokens[j - 1];
    const std::string_view between = line.substr(t.end, tokens[j].begin - t.end);
    if (between.find("的") != std::string_view::npos || t.entry->form == "的") return false;
    if (is_chinese(t) && t.matched_concept->pos == PartOfSpeech::conj && t.matched_concept->en.term == "and") {
      return j >= 2 && tokens[j - 2].token_class == TokenClass::nominal;  // not "and" between clauses
    }
  }
  return false;
}

// Words for an earlier time that stand as Y of 比Y though they are no noun (比以前高 "higher than before").
bool is_earlier_time(std::string_view word) { return word == "以前" || word == "之前" || word == "过去"; }

// Whether adjective `adjective` says what 比Y compares (比药物安全 "safer than drugs", 比对照组
//恢复得快 "recover faster", 比以前高 "higher than before"): 比 before it over a noun phrase or a
// word for an earlier time, a verb and 得; not after 更 or 较, which the rules write "more".
bool compared_by_bi(std::string_view line, const std::vector<Token>& tokens, size_t adjective) {
  // An adjective before a noun is part of Y (比传统手术简单), not what is compared.
  if (adjective + 1 < tokens.size() && touching(line, tokens, adjective + 1) &&
      (tokens[adjective + 1].token_class == TokenClass::nominal || tokens[adjective + 1].token_class == TokenClass::adjective)) {
    return false;
  }
  size_t j = adjective;
  if (j > 0 && touching(line, tokens, j)) {
    const std::string_view before = text_of(line, tokens[j - 1]);
    if (before == "更" || before == "更加" || before == "较" || before == "比较") return false;
  }
  while (j > 0 && is_chinese(tokens[j - 1])) {
    const std::string_view gap = gap_before(line, tokens, j);
    if (!gap.empty() && gap != "得") return false;
    if (text_of(line, tokens[j - 1]) == "比") return true;
    const TokenClass c = tokens[j - 1].token_class;
    if (c != TokenClass::nominal && c != TokenClass::adjective && c != TokenClass::determiner &&
        c != TokenClass::verb && text_of(line, tokens[j - 1]) != "得" &&
        !is_earlier_time(text_of(line, tokens[j - 1]))) {
      return false;
    }
    --j;
  }
  return false;
}

// Whether a predicate the termbase calls an adjective opens with a verb in the present
// ("requires further study", "remains unclear"), so it needs no copula.
bool opens_with_finite_verb(std::string_view english) {
  const std::string_view first = english.substr(0, english.find(' '));
  return first.size() > 3 && first != english && first.back() == 's' && !first.ends_with("ss") &&
         !first.ends_with("us") && !first.ends_with("is");
}

// Whether an adjective before a verb reads as its adverb: one plain word, not one that takes a
// "to" after it ("difficult to", "likely to").
bool takes_adverb_form(std::string_view adjective) {
  static constexpr std::array<std::string_view, 14> kBeforeTo = {
      "difficult", "hard",   "easy",      "possible", "impossible", "likely", "unlikely",
      "able",      "unable", "necessary", "ready",    "willing",    "sure",   "certain"};
  return adjective.find(' ') == std::string_view::npos &&
         std::find(kBeforeTo.begin(), kBeforeTo.end(), adjective) == kBeforeTo.end() &&
         text::adverb_of(adjective) != adjective;
}

// The number of an English subject that ends `before` (the text before a Chinese verb): a
// determiner and one or two words that open a clause, or follow a conjunction that opens one
// ("The disease 主要影响" → "The disease mainly affects"); unknown otherwise.
GrammaticalNumber english_subject_number(std::string_view before) {
  static constexpr std::array<std::string_view, 9> kClauseOpeners = {"and",      "but", "because", "while",  "when",
                                                                     "although", "if",  "so",      "whereas"};
  std::string_view text = before;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() == before.size()) return GrammaticalNumber::unknown;  // glued to a word
  std::vector<std::string> words;                                       // the last words, last first
  size_t end = text.size();
  for (int count = 0; count < 3; ++count) {
    size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    if (begin == end) return GrammaticalNumber::unknown;
    std::string word = lowercase(text.substr(begin, end - begin));
    // An adverb between the subject and the verb ("the disease also") is passed over.
    if (words.empty() && text::is_adverb_before_verb(word) && begin > 0 && text[begin - 1] == ' ') {
      end = begin - 1;
      --count;
      continue;
    }
    // A modal or an auxiliary before the verb ("may", "does not"): it, not the verb, agrees.
    static constexpr std::array<std::string_view, 12> kAuxiliaries = {"do",   "does", "did", "is",   "are", "was",
                                                                      "were", "be",   "has", "have", "had", "to"};
    if (words.empty() && (std::find(kModals.begin(), kModals.end(), word) != kModals.end() ||
                          std::find(kAuxiliaries.begin(), kAuxiliaries.end(), word) != kAuxiliaries.end())) {
      return GrammaticalNumber::unknown;
    }
    words.push_back(std::move(word));
    const std::string_view prefix = text.substr(0, begin);
    if (count > 0 &&
        (text::is_determiner(words.back()) || text::number_asked_by(words.back()) != GrammaticalNumber::unknown)) {
      const std::string opener = trailing_words(prefix, 1);
      const bool opens_clause = ends_clause(prefix) ||
                                std::find(kClauseOpeners.begin(), kClauseOpeners.end(), opener) != kClauseOpeners.end();
      const std::string& determiner = words.back();
      if (!opens_clause || determiner == "which" || determiner == "whose" || determiner == "that") {
        return GrammaticalNumber::unknown;
      }
      const GrammaticalNumber asked = text::number_asked_by(determiner);
      if (asked != GrammaticalNumber::unknown) return asked;
      return text::reads_singular(words.front()) ? GrammaticalNumber::singular : GrammaticalNumber::plural;
    }
    if (begin == 0 || text[begin - 1] != ' ') return GrammaticalNumber::unknown;
    end = begin - 1;
  }
  return GrammaticalNumber::unknown;
}

// The number of the subject just before token `next` (past adverbs): a pronoun (English or
// Chinese), or a noun phrase that opens its clause (after a clause's mark or a conjunction
// such as 但) and holds no conjunction; unknown when there is none.
GrammaticalNumber subject_number(std::string_view line, const std::vector<Token>& tokens,
                                 const std::vector<Inflection>& inflections,
                                 const std::vector<std::pair<size_t, size_t>>& rule_spans, size_t next) {
  size_t k = next;
  // 会 before a verb, which the rules drop (the verb then agrees): "will" as a lexicon verb.
  if (k > 0 && touching(line, tokens, k) && is_chinese(tokens[k - 1]) && tokens[k].token_class == TokenClass::verb &&
      tokens[k - 1].token_class == TokenClass::verb && tokens[k - 1].matched_concept->en.term == "will") {
    --k;
  }
  auto noun_phrase_part = [](const Token& t) {
    return t.token_class == TokenClass::nominal || t.token_class == TokenClass::adjective ||
           t.token_class == TokenClass::determiner;
  };
  // 比 and what is compared with stand between the subject and its verb (伤口比对照组愈合得更快);
  // before an adjective, the comparative rules write the copula.
  size_t compared = tokens[k].token_class == TokenClass::verb ? k : 0;
  while (compared > 0 && touching(line, tokens, compared) && is_chinese(tokens[compared - 1]) &&
         noun_phrase_part(tokens[compared - 1])) {
    --compared;
  }
  if (compared > 1 && compared < k && touching(line, tokens, compared) && text_of(line, tokens[compared - 1]) == "比") {
    k = compared - 1;
  }
  while (k > 0 && touching(line, tokens, k) && is_chinese(tokens[k - 1]) &&
         tokens[k - 1].matched_concept->pos == PartOfSpeech::adv) {
    --k;
  }
  auto pronoun = [](std::string_view w) {
    if (w == "it" || w == "he" || w == "she") return GrammaticalNumber::singular;
    if (w == "they" || w == "we") return GrammaticalNumber::plural;
    return GrammaticalNumber::unknown;
  };
  if (k == 0 || !touching(line, tokens, k) || !is_chinese(tokens[k - 1])) {  // an English subject, or none
    const std::string_view before = line.substr(0, tokens[k].begin);
    // A modal among the adverbs (无法再 "can no longer"): the verb takes no agreement.
    for (size_t j = k; j < next; ++j) {
      if (is_chinese(tokens[j]) && holds_modal(tokens[j].matched_concept->en.term)) return GrammaticalNumber::unknown;
    }
    const GrammaticalNumber by_pronoun = pronoun(trailing_words(before, 1));
    return by_pronoun != GrammaticalNumber::unknown ? by_pronoun : english_subject_number(before);
  }
  const Token& subject = tokens[k - 1];
  // A pronoun, or a demonstrative that stands for a noun before a verb (a verb after 这种 "this
  // kind of" modifies its noun).
  if (const GrammaticalNumber by_pronoun = pronoun_subject_before(line, tokens, k);
      by_pronoun != GrammaticalNumber::unknown &&
      (subject.matched_concept->pos == PartOfSpeech::pron || tokens[next].token_class == TokenClass::verb)) {
    return by_pronoun;
  }
  if (!is_noun(subject)) return GrammaticalNumber::unknown;
  size_t first = k - 1;
  while (first > 0 && touching(line, tokens, first) && noun_phrase_part(tokens[first - 1])) {
    --first;
  }
  // A possessive opens the noun phrase (其机制 "its mechanisms").
  if (first > 0 && touching(line, tokens, first) && is_possessive(tokens[first - 1])) --first;
  // A rule's output that ends in the subject ("the amount of X") is one noun phrase: it opens
  // where the rule's span does.
  if (const auto span = rule_span_from(subject.begin, rule_spans);
      span != rule_spans.end() && span->second == subject.end) {
    while (first > 0 && tokens[first - 1].begin >= span->first) --first;
  }
  const bool after_conjunction = first > 0 && touching(line, tokens, first) && is_chinese(tokens[first - 1]) &&
                                 tokens[first - 1].matched_concept->pos == PartOfSpeech::conj;
  const bool after_clause_verb = first > 0 && touching(line, tokens, first) && is_chinese(tokens[first - 1]) &&
                                 (takes_clause(tokens[first - 1]) || reports_clause(tokens[first - 1]));
  if (!after_conjunction && !after_clause_verb &&
      ((first > 0 && touching(line, tokens, first)) ||
       !opens_clause_after_determiner(gap_before(line, tokens, first)))) {
    return GrammaticalNumber::unknown;
  }
  if (head_joined_by_and(line, tokens, after_conjunction ? first - 1 : first, k - 1)) return GrammaticalNumber::plural;
  const std::string english = inflect(subject.matched_concept->en.term, inflections[k - 1]);
  if (english.empty()) return GrammaticalNumber::unknown;
  return text::reads_singular(english) ? GrammaticalNumber::singular : GrammaticalNumber::plural;
}

// A Chinese verb right after an English preposition takes its -ing form ("by 抑制" → "by
// suppressing").
bool after_english_preposition(std::string_view line, const std::vector<Token>& tokens, size_t verb) {
  if (touching(line, tokens, verb) && is_chinese(tokens[verb - 1])) return false;
  static constexpr std::array<std::string_view, 13> kPrepositions = {
      "by", "of", "for", "in", "without", "after", "before", "from", "about", "on", "through", "despite", "besides"};
  const std::string word = trailing_words(line.substr(0, tokens[verb].begin), 1);
  return std::find(kPrepositions.begin(), kPrepositions.end(), word) != kPrepositions.end();
}

// A Chinese clause that opens with a verb and runs into an English verb is that verb's subject:
// a gerund ("采集骨髓 can hurt" → "harvesting bone marrow can hurt").
bool subject_of_english_verb(std::string_view line, const std::vector<Token>& tokens, size_t verb) {
  if ((verb > 0 && touching(line, tokens, verb)) || !ends_clause(gap_before(line, tokens, verb))) return false;
  size_t last = verb;
  while (last + 1 < tokens.size() && touching(line, tokens, last + 1) && is_chinese(tokens[last + 1])) ++last;
  const size_t to = last + 1 < tokens.size() ? tokens[last + 1].begin : line.size();
  std::string_view after = line.substr(tokens[last].end, to - tokens[last].end);
  if (after.empty() || after[0] != ' ') return false;
  after.remove_prefix(after.find_first_not_of(' ') == std::string_view::npos ? after.size() : after.find_first_not_of(' '));
  size_t end = 0;
  while (end < after.size() && std::isalpha(static_cast<unsigned char>(after[end]))) ++end;
  static constexpr std::array<std::string_view, 13> kVerbs = {
      "can", "may", "might", "could", "should", "must", "will", "would", "is", "was", "has", "remains", "requires"};
  const std::string word = lowercase(after.substr(0, end));
  return std::find(kVerbs.begin(), kVerbs.end(), word) != kVerbs.end();
}

// The number an English verb right after Chinese token `last` asks of it, when the Chinese run
// that ends there is a noun phrase (nouns, adjectives, determiners) headed by a noun that opens
// its clause: "are",
// "were", "have" ask plural; "is", "was", "has" singular ("干细胞注射 are" → "stem cell
// injections are").
GrammaticalNumber number_asked_by_english_verb(std::string_view line, const std::vector<Token>& tokens, size_t last) {
  if (!is_noun(tokens[last]) || (last + 1 < tokens.size() && touching(line, tokens, last + 1) && is_chinese(tokens[last + 1]))) {
    return GrammaticalNumber::unknown;
  }
  size_t first = last;
  for (; first > 0 && touching(line, tokens, first) && is_chinese(tokens[first - 1]); --first) {
    const TokenClass c = tokens[first - 1].token_class;
    if (is_possessive(tokens[first - 1])) {
      --first;
      break;
    }
    if (c != TokenClass::nominal && c != TokenClass::adjective && c != TokenClass::determiner) return GrammaticalNumber::unknown;
  }
  // The verb's subject opens its clause; a noun phrase after a preposition is not it.
  if (!opens_clause_after_determiner(gap_before(line, tokens, first))) return GrammaticalNumber::unknown;
  const size_t to = last + 1 < tokens.size() ? tokens[last + 1].begin : line.size();
  std::string_view after = line.substr(tokens[last].end, to - tokens[last].end);
  if (after.empty() || after[0] != ' ') return GrammaticalNumber::unknown;
  after.remove_prefix(1);
  size_t end = 0;
  while (end < after.size() && std::isalpha(static_cast<unsigned char>(after[end]))) ++end;
  const std::string word(after.substr(0, end));
  if (word == "are" || word == "were" || word == "have") return GrammaticalNumber::plural;
  if (word == "is" || word == "was" || word == "has") return GrammaticalNumber::singular;
  return GrammaticalNumber::unknown;
}

// A heading that opens with a verb names an activity: English writes it with -ing ("联合细胞
//和基因疗法" → "Combining Cell and Gene Therapies"); a question keeps its verb.
bool opens_statement_heading(std::string_view line, const std::vector<Token>& tokens, size_t verb) {
  if (line.substr(0, tokens[verb].begin).find_first_not_of(' ') != std::string_view::npos) return false;
  const size_t last = line.find_last_not_of(" \t\r");
  if (last == std::string_view::npos) return true;
  return line[last] != '?' && !(last >= 2 && line.substr(last - 2, 3) == "？");
}

// A verb whose noun sense is a procedure, after a procedure and before a disease, in a heading
// or in a Chinese run that an English verb follows (a noun phrase, not a clause).
bool procedure_for_disease(std::string_view line, const std::vector<Token>& tokens, const NounSenses& noun_senses,
                           size_t verb, bool heading) {
  const Concept* noun = noun_senses.of(*tokens[verb].matched_concept);
  if (noun == nullptr || noun->domain != "procedures" || verb + 1 >= tokens.size()) return false;
  if (!touching(line, tokens, verb) || !touching(line, tokens, verb + 1)) return false;
  const Token& before = tokens[verb - 1];
  const Token& after = tokens[verb + 1];
  if (!is_chinese(before) || !is_chinese(after) || before.matched_concept->domain != "procedures" ||
      after.matched_concept->domain != "diseases") {
    return false;
  }
  if (heading) return true;
  // The disease's noun phrase is short; a longer run is a clause (and is not read on).
  size_t last = verb + 1;
  while (last + 1 < tokens.size() && touching(line, tokens, last + 1) && is_chinese(tokens[last + 1])) {
    if (++last > verb + kLongestNounPhrase) return false;
  }
  const size_t to = last + 1 < tokens.size() ? tokens[last + 1].begin : line.size();
  const std::string_view after_run = line.substr(tokens[last].end, to - tokens[last].end);
  const bool english_follows = after_run.size() > 1 && after_run[0] == ' ' && std::isalpha(static_cast<unsigned char>(after_run[1]));
  return english_follows;
}

// A verb's English that is a light verb and its object ("undergo surgery", "receive treatment",
// "have check-ups"): the subject does it, so it has no passive.
bool holds_its_object(std::string_view english_verb) {
  static constexpr std::array<std::string_view, 5> kLightVerbs = {"undergo ", "receive ", "have ", "take ", "get "};
  return std::any_of(kLightVerbs.begin(), kLightVerbs.end(),
                     [&](std::string_view light) { return english_verb.substr(0, light.size()) == light; });
}

// An adjective that ends its clause ("很安全." "稀缺, ") is a predicate.
bool ends_its_clause(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  const size_t to = i + 1 < tokens.size() ? tokens[i + 1].begin : line.size();
  const std::string_view after = line.substr(tokens[i].end, to - tokens[i].end);
  const size_t visible = after.find_first_not_of(' ');
  if (visible == std::string_view::npos) return i + 1 == tokens.size();
  static constexpr std::array<std::string_view, 12> kMarks = {",", ".", ";", ":", "!", "?", "，", "。", "；", "：", "！", "？"};
  return std::any_of(kMarks.begin(), kMarks.end(), [&](std::string_view m) { return after.substr(visible, m.size()) == m; });
}

// Whether token `i` tells what its subject did: right after a noun or a pronoun (past Chinese
// adverbs) and before a 了 that ends the clause (症状改善了 "the symptoms improved"), or before
// the aspect marker 了 or 过 and its object (我们讨论了这个问题 "we discussed the issue", 症状改善了
// 30% "the symptoms improved 30%"), not a verb (治疗了以后).
bool narrates_past(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  if (i + 1 >= tokens.size() || !touching(line, tokens, i + 1)) return false;
  const std::string_view aspect = text_of(line, tokens[i + 1]);
  const bool closes_clause = aspect == "了" && ends_its_clause(line, tokens, i + 1);
  const bool before_object = (aspect == "了" || aspect == "过") && touching_chinese(line, tokens, i + 2) &&
                             tokens[i + 2].token_class != TokenClass::verb;
  const size_t object = tokens[i + 1].end;
  const bool before_number = aspect == "了" && object < line.size() && line[object] >= '0' && line[object] <= '9';
  if (!closes_clause && !before_object && !before_number) return false;
  size_t k = i;
  while (k > 0 && touching(line, tokens, k) && is_chinese(tokens[k - 1]) &&
         tokens[k - 1].matched_concept->pos == PartOfSpeech::adv) {
    --k;
  }
  return k > 0 && touching(line, tokens, k) && is_chinese(tokens[k - 1]) &&
         (is_noun(tokens[k - 1]) || tokens[k - 1].matched_concept->pos == PartOfSpeech::pron);
}

// A verb an adjective after it describes the subject of ("become", "remain stable", "make"),
// rather than the manner of.
bool is_linking_verb(std::string_view english) {
  static constexpr std::array<std::string_view, 16> kLinking = {
      "be",    "is",   "are",  "become", "becomes", "remain", "remains", "seem",
      "seems", "look", "feel", "get",    "turn",    "stay",   "keep",    "make"};
  std::string_view verb = english.substr(0, english.find(' '));
  return std::find(kLinking.begin(), kLinking.end(), lowercase(verb)) != kLinking.end() ||
         std::find(kLinking.begin(), kLinking.end(), text::singularize(lowercase(verb))) != kLinking.end();
}

// Token `i` opens a superlative noun phrase: a superlative adjective ("most common", "best",
// "largest"), or 最 before an adjective, and a noun right after it.
bool opens_superlative(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  size_t adjective = i;
  const Concept& c = *tokens[i].matched_concept;
  if (c.pos == PartOfSpeech::adv && c.en.term == "most") ++adjective;
  if (adjective + 1 >= tokens.size() || (adjective != i && !touching(line, tokens, adjective))) return false;
  const Concept& a = *tokens[adjective].matched_concept;
  if (a.pos != PartOfSpeech::adj || !is_chinese(tokens[adjective])) return false;
  if (adjective == i && !text::is_superlative(a.en.term)) return false;
  return touching(line, tokens, adjective + 1) && is_chinese(tokens[adjective + 1]) && is_noun(tokens[adjective + 1]);
}

// A verb whose object is an action named by a noun: a verb with the perfective 了 (接受了,
// 进行了), 接受, or one of undergo, need, require, start, stop, continue, complete ("需要治疗"
// → "need treatment"; but "可以治疗" → "can treat").
bool takes_action_object(std::string_view line, const Token& verb) {
  const std::string_view written = text_of(line, verb);
  if (written.size() > 3 && written.substr(written.size() - 3) == "了") return true;
  // 接受 takes what is done to the subject (接受动员 "receive mobilization"); 受到 is left to the
  // passive rules.
  if (written.starts_with("接受")) return true;
  std::string_view english = verb.matched_concept->en.term;
  // Past the adverbs before the verb ("still needs").
  while (english.find(' ') != std::string_view::npos &&
         text::is_adverb_before_verb(lowercase(english.substr(0, english.find(' '))))) {
    english.remove_prefix(english.find(' ') + 1);
  }
  const std::string first = lowercase(english.substr(0, english.find(' ')));
  // Not "receive": 受到 (the passive's "receive") takes a verb (受到影响 "be affected"). 进行
  // "carry out" takes the noun sense (进行评估 "carry out assessment").
  static constexpr std::array<std::string_view, 16> kActionObject = {
      "undergo", "underwent", "need",     "needs",     "require", "requires", "start", "begin",
      "stop",    "continue",  "complete", "completed", "refuse",  "delay",    "carry", "perform"};
  return std::find(kActionObject.begin(), kActionObject.end(), first) != kActionObject.end();
}

// Token `verb` is 进行(了) after 对 and its object (对患者进行了评估): what follows is the deed done
// to that object, which English writes as the verb itself ("assessed the patients").
bool ends_dui_object(std::string_view line, const std::vector<Token>& tokens, size_t verb) {
  if (verb < 2 || (text_of(line, tokens[verb]) != "进行了" && text_of(line, tokens[verb]) != "进行")) return false;
  size_t first = verb;
  while (first > 0 && touching(line, tokens, first) && is_chinese(tokens[first - 1]) && is_noun(tokens[first - 1])) {
    --first;
  }
  const size_t begin = tokens[first].begin;
  return first < verb && begin >= 3 && line.substr(begin - 3, 3) == "对";
}

// A term of the molecules domain written as one singular word names a drug or a substance
// (pamidronate, insulin, collagen), which English does not count; the countable molecules are
// written in the plural (growth factors, cytokines) or as more than one word.
bool names_a_substance(const Concept& c) {
  const std::string& english = c.en.term;
  return c.kind == ConceptKind::term && c.domain == "molecules" && !english.empty() &&
         english.find_first_of(" -") == std::string::npos && english.back() != 's' &&
         std::all_of(english.begin(), english.end(),
                     [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
}

// Token `first` opens a sentence with a noun phrase of Chinese adjectives and nouns (的 between
// them allowed) that no determiner opens and no rule rewrites, headed by a singular countable
// noun of the general vocabulary, and a verb follows it: English puts "the" before such a
// subject ("标准方法 is ..." → "The standard approach is ...", 未来的目标 → "The future goal").
// A noun sense of a verb (治疗 "treatment") names an activity and stays bare.
bool opens_sentence_with_bare_singular(std::string_view line, const std::vector<Token>& tokens, size_t first,
                                       const std::vector<Inflection>& inflections,
                                       const std::vector<std::pair<size_t, size_t>>& rule_spans) {
  if (!is_chinese(tokens[first]) || !text::sentence_starts_at(line, tokens[first].begin)) return false;
  size_t head = std::string::npos;
  size_t j = first;
  for (; j < tokens.size() && j < first + kLongestNounPhrase && (j == first || touching_chinese(line, tokens, j));
       ++j) {
    const Token& t = tokens[j];
    const PartOfSpeech pos = t.matched_concept->pos;
    if (is_noun(t)) {
      head = j;
    } else if (pos != PartOfSpeech::adj &&
               !(pos == PartOfSpeech::part && t.entry->form == "的" && head != std::string::npos)) {
      break;
    }
  }
  if (head == std::string::npos || head + 1 != j) return false;
  // A measure written as a quantity stays bare ("average life expectancy is ...").
  static constexpr std::array<std::string_view, 5> kQuantity = {"average", "mean", "median", "overall", "total"};
  const std::string opening = lowercase(tokens[first].matched_concept->en.term);
  if (std::find(kQuantity.begin(), kQuantity.end(), opening.substr(0, opening.find(' '))) != kQuantity.end())
    return false;
  for (size_t k = first; k <= head; ++k) {
    if (inside_rule(tokens[k], rule_spans)) return false;
  }
  const Token& noun = tokens[head];
  if (noun.noun_sense || noun.matched_concept->kind == ConceptKind::term || noun.matched_concept->en.definite_article) {
    return false;
  }
  const std::string english = inflect(noun.matched_concept->en.term, inflections[head]);
  if (english.find(' ') != std::string::npos || !text::reads_singular(english) ||
      text::is_uncountable(lowercase(english))) {
    return false;
  }
  // A verb follows: a Chinese verb or adverb, or an English word after a space.
  if (j < tokens.size() && touching_chinese(line, tokens, j)) {
    const PartOfSpeech next = tokens[j].matched_concept->pos;
    return tokens[j].token_class == TokenClass::verb || next == PartOfSpeech::adv;
  }
  const std::string_view after = line.substr(noun.end);
  return after.size() > 1 && after[0] == ' ' && std::islower(static_cast<unsigned char>(after[1]));
}

// Whether token `i` opens a heading: nothing but its number before it on the line (4. 讨论,
// 二、讨论, （四）讨论), no English word and no Chinese word other than a number.
// The tokens are read back first, stopping at the first that is no number, so that a long line
// is not read again for each of its tokens.
bool opens_heading(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  for (size_t j = i; j > 0; --j) {
    if (tokens[j - 1].matched_concept->pos != PartOfSpeech::num) return false;
  }
  const std::string_view before = line.substr(0, tokens[i].begin);
  return std::none_of(before.begin(), before.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Whether token `i` ends a heading: nothing after it on the line but spaces or a colon (讨论：).
bool ends_heading(std::string_view line, const Token& t) {
  return line.substr(t.end).find_first_not_of(" \t\r:：") == std::string_view::npos;
}

// A Chinese "and" (与, 和, 及) at token `j`.
bool is_chinese_and(const std::vector<Token>& tokens, size_t j) {
  return is_chinese(tokens[j]) && tokens[j].matched_concept->pos == PartOfSpeech::conj &&
         tokens[j].matched_concept->en.term == "and";
}

// Whether verb token `i` names an activity as a noun does: a heading of this one word after its
// number (4. 讨论 "4. Discussion"), one joined by "and" to a noun in a heading (讨论与结论
// "Discussion and Conclusion", 结果与讨论), or the subject that opens a sentence before 是 or a
// verb of showing (发现表明 "the findings show", 治疗是关键 "treatment is key").
bool names_activity(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  const bool opens = opens_heading(line, tokens, i);
  const bool ends = ends_heading(line, tokens[i]);
  if (opens && ends) return true;
  if (opens && touching_chinese(line, tokens, i + 1) && is_chinese_and(tokens, i + 1) &&
      touching_chinese(line, tokens, i + 2) && is_noun(tokens[i + 2]) && i + 3 == tokens.size() &&
      ends_heading(line, tokens[i + 2])) {
    return true;
  }
  if (ends && i >= 2 && touching(line, tokens, i) && is_chinese_and(tokens, i - 1) && touching(line, tokens, i - 1) &&
      is_noun(tokens[i - 2]) && opens_heading(line, tokens, i - 2)) {
    return true;
  }
  if (!opens && !text::sentence_starts_at(line, tokens[i].begin)) return false;
  size_t next = i + 1;
  while (touching_chinese(line, tokens, next) && tokens[next].matched_concept->pos == PartOfSpeech::adv) ++next;
  if (!touching_chinese(line, tokens, next)) return false;
  static constexpr std::array<std::string_view, 6> kShowing = {"是", "表明", "显示", "提示", "证实", "证明"};
  return std::find(kShowing.begin(), kShowing.end(), text_of(line, tokens[next])) != kShowing.end();
}

}  // namespace

NounSenses::NounSenses(const Lexicon& lexicon) {
  for (const Concept& c : lexicon.concepts()) {
    for (const std::string& id : c.homonyms) {
      const Concept* other = lexicon.find(id);
      if (other == nullptr) continue;
      if (c.pos == PartOfSpeech::adj && other->pos == PartOfSpeech::adv && !other->en.term.empty()) {
        adverb_of_adjective_[&c] = other;
      } else if (c.pos == PartOfSpeech::adv && other->pos == PartOfSpeech::adj && !c.en.term.empty()) {
        adverb_of_adjective_[other] = &c;
      }
      const Concept* noun = c.pos == PartOfSpeech::noun ? &c : other;
      const Concept* verb = c.pos == PartOfSpeech::noun ? other : &c;
      if (noun->pos == PartOfSpeech::noun && verb->pos == PartOfSpeech::verb && !noun->en.term.empty()) {
        noun_of_verb_[verb] = noun;
        if (!verb->en.term.empty()) verb_of_noun_[noun] = verb;
      }
    }
  }
}

const Concept* NounSenses::of(const Concept& verb) const {
  const auto found = noun_of_verb_.find(&verb);
  return found == noun_of_verb_.end() ? nullptr : found->second;
}

void NounSenses::apply(std::string_view line, std::vector<Token>& tokens) const {
  auto is_de = [&](size_t j) {
    const std::string_view written = text_of(line, tokens[j]);
    return tokens[j].matched_concept->pos == PartOfSpeech::part && (written == "的" || written == "之");
  };
  // 相关/有关 after a noun: "X-related", "associated with X".
  auto is_related = [&](size_t j) {
    const std::string_view written = text_of(line, tokens[j]);
    return written.substr(0, 6) == "相关" || written.substr(0, 6) == "有关";
  };
  // Right after a place closed by 中/里/内 (在血液中发现的细胞 "cells found in blood"), a verb is
  // the verb of a relative clause, even before 的.
  auto after_place = [&](size_t j) {
    if (!touching(line, tokens, j) || !is_chinese(tokens[j - 1])) return false;
    const std::string_view place_end = text_of(line, tokens[j - 1]);
    return place_end == "中" || place_end == "里" || place_end == "内" || place_end == "当中";
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (is_chinese(t) && t.token_class == TokenClass::nominal) {
      const auto verb = verb_of_noun_.find(t.matched_concept);
      // A clear verbal place: after a modal or a Chinese adverb (直接移植 "directly transplant", 如何发展
      // "how ... develops"), or
      // before 到/入/至 and a place (将细胞移植到心脏 "transplant the cells into the heart").
      static constexpr std::array<std::string_view, 9> kVerbalAdverbs = {"直接", "再",   "再次", "已经", "已",
                                                                         "随后", "然后", "如何", "怎样"};
      const bool after_adverb =
          touching(line, tokens, i) && is_chinese(tokens[i - 1]) &&
          tokens[i - 1].matched_concept->pos == PartOfSpeech::adv &&
          std::find(kVerbalAdverbs.begin(), kVerbalAdverbs.end(), text_of(line, tokens[i - 1])) != kVerbalAdverbs.end();
      bool before_place = false;
      if (i + 1 < tokens.size() && touching(line, tokens, i + 1)) {
        const std::string_view next = text_of(line, tokens[i + 1]);
        before_place = next == "到" || next == "入" || next == "至";
      }
      // After a personal pronoun as subject (他们发现 "they find"), unless 的 makes it a noun; not after
      // a demonstrative, which mostly asks for the noun (这些研究 "these studies").
      const bool after_pronoun = pronoun_subject_before(line, tokens, i) != GrammaticalNumber::unknown &&
                                 tokens[i - 1].matched_concept->pos == PartOfSpeech::pron &&
                                 !(i + 1 < tokens.size() && touching(line, tokens, i + 1) && is_de(i + 1));
      // Right after 被, or after 被 and its agent, the passive's verb (细胞被注射 "the cells are
      // injected", 被医生注射 "injected by doctors").
      constexpr std::string_view kPassive = "被";
      const auto passive_before = [&](size_t at) {
        return at >= kPassive.size() && line.substr(at - kPassive.size(), kPassive.size()) == kPassive;
      };
      const bool after_passive = passive_before(t.begin) || (touching(line, tokens, i) && is_chinese(tokens[i - 1]) &&
                                                             tokens[i - 1].token_class == TokenClass::nominal &&
                                                             passive_before(tokens[i - 1].begin));
      if (verb != verb_of_noun_.end() &&
          (after_modal(line, tokens, i) || after_adverb || before_place || after_pronoun || after_passive ||
           narrates_past(line, tokens, i) || after_place(i))) {
        t.matched_concept = verb->second;
        t.token_class = TokenClass::verb;
      }
      continue;
    }
    if (!is_chinese(t) || t.token_class != TokenClass::verb) continue;
    const Concept* noun = of(*t.matched_concept);
    if (noun == nullptr) continue;
    // A heading of this one word (诊断 "Diagnosis", 4. 预防 "4. Prevention") or a sentence's subject.
    if (names_activity(line, tokens, i)) {
      t.matched_concept = noun;
      t.token_class = TokenClass::nominal;
      t.noun_sense = true;
      continue;
    }
    bool nominal_place = false;
    // 主要 between a subject noun and the verb: the adverb "mainly", and a verb with its object.
    if (touching(line, tokens, i) && is_chinese(tokens[i - 1]) &&
        !(i + 1 < tokens.size() && touching(line, tokens, i + 1) && (is_de(i + 1) || is_related(i + 1)))) {
      const auto adverb = adverb_of_adjective_.find(tokens[i - 1].matched_concept);
      const bool after_subject =
          i >= 2 && (touching(line, tokens, i - 1) && is_chinese(tokens[i - 2])
                         ? (is_noun(tokens[i - 2]) && !tokens[i - 2].noun_sense) ||
                               pronoun_subject_before(line, tokens, i - 1) != GrammaticalNumber::unknown
                         : !text::is_determiner(trailing_words(line.substr(0, tokens[i - 1].begin), 1)));
      // Opening a line with its object after the verb; a heading of the two words is a noun phrase
      // (主要发现 "Main Findings").
      const bool opens_line = i == 1 && !touching(line, tokens, i - 1) && !ends_heading(line, t);
      if (adverb != adverb_of_adjective_.end() && (after_subject || opens_line)) {
        tokens[i - 1].matched_concept = adverb->second;
        tokens[i - 1].token_class = TokenClass::other;
        continue;
      }
    }
    if (touching(line, tokens, i) && is_chinese(tokens[i - 1])) {
      const PartOfSpeech before = tokens[i - 1].matched_concept->pos;
      nominal_place = is_de(i - 1) || before == PartOfSpeech::adj ||
                      ((before == PartOfSpeech::det || before == PartOfSpeech::num || before == PartOfSpeech::mw) &&
                       relative_clause_de(line, tokens, i) == std::string::npos);
    }
    // A personal pronoun subject before the verb, or a demonstrative subject before the verb and its
    // object (这改善睡眠 "this improves sleep"; but 这些治疗都 "these treatments all").
    if (pronoun_subject_before(line, tokens, i) != GrammaticalNumber::unknown &&
        (tokens[i - 1].matched_concept->pos == PartOfSpeech::pron ||
         (i + 1 < tokens.size() && touching(line, tokens, i + 1) && is_noun(tokens[i + 1])))) {
      nominal_place = false;
    }
    if (i + 1 < tokens.size() && touching(line, tokens, i + 1) && (is_de(i + 1) || is_related(i + 1))) {
      nominal_place = true;
    }
    // After a noun, ending the Chinese run: the head of a compound (干细胞治疗 "stem cell treatment").
    const bool ends_run = i + 1 == tokens.size() || !touching(line, tokens, i + 1) || !is_chinese(tokens[i + 1]);
    if (touching(line, tokens, i) && is_chinese(tokens[i - 1]) && is_noun(tokens[i - 1]) && ends_run) nominal_place = true;
    // After a part of the body and before a verb (one that is no noun, which could be the object),
    // an adverb or an adjective: a process of that part, a compound subject (骨骼修复需要时间
    // "skeleton repair needs time", 组织再生很困难 "tissue regeneration is very difficult").
    if (touching(line, tokens, i) && is_chinese(tokens[i - 1]) && is_noun(tokens[i - 1]) &&
        tokens[i - 1].matched_concept->domain == "anatomy" && touching_chinese(line, tokens, i + 1)) {
      const Token& next = tokens[i + 1];
      const PartOfSpeech next_pos = next.matched_concept->pos;
      nominal_place = nominal_place || (next.token_class == TokenClass::verb && of(*next.matched_concept) == nullptr) ||
                      next_pos == PartOfSpeech::adv || next_pos == PartOfSpeech::adj;
    }
    // The object of a verb that takes an action as its object (接受了治疗 "received treatment").
    if (touching(line, tokens, i) && is_chinese(tokens[i - 1]) && tokens[i - 1].token_class == TokenClass::verb &&
        takes_action_object(line, tokens[i - 1]) && !ends_dui_object(line, tokens, i - 1)) {
      nominal_place = true;
    }
    if (!touching(line, tokens, i) || !is_chinese(tokens[i - 1])) {  // after English: "the", "a second", "what"
      const std::string before = trailing_words(line.substr(0, tokens[i].begin), 1);
      nominal_place = nominal_place || text::number_asked_by(before) != GrammaticalNumber::unknown ||
                      (text::is_determiner(before) && before != "that" && before != "which" && before != "whose") ||
                      before == "second" || before == "first" || before == "third" || before == "what";
    }
    if (!nominal_place || after_place(i)) continue;
    t.matched_concept = noun;
    t.token_class = TokenClass::nominal;
    t.noun_sense = true;
  }
}

std::vector<Inflection> english_inflections(std::string_view line, const std::vector<Token>& tokens,
                                            const NounSenses& noun_senses, bool heading,
                                            const std::vector<std::pair<size_t, size_t>>& rule_spans,
                                            const std::vector<std::pair<size_t, size_t>>& slots) {
  std::vector<Inflection> inflections(tokens.size());
  auto ask = [&](size_t noun, GrammaticalNumber number) {
    if (noun == std::string::npos || number == GrammaticalNumber::unknown) return;
    inflections[noun].number = number == GrammaticalNumber::plural ? Inflection::Number::plural : Inflection::Number::singular;
  };
  // The slots sorted, and their ends, for binary searches: a long line has many.
  std::vector<std::pair<size_t, size_t>> sorted_slots(slots);
  std::sort(sorted_slots.begin(), sorted_slots.end());
  std::vector<size_t> slot_ends;
  slot_ends.reserve(slots.size());
  for (const auto& s : slots) slot_ends.push_back(s.second);
  std::sort(slot_ends.begin(), slot_ends.end());
  auto ends_slot = [&](const Token& token) {
    return std::binary_search(slot_ends.begin(), slot_ends.end(), token.end);
  };
  // A rule's slot is one noun phrase: a noun that ends it heads what a determiner that opens it
  // governs, not a noun after it, outside the slot (这种细胞 in {S}反应更好 "this cell responds").
  auto head_within_slot = [&](size_t determiner, size_t noun) {
    if (noun == std::string::npos) return noun;
    const size_t opens = tokens[determiner].begin;
    auto slot = std::lower_bound(sorted_slots.begin(), sorted_slots.end(), std::make_pair(opens, size_t{0}));
    while (slot != sorted_slots.end() && slot->first == opens && slot->second >= tokens[noun].end) ++slot;
    if (slot == sorted_slots.end() || slot->first != opens) return noun;
    for (size_t j = determiner + 1; j < noun; ++j) {
      if (is_noun(tokens[j]) && tokens[j].end == slot->second) return j;
    }
    return noun;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!is_chinese(t)) continue;
    // A run of Chinese words that opens after English text: the English determiner before it.
    if (!touching(line, tokens, i) || !is_chinese(tokens[i - 1])) {
      ask(noun_after_determiner(line, tokens, i), english_determiner_before(line, tokens, i));
    }
    if (is_measure_word(t)) ask(governed_noun(line, tokens, i), digits_before(line, tokens, i));
    // A noun counted by the digit 1 with no measure word is singular (共1组 "1 group").
    if (is_noun(t) && digits_before(line, tokens, i) == GrammaticalNumber::singular)
      ask(i, GrammaticalNumber::singular);
    const GrammaticalNumber asked = chinese_determiner(t);
    if (asked != GrammaticalNumber::unknown && i + 1 < tokens.size() && touching(line, tokens, i + 1)) {
      ask(head_within_slot(i, governed_noun(line, tokens, i + 1)), asked);
    }
    if (t.matched_concept->pos == PartOfSpeech::adj && compared_by_bi(line, tokens, i)) inflections[i].comparative = true;
    // 更 before a short adjective: its -er form says "more" (更简单 "simpler", not "more simple");
    // not inside a rule's span, whose template writes its own words (比Y更A "more A than Y").
    if (!inside_rule(t, rule_spans) && t.matched_concept->pos == PartOfSpeech::adv &&
        t.matched_concept->en.term == "more" && i + 1 < tokens.size() && touching_chinese(line, tokens, i + 1) &&
        tokens[i + 1].matched_concept->pos == PartOfSpeech::adj) {
      const std::string& adjective = tokens[i + 1].matched_concept->en.term;
      if (text::comparative(adjective).find(' ') == std::string::npos) {
        inflections[i].in_comparative = true;
        inflections[i + 1].comparative = true;
      }
    }
    // A noun before another noun modifies it, and English writes it singular ("cell type").
    if (is_noun(t) && i + 1 < tokens.size() && touching(line, tokens, i + 1) && is_chinese(tokens[i + 1]) &&
        is_noun(tokens[i + 1]) && inflections[i].number == Inflection::Number::as_written && !ends_slot(t)) {
      inflections[i].number = Inflection::Number::singular;
    }
    // A noun phrase before an English verb takes the number the verb asks, unless a
    // determiner already asked one.
    if (is_noun(t) && inflections[i].number == Inflection::Number::as_written) {
      const GrammaticalNumber by_verb = number_asked_by_english_verb(line, tokens, i);
      if (by_verb == GrammaticalNumber::plural &&
          !text::is_uncountable(lowercase(t.matched_concept->en.term))) {
        inflections[i].number = Inflection::Number::plural;
      } else if (by_verb == GrammaticalNumber::singular) {
        inflections[i].number = Inflection::Number::singular;
      }
    }
    // 们 after a noun marks its plural (医生们 "doctors").
    if (is_noun(t) && i + 1 < tokens.size() && touching(line, tokens, i + 1) && text_of(line, tokens[i + 1]) == "们") {
      inflections[i].number = Inflection::Number::plural;
    }
    if (heading && t.noun_sense && inflections[i].number == Inflection::Number::as_written && touching(line, tokens, i) &&
        tokens[i - 1].matched_concept->pos == PartOfSpeech::adj) {
      inflections[i].number = Inflection::Number::plural;
    }
  }
  // A drug or a substance is a mass noun: "drugs such as pamidronate are", never "pamidronates".
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (is_chinese(tokens[i]) && inflections[i].number == Inflection::Number::plural &&
        names_a_substance(*tokens[i].matched_concept)) {
      inflections[i].number = Inflection::Number::as_written;
    }
  }
  // A superlative, an ordinal or an adjective the lexicon writes with "the" before its noun takes
  // "the" ("最常见的副作用" → "the most common side effects", 第一项试验 → "the first trial"), and
  // "single" takes "a", unless a determiner stands before it.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (heading || !is_chinese(tokens[i])) continue;
    const Concept& c = *tokens[i].matched_concept;
    const bool ordinal = (c.pos == PartOfSpeech::det || c.pos == PartOfSpeech::num) && text::is_ordinal(lowercase(c.en.term)) &&
                         i + 1 < tokens.size() && touching(line, tokens, i + 1) &&
                         governed_noun(line, tokens, i + 1) != std::string::npos;
    // 单次/单个 + noun: "a single" (单次注射 → "a single injection").
    const bool single = c.pos == PartOfSpeech::adj && lowercase(c.en.term) == "single" && i + 1 < tokens.size() &&
                        touching(line, tokens, i + 1) && is_noun(tokens[i + 1]);
    // An adjective the lexicon writes with "the" before its noun (剩余的细胞 → "the remaining cells").
    const bool definite_adjective = c.pos == PartOfSpeech::adj && c.en.definite_article && i + 1 < tokens.size() &&
                                    touching(line, tokens, i + 1) && governed_noun(line, tokens, i + 1) != std::string::npos;
    if (!ordinal && !single && !definite_adjective && !opens_superlative(line, tokens, i)) continue;
    if (touching(line, tokens, i) && is_chinese(tokens[i - 1])) {
      const PartOfSpeech before = tokens[i - 1].matched_concept->pos;
      // A number and its measure word before a superlative or ordinal: "the" goes before the
      // number (三种最常见的副作用 → "the three most common side effects").
      const size_t measure = i - 1;
      if (before == PartOfSpeech::mw && !single && !definite_adjective && measure > 0 &&
          touching(line, tokens, measure) && is_chinese(tokens[measure - 1]) &&
          tokens[measure - 1].matched_concept->pos == PartOfSpeech::num &&
          !(touching(line, tokens, measure - 1) && is_chinese(tokens[measure - 2])) &&
          !text::is_determiner(trailing_words(line.substr(0, tokens[measure - 1].begin), 1))) {
        inflections[measure - 1].article = "the";
      }
      // A measure word stands for the number before it (三种主要策略 "three main strategies").
      if (before == PartOfSpeech::det || before == PartOfSpeech::pron || before == PartOfSpeech::num ||
          before == PartOfSpeech::noun || before == PartOfSpeech::adj || before == PartOfSpeech::part ||
          before == PartOfSpeech::mw) {
        continue;
      }
    }
    const std::string word_before = trailing_words(line.substr(0, tokens[i].begin), 1);
    if (text::is_determiner(word_before) || word_before == "most") continue;
    inflections[i].article = single ? "a" : "the";
  }
  for (size_t i = 0; i < tokens.size() && !heading; ++i) {
    if (inflections[i].article.empty() && opens_sentence_with_bare_singular(line, tokens, i, inflections, rule_spans)) {
      inflections[i].article = "the";
    }
  }
  // A heading's subtitle that is one singular noun after a colon takes "a" ("…: 概述" → "…: An
  // Overview").
  if (heading && !tokens.empty()) {
    const size_t last = tokens.size() - 1;
    const Token& t = tokens[last];
    std::string_view gap = gap_before(line, tokens, last);
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    const bool after_colon = !gap.empty() && (gap.back() == ':' || (gap.size() >= 3 && gap.substr(gap.size() - 3) == "："));
    const bool ends_line = line.substr(t.end).find_first_not_of(" \t\r") == std::string_view::npos;
    if (is_chinese(t) && is_noun(t) && after_colon && ends_line && inflections[last].article.empty()) {
      const std::string english = inflect(t.matched_concept->en.term, inflections[last]);
      if (text::reads_singular(english) && !text::is_uncountable(lowercase(english))) inflections[last].article = "a";
    }
  }
  // A verb with the aspect marker 了 or 过 is in the past: its English is not put in the present.
  auto past = [&](const Token& t) {
    const std::string_view written = text_of(line, t);
    return written.size() > 3 && (written.substr(written.size() - 3) == "了" || written.substr(written.size() - 3) == "过");
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    // A verb after one whose English ends in "be", past adverbs, is its past participle (有待进一步
    // 验证 "remain to be further validated"); inside a rule's span, the rule's template says what it is.
    size_t auxiliary = i;
    while (auxiliary > 0 && touching_chinese(line, tokens, auxiliary) && is_chinese(tokens[auxiliary - 1]) &&
           tokens[auxiliary - 1].matched_concept->pos == PartOfSpeech::adv) {
      --auxiliary;
    }
    if (is_chinese(tokens[i]) && tokens[i].token_class == TokenClass::verb &&
        touching_chinese(line, tokens, auxiliary) && is_chinese(tokens[auxiliary - 1]) &&
        tokens[auxiliary - 1].token_class == TokenClass::verb && !inside_rule(tokens[i], rule_spans) &&
        text::last_word_lowercase(tokens[auxiliary - 1].matched_concept->en.term) == "be") {
      inflections[i].participle = true;
      continue;
    }
    // A verb after need or require (with no noun sense, which takes_action_object gives) that ends
    // its clause is a passive infinitive (仍需进一步验证 "still needs to be further validated"),
    // "to be" before the adverbs. One with an object stays as it is: its English may be a noun
    // too ("need support until ...").
    if (is_chinese(tokens[i]) && tokens[i].token_class == TokenClass::verb &&
        touching_chinese(line, tokens, auxiliary) && is_chinese(tokens[auxiliary - 1]) &&
        tokens[auxiliary - 1].token_class == TokenClass::verb && !inside_rule(tokens[i], rule_spans) &&
        !past(tokens[auxiliary - 1])) {
      const std::string needing = text::last_word_lowercase(tokens[auxiliary - 1].matched_concept->en.term);
      const bool needs = needing == "need" || needing == "needs" || needing == "require" || needing == "requires";
      // A verb whose English holds its own object ("undergo surgery", "receive treatment", "have
      // check-ups") is done by the subject: "need to undergo surgery", never "to be undergone".
      if (needs && ends_its_clause(line, tokens, i)) {
        if (holds_its_object(tokens[i].matched_concept->en.term)) {
          inflections[i].infinitive = true;
        } else {
          inflections[auxiliary].copula = "to be";
          inflections[i].participle = true;
        }
        continue;
      }
    }
    // A one-word verb right after 是 says what the subject is: "to" and the verb (原理是利用细胞
    // "the principle is to harness cells"); not a verb with its particle (是起源于 "originate
    // from"), which 是 only stresses, nor after "to" (似乎是帮助 "appear to help").
    if (is_chinese(tokens[i]) && tokens[i].token_class == TokenClass::verb && touching_chinese(line, tokens, i) &&
        is_chinese(tokens[i - 1]) && tokens[i - 1].entry->form == "是" &&
        tokens[i - 1].token_class == TokenClass::verb && !inside_rule(tokens[i], rule_spans) &&
        tokens[i].matched_concept->en.term.find(' ') == std::string::npos &&
        trailing_words(line.substr(0, tokens[i - 1].begin), 1) != "to" &&
        !(touching_chinese(line, tokens, i - 1) &&
          text::last_word_lowercase(tokens[i - 2].matched_concept->en.term) == "to")) {
      inflections[i].infinitive = true;
      continue;
    }
    // After a modal, be and have are in their base form ("can is" → "can be"); not after 会, which
    // the rules drop (the verb then agrees with its subject).
    if (is_chinese(tokens[i]) && tokens[i].token_class == TokenClass::verb && after_modal(line, tokens, i) &&
        text::base_form(tokens[i].matched_concept->en.term) != tokens[i].matched_concept->en.term &&
        !(touching_chinese(line, tokens, i) && tokens[i - 1].matched_concept->en.term == "will")) {
      inflections[i].base_form = true;
      continue;
    }
    // A verb before a 了 that closes its clause, after its subject, tells what happened: the past.
    if (is_chinese(tokens[i]) && tokens[i].token_class == TokenClass::verb && !past(tokens[i]) &&
        !inside_rule(tokens[i], rule_spans) && narrates_past(line, tokens, i)) {
      inflections[i].past = true;
      continue;
    }
    if (is_chinese(tokens[i]) && tokens[i].token_class == TokenClass::verb && !past(tokens[i])) {
      inflections[i].ing = after_english_preposition(line, tokens, i) || subject_of_english_verb(line, tokens, i) ||
                           (heading && opens_statement_heading(line, tokens, i));
      inflections[i].purpose = !inflections[i].ing && procedure_for_disease(line, tokens, noun_senses, i, heading);
      const GrammaticalNumber subject = inflections[i].ing || inflections[i].purpose
                                            ? GrammaticalNumber::unknown
                                            : subject_number(line, tokens, inflections, rule_spans, i);
      // After a modal that stays in the English (就会 "will", 可以 "can"; not 会, which the rules
      // drop), the verb is in its base form.
      const bool after_kept_modal =
          after_modal(line, tokens, i) && !(touching_chinese(line, tokens, i) && text_of(line, tokens[i - 1]) == "会");
      inflections[i].third_person = subject == GrammaticalNumber::singular && !after_kept_modal;
      inflections[i].plural_subject = subject == GrammaticalNumber::plural && !after_kept_modal;
    }
    // An adjective right after a verb that is not a linking verb, or after the verb and the 得 of
    // its complement, ending its clause, says how the verb is done: its adverb (生长缓慢 "grow
    // slowly", 改善得很慢 "improve very slowly"; but 变得严重 "become severe").
    const size_t verb = i >= 2 && touching_chinese(line, tokens, i) && text_of(line, tokens[i - 1]) == "得" &&
                                touching_chinese(line, tokens, i - 1)
                            ? i - 2
                            : i - 1;
    if (is_chinese(tokens[i]) && tokens[i].matched_concept->pos == PartOfSpeech::adj &&
        ends_its_clause(line, tokens, i) && touching_chinese(line, tokens, i) && is_chinese(tokens[verb]) &&
        tokens[verb].token_class == TokenClass::verb && !inside_rule(tokens[i], rule_spans) &&
        !is_linking_verb(tokens[verb].matched_concept->en.term) &&
        text::last_word_lowercase(tokens[verb].matched_concept->en.term) != "to") {
      inflections[i].adverb = true;
      continue;
    }
    // An adjective between a modal or an adverb and a verb (one with no noun sense there, which
    // NounSenses gave a noun after an adjective) says how it is done: its adverb (无法再正常传递信号
    // "can no longer normally transmit signals"); not one that takes a "to" ("difficult to").
    if (is_chinese(tokens[i]) && tokens[i].matched_concept->pos == PartOfSpeech::adj && i + 1 < tokens.size() &&
        touching_chinese(line, tokens, i) &&
        (tokens[i - 1].token_class == TokenClass::verb || tokens[i - 1].matched_concept->pos == PartOfSpeech::adv) &&
        touching_chinese(line, tokens, i + 1) && tokens[i + 1].token_class == TokenClass::verb &&
        !inside_rule(tokens[i], rule_spans) && takes_adverb_form(tokens[i].matched_concept->en.term)) {
      inflections[i].adverb = true;
      continue;
    }
    // Chinese needs no verb before an adjective that is a predicate; English does.
    if (is_chinese(tokens[i]) && tokens[i].matched_concept->pos == PartOfSpeech::adj && ends_its_clause(line, tokens, i) &&
        !opens_with_finite_verb(tokens[i].matched_concept->en.term)) {
      const GrammaticalNumber subject = subject_number(line, tokens, inflections, rule_spans, i);
      if (subject == GrammaticalNumber::unknown) continue;
      size_t first = i;  // the copula goes before the adverbs ("is very safe")
      while (first > 0 && touching(line, tokens, first) && is_chinese(tokens[first - 1]) &&
             tokens[first - 1].matched_concept->pos == PartOfSpeech::adv) {
        --first;
      }
      inflections[first].copula = subject == GrammaticalNumber::singular ? "is" : "are";
    }
  }
  return inflections;
}

namespace {

// Where the head noun of `phrase` ends: before its first postmodifier ("children with the
// disease", "mechanisms of action"), or at its end.
size_t end_of_head_noun(std::string_view phrase) {
  size_t head_end = phrase.size();
  for (const std::string_view preposition :
       {" of ", " with ", " in ", " for ", " from ", " after ", " that ", " who "}) {
    head_end = std::min(head_end, phrase.find(preposition));
  }
  return head_end;
}

}  // namespace

std::string inflect(std::string text, const Inflection& inflection, std::string_view irregular_ing) {
  if (text.empty()) return text;
  if (inflection.in_comparative) return inflection.copula;
  if (inflection.purpose) return "for";
  if (inflection.participle) text = text::past_participle(text);
  if (inflection.participle && inflection.copula.empty()) return text;
  if (inflection.infinitive) return "to " + text;
  if (inflection.past) return text::past_tense(text);
  if (inflection.adverb) return text::adverb_of(text);
  if (inflection.base_form) return text::base_form(text);
  if (inflection.ing) return irregular_ing.empty() ? text::ing_form(text) : std::string(irregular_ing);
  if (inflection.comparative) text = text::comparative(text);
  if (!inflection.article.empty()) {
    text = (inflection.article == "a" && text::takes_an(text) ? "an" : inflection.article) + " " + text;
  }
  if (!inflection.copula.empty()) text = inflection.copula + " " + text;
  if (inflection.third_person) return text::third_person_singular(text);
  if (inflection.plural_subject) return text::plural_agreement(text);
  switch (inflection.number) {
    case Inflection::Number::singular: {
      const size_t head_end = end_of_head_noun(text);
      return text::singularize(text.substr(0, head_end)) + text.substr(head_end);
    }
    case Inflection::Number::plural: {
      const std::string head = text.substr(0, end_of_head_noun(text));
      if (text::is_uncountable(lowercase(head)) || text::singularize(head) != head) return text;
      return plural_noun_phrase(text);
    }
    case Inflection::Number::as_written: break;
  }
  return text;
}

std::string plural_noun_phrase(std::string_view phrase) {
  const size_t head_end = end_of_head_noun(phrase);
  const std::string_view head = phrase.substr(0, head_end);
  // A phrase that opens with its own determiner names its own number ("a number of cells",
  // "this approach").
  if (text::is_determiner(lowercase(phrase.substr(0, phrase.find(' '))))) return std::string(phrase);
  if (head.empty() || text::is_uncountable(lowercase(head))) return std::string(phrase);
  return text::pluralize(head) + std::string(phrase.substr(head_end));
}

}  // namespace termnorm::rewriter
