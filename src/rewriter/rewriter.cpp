// Choosing entries, collapsing glosses, expanding rule templates, emitting replacements.
#include "rewriter/rewriter.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "rewriter/concessive_clauses.hpp"
#include "rewriter/enumeration.hpp"
#include "rewriter/number_expressions.hpp"
#include "text/english.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::rewriter {
namespace {

TokenClass classify(const Concept& c) {
  switch (c.pos) {
    case PartOfSpeech::adj:
      return TokenClass::adjective;
    case PartOfSpeech::num:
    case PartOfSpeech::det:
    case PartOfSpeech::mw:  // a measure word belongs to its number's noun phrase (两项试验)
      return TokenClass::determiner;
    case PartOfSpeech::noun:
      return TokenClass::nominal;
    case PartOfSpeech::verb:
      return TokenClass::verb;
    case PartOfSpeech::conj:
      if (c.en.term == "and" || c.en.term == "or" || c.en.term == "as well as" || c.en.term == "and/or") {
        return TokenClass::conjunction;
      }
      return TokenClass::other;
    default:
      return TokenClass::other;
  }
}

// Skips horizontal white space forward from `pos`.
size_t skip_spaces(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    size_t len;
    if (!text::is_horizontal_space(text::decode(s, pos, len))) break;
    pos += len;
  }
  return pos;
}

// If `s` has an opening parenthesis at `pos` (after spaces), the offset after it; else npos.
size_t after_open_paren(std::string_view s, size_t pos) {
  pos = skip_spaces(s, pos);
  if (s.substr(pos, 1) == "(") return pos + 1;
  if (s.substr(pos, 3) == "（") return pos + 3;
  return std::string_view::npos;
}

size_t after_close_paren(std::string_view s, size_t pos) {
  pos = skip_spaces(s, pos);
  if (s.substr(pos, 1) == ")") return pos + 1;
  if (s.substr(pos, 3) == "）") return pos + 3;
  return std::string_view::npos;
}

// Whether `written` is `abbr` title-cased, as a heading writes it ("DA Neurons" for "DA
// neurons"): the same letters, where a word's first letter may be a capital that `abbr` writes
// in lower case.
bool title_cased_form(std::string_view written, std::string_view abbr) {
  if (written.size() != abbr.size() || written == abbr) return false;
  for (size_t i = 0; i < abbr.size(); ++i) {
    if (written[i] == abbr[i]) continue;
    const bool word_start = i == 0 || !std::isalnum(static_cast<unsigned char>(abbr[i - 1]));
    if (!word_start || std::toupper(static_cast<unsigned char>(abbr[i])) != static_cast<unsigned char>(written[i])) {
      return false;
    }
  }
  return true;
}

// If `s` has a comma at `pos` (after spaces), the offset after it; else npos.
size_t after_comma(std::string_view s, size_t pos) {
  pos = skip_spaces(s, pos);
  if (s.substr(pos, 1) == ",") return pos + 1;
  if (s.substr(pos, 3) == "，") return pos + 3;
  return std::string_view::npos;
}

// Chinese does not inflect: an English plural abbreviation is written singular (MSCs → MSC).
std::string chinese_abbreviation(std::string_view written) {
  if (written.size() > 2 && written.back() == 's' && std::isupper(static_cast<unsigned char>(written[written.size() - 2]))) {
    written.remove_suffix(1);
  }
  return std::string(written);
}

// "间充质干细胞 (" → "间充质干细胞": the head of a gloss without its opening parenthesis.
std::string trim_gloss_head(std::string head) {
  for (;;) {
    if (!head.empty() && (head.back() == ' ' || head.back() == '(')) head.pop_back();
    else if (head.size() >= 3 && head.compare(head.size() - 3, 3, "（") == 0) head.resize(head.size() - 3);
    else return head;
  }
}

// Chinese output: which English tokens to translate. An English token inside a longer English
// phrase stays English ("insulin independence" must not become "胰岛素 independence"). A
// token is glued when a Latin letter next to it (past spaces and hyphens) is not part of
// another token being translated; dropping glued tokens until none is left gives the same
// answer on the output as on the input, so normalizing twice changes nothing.
// General words are translated only in a run of English (tokens joined by spaces and hyphens)
// that names something: nouns, adjectives, numbers. A run with a verb, a preposition or an
// article is a clause, which word-by-word Chinese would garble; its words stay English, and
// with them (being glued) the terms between them.
std::vector<bool> english_to_translate(std::string_view line, const std::vector<Token>& tokens) {
  std::vector<bool> translate(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    translate[i] = tokens[i].entry->language == Language::en && !tokens[i].gloss;
  }
  auto joined = [&](size_t i) {  // tokens i and i + 1 stand in one run
    if (tokens[i].entry->language != Language::en || tokens[i + 1].entry->language != Language::en) return false;
    const std::string_view gap = line.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
    return gap.find_first_not_of(" -") == std::string_view::npos;
  };
  auto names_something = [](const Token& t) {
    const PartOfSpeech pos = t.matched_concept->pos;
    return pos == PartOfSpeech::noun || pos == PartOfSpeech::adj || pos == PartOfSpeech::num;
  };
  for (size_t first = 0; first < tokens.size();) {
    size_t last = first;
    while (last + 1 < tokens.size() && joined(last)) ++last;
    bool has_word = false, nominal = true;
    for (size_t i = first; i <= last; ++i) {
      has_word = has_word || tokens[i].matched_concept->kind == ConceptKind::word;
      nominal = nominal && names_something(tokens[i]);
      // "cell-derived": an English compound, which Chinese does not build word by word.
      if (i < last && line.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end).find('-') != std::string_view::npos) {
        nominal = false;
      }
    }
    if (!has_word) nominal = true;
    for (size_t i = first; i <= last && !nominal; ++i) {
      if (tokens[i].matched_concept->kind == ConceptKind::word) translate[i] = false;
    }
    first = last + 1;
  }
  // Whether the text at `at` becomes Chinese: a token being translated, or a gloss, which is
  // always written in the target language (were it not counted, an English word next to
  // "interleukin-10 (IL-10)" would stay English, and be translated on a second run, next to
  // "白细胞介素-10（IL-10）").
  auto translated_at = [&](size_t at) {
    auto it = std::upper_bound(tokens.begin(), tokens.end(), at, [](size_t a, const Token& t) { return a < t.begin; });
    if (it == tokens.begin()) return false;
    --it;
    return at < it->end && (translate[static_cast<size_t>(it - tokens.begin())] || it->gloss);
  };
  auto glued = [&](const Token& t) {
    size_t len;
    for (size_t k = t.begin; k > 0;) {
      const char32_t cp = text::decode_before(line, k, len);
      if (cp == ' ' || cp == '-') { k -= len; continue; }
      if (text::is_latin_letter(cp) && !translated_at(k - len)) return true;
      break;
    }
    for (size_t k = t.end; k < line.size();) {
      const char32_t cp = text::decode(line, k, len);
      if (cp == ' ' || cp == '-') { k += len; continue; }
      if (text::is_latin_letter(cp) && !translated_at(k)) return true;
      break;
    }
    return false;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (translate[i] && glued(tokens[i])) {
        translate[i] = false;
        changed = true;
      }
    }
  }
  return translate;
}

// Whether `written`, put in the token's place, would be glued to a word of the text: it
// starts (ends) with a letter or digit other than Han, and so does the text right before
// (after) the token. The matcher finds a Latin-edged form only at word edges, so a second run
// could not read such a form back and would rewrite again ("19CXC" + variant "趨化因子受體4"
// -> "19CXCCXC趋化因子受体4", then "19CXCCXCCXC...").
bool glued_to_word(std::string_view paragraph, const Token& token, std::string_view written) {
  if (written.empty()) return false;
  auto latin_word = [](char32_t cp) { return text::is_word_char(cp) && !text::is_han(cp); };
  size_t len;
  return (token.begin > 0 && latin_word(text::decode(written, 0, len)) &&
          latin_word(text::decode_before(paragraph, token.begin, len))) ||
         (token.end < paragraph.size() && latin_word(text::decode_before(written, written.size(), len)) &&
          latin_word(text::decode(paragraph, token.end, len)));
}

// A Chinese word English drops (a particle such as 过) between two Chinese characters that no
// token translates, or between such a character and a digit: dropping it would join them into
// another word or a number's construction that a second run could translate (置过换术 -> 置换术
// -> "replacement", 1了型 -> 1型 -> "type 1"). It stays, with its neighbours, as written.
// (The caller knows whether a token touches it on either side.)
bool glues_chinese_left_over(std::string_view paragraph, const Token& t) {
  if (t.entry->language != Language::zh || !t.matched_concept->en.term.empty() || t.gloss) return false;
  if (t.begin == 0 || t.end >= paragraph.size()) return false;
  size_t len;
  const char32_t before = text::decode_before(paragraph, t.begin, len);
  const char32_t after = text::decode(paragraph, t.end, len);
  auto han_or_digit = [](char32_t cp) { return text::is_han(cp) || (cp >= U'0' && cp <= U'9'); };
  return han_or_digit(before) && han_or_digit(after) && (text::is_han(before) || text::is_han(after));
}

// A Chinese word that modifies a noun the way an adjective does: an adjective, or a determiner
// whose English is not one ("entire", not "its", "these" or "two").
bool modifies_like_adjective(const Concept& c) {
  if (c.pos == PartOfSpeech::adj) return true;
  if (c.pos != PartOfSpeech::det || c.en.term.empty()) return false;
  const std::string last = text::last_word_lowercase(c.en.term);
  return !text::is_determiner(last) && text::number_asked_by(last) == text::GrammaticalNumber::unknown;
}

// Whether token `i` is a later member of a list of nouns: after "and" (Chinese, or English with
// no comma before it) that follows a noun, after "or" that ends a longer list, or after a list
// comma between a noun and a member the list goes on with ("皮肤, 肝脏和胃肠道"). The list's first member has the
// article the list shares, or none ("the brain and spinal cord", "bone marrow, umbilical cord or
// adipose tissue").
bool later_list_member(std::string_view paragraph, const std::vector<Token>& tokens, size_t i) {
  auto gap = [&](size_t j) { return paragraph.substr(tokens[j - 1].end, tokens[j].begin - tokens[j - 1].end); };
  auto is_and_or = [](const Token& t) {
    return t.entry->language == Language::zh && t.matched_concept->pos == PartOfSpeech::conj &&
           (t.matched_concept->en.term == "and" || t.matched_concept->en.term == "or");
  };
  auto noun = [](const Token& t) { return t.token_class == TokenClass::nominal; };
  auto list_comma = [](std::string_view g) { return g == ", " || g == "," || g == "、" || g == "，"; };
  // Two alternatives keep their own article ("the portal vein or the spleen"); in a longer
  // list "or" joins its last member.
  if (i >= 2 && gap(i).empty() && is_and_or(tokens[i - 1]) && gap(i - 1).empty() && noun(tokens[i - 2]) &&
      (tokens[i - 1].matched_concept->en.term == "and" || (i >= 3 && list_comma(gap(i - 2))))) {
    return true;
  }
  if (i >= 1 && list_comma(gap(i)) && noun(tokens[i - 1]) && tokens[i - 1].entry->language == Language::zh &&
      i + 1 < tokens.size() && ((gap(i + 1).empty() && is_and_or(tokens[i + 1])) || list_comma(gap(i + 1)))) {
    return true;
  }
  // English "and" before it, a word (not a comma) before that.
  const std::string_view before = paragraph.substr(0, tokens[i].begin);
  constexpr std::string_view kAnd = " and ";
  return before.size() > kAnd.size() && before.substr(before.size() - kAnd.size()) == kAnd &&
         std::isalpha(static_cast<unsigned char>(before[before.size() - kAnd.size() - 1]));
}

// English output: whether token `i`, a term English writes with "the" ("the liver"), takes it
// here. Not as a later member of a list, nor after a Chinese adjective, determiner, number or pronoun that modifies it
// (自体肾脏 "autologous kidney"), nor where it modifies the noun after it (肾脏细胞 "kidney cells").
bool takes_definite_article(std::string_view paragraph, const std::vector<Token>& tokens, size_t i) {
  const Token& t = tokens[i];
  if (!t.matched_concept->en.definite_article || t.gloss) return false;
  if (t.matched_concept->pos == PartOfSpeech::adj) return false;  // inflection gives it "the" before its noun
  if (later_list_member(paragraph, tokens, i)) return false;
  auto touches = [&](const Token& a, const Token& b) {
    return paragraph.substr(a.end, b.begin - a.end).find_first_not_of(' ') == std::string_view::npos;
  };
  if (i > 0 && tokens[i - 1].entry->language == Language::zh && touches(tokens[i - 1], t)) {
    const PartOfSpeech before = tokens[i - 1].matched_concept->pos;
    if (before == PartOfSpeech::adj || before == PartOfSpeech::det || before == PartOfSpeech::num ||
        before == PartOfSpeech::pron) {
      return false;  // move_definite_articles puts it before an adjective
    }
  }
  if (i + 1 < tokens.size() && tokens[i + 1].entry->language == Language::zh && touches(t, tokens[i + 1]) &&
      tokens[i + 1].token_class == TokenClass::nominal && tokens[i + 1].matched_concept->pos == PartOfSpeech::noun) {
    return false;
  }
  return true;
}

// A term English writes with "the" after Chinese adjectives that modify it: "the" goes before
// the adjectives (双侧壳核 → "the bilateral putamen"), unless a determiner, number or pronoun
// stands before them.
void move_definite_articles(std::string_view paragraph, const std::vector<Token>& tokens,
                            std::vector<Inflection>& inflections) {
  auto touching = [&](size_t i) {  // tokens i - 1 and i, both Chinese, side by side
    return i > 0 && tokens[i - 1].entry->language == Language::zh && tokens[i].entry->language == Language::zh &&
           paragraph.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end).find_first_not_of(' ') ==
               std::string_view::npos;
  };
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.matched_concept->en.definite_article || t.gloss || !touching(i) ||
        !modifies_like_adjective(*tokens[i - 1].matched_concept)) {
      continue;
    }
    if (i + 1 < tokens.size() && touching(i + 1) && tokens[i + 1].matched_concept->pos == PartOfSpeech::noun) continue;
    size_t first = i - 1;
    while (touching(first) && modifies_like_adjective(*tokens[first - 1].matched_concept)) --first;
    if (touching(first)) {
      const PartOfSpeech before = tokens[first - 1].matched_concept->pos;
      if (before == PartOfSpeech::det || before == PartOfSpeech::num || before == PartOfSpeech::pron ||
          before == PartOfSpeech::part) {
        continue;
      }
    }
    if (text::is_determiner(text::last_word_lowercase(paragraph.substr(0, tokens[first].begin)))) continue;
    inflections[first].article = "the";
  }
}

// A template modifier on a noun phrase slot that names a verb, in its base form, to agree with
// the slot ({X|be}, {X|include}); not the verb slot modifiers (ing, ed, head, tail, agree), nor plural.
bool is_agreeing_verb(std::string_view modifier) {
  if (modifier.empty() || modifier == "ing" || modifier == "ed" || modifier == "past" || modifier == "head" ||
      modifier == "tail" || modifier == "agree" || modifier == "plural" || modifier == "the") {
    return false;
  }
  return std::all_of(modifier.begin(), modifier.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether `phrase`, the English of the one noun `head`, is a bare singular part of the body,
// which English counts ("intervertebral disc"): not a mass ("blood"), a plural, an abbreviation
// or a name, and no determiner opens it.
bool names_one_body_part(const Concept& head, std::string_view phrase) {
  if (head.domain != "anatomy" || head.pos != PartOfSpeech::noun || phrase.empty() ||
      !std::islower(static_cast<unsigned char>(phrase[0]))) {
    return false;
  }
  const std::string opening = text::lowercase(phrase.substr(0, phrase.find(' ')));
  return !text::is_determiner(opening) && text::number_asked_by(opening) == text::GrammaticalNumber::unknown &&
         text::reads_singular(phrase) && !text::is_uncountable(text::lowercase(phrase)) &&
         text::last_word_lowercase(phrase) == text::last_word_lowercase(head.en.term);
}

// `english`, the English of a Chinese term that starts at `begin`, without its first word when
// the same word is written just before the term ("HLA 配型" → "HLA matching", not "HLA HLA
// matching").
std::string without_repeated_first_word(std::string_view paragraph, size_t begin, std::string english) {
  size_t end = begin;
  while (end > 0 && paragraph[end - 1] == ' ') --end;
  if (end == begin) return english;  // glued: no word of its own before the term
  size_t word_begin = end;
  while (word_begin > 0 &&
         (std::isalnum(static_cast<unsigned char>(paragraph[word_begin - 1])) || paragraph[word_begin - 1] == '-')) {
    --word_begin;
  }
  const size_t space = english.find(' ');
  if (word_begin == end || space == std::string::npos) return english;
  if (text::lowercase(paragraph.substr(word_begin, end - word_begin)) != text::lowercase(english.substr(0, space))) {
    return english;
  }
  return english.substr(space + 1);
}

// Whether `text` holds a letter or a Han character (not only numbering, marks and spaces).
bool has_words(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t len;
    const char32_t cp = text::decode(text, i, len);
    if (text::is_latin_letter(cp) || text::is_han(cp)) return true;
    i += len;
  }
  return false;
}

// Sets in_heading on `matches` and the matches inside them (see Rewriter::plan).
void mark_headings(std::string_view line, bool heading, std::vector<RuleMatch>& matches) {
  for (RuleMatch& m : matches) {
    m.in_heading = heading && !has_words(line.substr(0, m.begin));
    mark_headings(line, heading, m.inner);
  }
}

EditKind kind_of(const Concept& c) {
  switch (c.kind) {
    case ConceptKind::term: return EditKind::term;
    case ConceptKind::phrase: return EditKind::phrase;
    case ConceptKind::word: return EditKind::word;
  }
  return EditKind::term;
}

}  // namespace

Rewriter::Rewriter(const Lexicon& lexicon, const matcher::Matcher& matcher, const RuleSet& zh_rules,
                   const RuleSet& en_rules)
    : lexicon_(lexicon),
      matcher_(matcher),
      zh_rules_(zh_rules),
      en_rules_(en_rules),
      noun_senses_(lexicon),
      kept_forms_(std::make_unique<KeptForms>()),
      noun_stems_(std::make_unique<NounStems>()) {}

// Built on the first --unify question: a run without --unify never pays for it (it is a
// third of a start-up).
const std::unordered_set<std::string>& Rewriter::kept_forms() const {
  std::call_once(kept_forms_->once, [&] {
    auto keep = [&](const std::string& form, Language language) {
      if (!form.empty()) kept_forms_->keys.insert(matcher::Matcher::fold_key(form) + static_cast<char>(language));
    };
    for (const Concept& c : lexicon_.concepts()) {
      for (Language language : {Language::zh, Language::en}) {
        const LanguageForms& f = c.forms(language);
        keep(f.term, language);
        keep(f.abbr, language);
        if (language == Language::en && !f.term.empty()) {
          keep(text::pluralize(f.term), language);
          keep(text::singularize(f.term), language);
        }
      }
    }
  });
  return kept_forms_->keys;
}

const matcher::Entry* Rewriter::noun_stem(const matcher::Entry& adjective) const {
  std::call_once(noun_stems_->once, [&] {
    constexpr std::string_view kDe = "的";
    const auto ends_with_de = [&](const std::string& form) { return form.size() > kDe.size() && form.ends_with(kDe); };
    for (const Concept& c : lexicon_.concepts()) {
      if (c.pos != PartOfSpeech::adj || c.en.term.empty()) continue;
      // Only a form in 的 can have a stem: the participle test (a third of this table's cost
      // when asked of every adjective) is asked of those alone.
      if (!ends_with_de(c.zh.term) && !ends_with_de(c.zh.traditional) &&
          std::none_of(c.zh.variants.begin(), c.zh.variants.end(), ends_with_de)) {
        continue;
      }
      // A participle names what was done, not who or what owns (移植的 "transplanted", not 移植).
      if (text::past_participle(c.en.term) == c.en.term) continue;
      auto add = [&](const std::string& form) {
        if (!ends_with_de(form)) return;
        const matcher::Entry* stem =
            whole_form_entry(std::string_view(form).substr(0, form.size() - kDe.size()), Language::en);
        if (stem == nullptr || stem->language != Language::zh) return;
        const Concept& noun = lexicon_.concepts()[stem->concept_index];
        if (noun.pos != PartOfSpeech::noun || noun.en.term.empty() || classify(noun) != TokenClass::nominal) return;
        if (const matcher::Entry* whole = whole_form_entry(form, Language::en)) noun_stems_->of.emplace(whole, stem);
      };
      add(c.zh.term);
      for (const std::string& v : c.zh.variants) add(v);
      add(c.zh.traditional);
    }
  });
  const auto it = noun_stems_->of.find(&adjective);
  return it == noun_stems_->of.end() ? nullptr : it->second;
}

bool Rewriter::unifies(const matcher::Entry& e, const Options& options) const {
  return options.unify && e.role == matcher::FormRole::variant &&
         lexicon_.concepts()[e.concept_index].kind != ConceptKind::word &&
         !kept_forms().count(matcher::Matcher::fold_key(e.form) + static_cast<char>(e.language));
}

ParagraphPlan Rewriter::plan(std::string_view line, Language target, const Options& options, bool heading,
                             DocumentState& state) const {
  ParagraphPlan plan;
  plan.tokens = tokenize(line, target, options);
  std::vector<RuleMatch> rules;
  if (!plan.tokens.empty()) rules = rules_for(target).apply(line, plan.tokens);
  // A heading template names the heading's topic, so it serves a match that opens the heading;
  // after words of its own ("Stem Cells and 听力损失的治疗") a match is a noun phrase inside a
  // title ("Stem Cells and the Treatment of Hearing Loss").
  mark_headings(line, heading, rules);
  std::vector<std::pair<size_t, size_t>> rule_spans;
  std::vector<std::pair<size_t, size_t>> slots;
  for (const RuleMatch& m : rules) {
    rule_spans.emplace_back(m.begin, m.end);
    for (const RuleMatch::Slot& slot : m.slots) slots.emplace_back(slot.begin, slot.end);
  }
  std::vector<Inflection> inflections =
      target == Language::en ? english_inflections(line, plan.tokens, noun_senses_, heading, rule_spans, slots)
                             : std::vector<Inflection>(plan.tokens.size());
  if (target == Language::en) move_definite_articles(line, plan.tokens, inflections);
  emit(line, plan, rules, inflections, target, options, state);
  if (target == Language::en) drop_but_after_concession(line, plan.replacements);
  return plan;
}

const RuleSet& Rewriter::rules_for(Language target) const {
  return target == Language::en ? zh_rules_ : en_rules_;
}

std::vector<Token> Rewriter::tokenize(std::string_view paragraph, Language target, const Options& options) const {
  std::vector<Token> tokens;
  const std::vector<matcher::Match> matches = matcher_.find_all(paragraph);
  tokens.reserve(matches.size());
  for (const matcher::Match& m : matches) {
    Token t;
    t.begin = m.begin;
    t.end = m.end;
    t.entry = &matcher_.best_entry(m, target);
    t.matched_concept = &lexicon_.concepts()[t.entry->concept_index];
    // General words are translated into English only; English text keeps its own words.
    if (target == Language::en && t.entry->language == Language::en && t.matched_concept->kind == ConceptKind::word) {
      continue;
    }
    t.token_class = classify(*t.matched_concept);
    if (target == Language::en && t.token_class == TokenClass::adjective && t.entry->language == Language::zh &&
        text_of(paragraph, t).ends_with("的")) {
      t.noun_stem = noun_stem(*t.entry);
    }
    tokens.push_back(t);
  }
  if (target == Language::en) add_number_tokens(paragraph, tokens);
  // "A (B)" where A and B are forms of one concept and one of them is in the other
  // language: a redundant gloss, one token.
  // Tokens are moved, not copied (a copy of a number expression's concept is an atomic count).
  std::vector<Token> merged;
  merged.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token t = std::move(tokens[i]);  // only the tokens after it are read below
    if (target == Language::en && options.abbreviations != Abbreviations::as_written) {
      if (const size_t close = title_cased_gloss(paragraph, t); close != std::string_view::npos) {
        while (i + 1 < tokens.size() && tokens[i + 1].begin < close) ++i;  // the gloss's own words
        merged.push_back(std::move(t));
        continue;
      }
    }
    if (i + 1 < tokens.size()) {
      const Token& next = tokens[i + 1];
      const size_t open = after_open_paren(paragraph, t.end);
      const bool other_language = t.entry->language != target || next.entry->language != target;
      // Chinese writing glosses a term with its abbreviation: 白细胞介素-10（IL-10）.
      // So does English that an abbreviation style rewrites: "mesenchymal stem cells (MSCs)".
      const bool abbreviation_gloss = (target == Language::zh || options.abbreviations != Abbreviations::as_written) &&
                                      next.entry->role == matcher::FormRole::abbreviation;
      // Under an abbreviation style, an English abbreviation in parentheses right after a term
      // that has its own abbreviation glosses that term, even when it names another concept
      // ("autologous HSCT (HSCT)", or the style's own "term (ABBR)" read back with a longer
      // term before it): the term is rendered with its own gloss, never followed by a second.
      const bool foreign_gloss = target == Language::en && abbreviation_gloss &&
                                 next.entry->language == Language::en &&
                                 t.entry->role != matcher::FormRole::abbreviation &&
                                 t.matched_concept->kind == ConceptKind::term && !t.matched_concept->en.abbr.empty();
      if (open != std::string_view::npos && skip_spaces(paragraph, open) == next.begin &&
          ((next.matched_concept == t.matched_concept && (other_language || abbreviation_gloss)) || foreign_gloss)) {
        // "A (B, C)": the gloss may give the term and its abbreviation; the abbreviation,
        // when one is there, is the gloss that is kept.
        size_t last = i + 1;
        const Token* kept = &next;
        for (size_t k = i + 2; k < tokens.size() && tokens[k].matched_concept == t.matched_concept; ++k) {
          const size_t comma = after_comma(paragraph, tokens[last].end);
          if (comma == std::string_view::npos || skip_spaces(paragraph, comma) != tokens[k].begin) break;
          last = k;
          if (tokens[k].entry->role == matcher::FormRole::abbreviation) kept = &tokens[k];
        }
        const size_t close = after_close_paren(paragraph, tokens[last].end);
        if (close != std::string_view::npos) {
          t.gloss = kept->entry;
          t.gloss_begin = next.begin;
          t.kept_gloss_begin = kept->begin;
          t.end = close;
          t.token_class = TokenClass::nominal;
          i = last;
        }
      }
    }
    merged.push_back(std::move(t));
  }
  if (target == Language::en && options.abbreviations != Abbreviations::as_written) join_composed_terms(paragraph, merged);
  if (target == Language::en) {
    // In place: a token is kept when a translated token touches it or it glues nothing.
    size_t kept = 0;
    for (size_t i = 0; i < merged.size(); ++i) {
      const bool translated_before = i > 0 && merged[i - 1].end == merged[i].begin;
      const bool translated_after = i + 1 < merged.size() && merged[i + 1].begin == merged[i].end;
      if (translated_before || translated_after || !glues_chinese_left_over(paragraph, merged[i])) {
        if (kept != i) merged[kept] = std::move(merged[i]);
        ++kept;
      }
    }
    merged.resize(kept);
    split_narrated_compounds(paragraph, merged);
    noun_senses_.apply(paragraph, merged);
  }
  return merged;
}

void Rewriter::split_narrated_compounds(std::string_view paragraph, std::vector<Token>& tokens) const {
  static constexpr std::array<std::string_view, 12> kClauseMarks = {",",  ".",  ";",  ":",  "!",  "?",
                                                                    "，", "。", "；", "：", "！", "？"};
  // Written into a new vector, not inserted in place, so that a line of many such compounds
  // takes linear time.
  std::vector<Token> split;
  split.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& term = tokens[i];
    const bool before_le =
        i + 1 < tokens.size() && tokens[i + 1].begin == term.end && text_of(paragraph, tokens[i + 1]) == "了";
    // 得 right after it, which opens a verb's complement (伤口愈合得很快 "wounds heal quickly").
    constexpr std::string_view kComplementDe = "得";
    const bool before_de = paragraph.substr(term.end, kComplementDe.size()) == kComplementDe;
    if ((!before_le && !before_de) || term.entry->language != Language::zh || term.gloss ||
        term.matched_concept->kind != ConceptKind::term || term.matched_concept->pos != PartOfSpeech::noun) {
      split.push_back(std::move(term));
      continue;
    }
    const size_t after = before_le ? skip_spaces(paragraph, tokens[i + 1].end) : term.end;
    const bool closes_clause = before_de || after == paragraph.size() ||
                               std::any_of(kClauseMarks.begin(), kClauseMarks.end(),
                                           [&](std::string_view m) { return paragraph.substr(after, m.size()) == m; });
    // Or a quantity follows, what the verb measures (细胞存活了六个月 "the cells survived six months"),
    // after a word such as 至少 or 约 if one comes first.
    auto quantity_at = [&](size_t pos, size_t token) {
      if (pos < paragraph.size() && paragraph[pos] >= '0' && paragraph[pos] <= '9') return true;
      return token < tokens.size() && tokens[token].begin == pos && tokens[token].own_concept != nullptr;
    };
    bool before_quantity = quantity_at(after, i + 2);
    if (!before_quantity && i + 2 < tokens.size() && tokens[i + 2].begin == after) {
      const PartOfSpeech pos = tokens[i + 2].matched_concept->pos;
      before_quantity = (pos == PartOfSpeech::num || pos == PartOfSpeech::adv) &&
                        quantity_at(skip_spaces(paragraph, tokens[i + 2].end), i + 3);
    }
    // The first cut, from the left, into a noun and a verb (the longest verb) that both are words
    // of the termbase.
    const std::string_view written = text_of(paragraph, term);
    size_t length = 0;
    bool cut_found = false;
    for (size_t cut = 0; (closes_clause || before_quantity) && cut < written.size(); cut += length) {
      text::decode(written, cut, length);
      if (cut == 0) continue;
      const matcher::Entry* noun = whole_form_entry(written.substr(0, cut), Language::zh);
      const matcher::Entry* verb = whole_form_entry(written.substr(cut), Language::zh);
      if (noun == nullptr || verb == nullptr || noun->language != Language::zh || verb->language != Language::zh ||
          lexicon_.concepts()[noun->concept_index].pos != PartOfSpeech::noun ||
          lexicon_.concepts()[verb->concept_index].pos != PartOfSpeech::verb) {
        continue;
      }
      Token subject = term;
      subject.end = term.begin + cut;
      subject.entry = noun;
      subject.matched_concept = &lexicon_.concepts()[noun->concept_index];
      subject.token_class = classify(*subject.matched_concept);
      Token predicate = term;
      predicate.begin = subject.end;
      predicate.entry = verb;
      predicate.matched_concept = &lexicon_.concepts()[verb->concept_index];
      predicate.token_class = classify(*predicate.matched_concept);
      split.push_back(std::move(subject));
      split.push_back(std::move(predicate));
      cut_found = true;
      break;
    }
    if (!cut_found) split.push_back(std::move(term));
  }
  tokens.swap(split);
}

const matcher::Entry* Rewriter::whole_form_entry(std::string_view form, Language language) const {
  for (const matcher::Match& m : matcher_.find_all(form)) {
    if (m.begin == 0 && m.end == form.size()) return &matcher_.best_entry(m, language);
  }
  return nullptr;
}

void Rewriter::join_composed_terms(std::string_view paragraph, std::vector<Token>& tokens) const {
  size_t kept = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (kept != i) tokens[kept] = std::move(tokens[i]);
    Token& t = tokens[kept++];
    if (i + 1 == tokens.size()) break;
    const Token& next = tokens[i + 1];
    if (t.entry->language != Language::zh || t.gloss || t.matched_concept->en.term.empty() ||
        skip_spaces(paragraph, t.end) != next.begin) {
      continue;
    }
    const size_t next_end = next.gloss ? next.gloss_begin : next.end;
    const std::string next_english = next.entry->language == Language::en
                                         ? trim_gloss_head(std::string(paragraph.substr(next.begin, next_end - next.begin)))
                                         : next.matched_concept->en.term;
    const matcher::Entry* composed = whole_form_entry(t.matched_concept->en.term + " " + next_english, Language::en);
    if (composed == nullptr || composed->language != Language::en || composed->concept_index == next.entry->concept_index) {
      continue;
    }
    const Concept& c = lexicon_.concepts()[composed->concept_index];
    if (c.kind != ConceptKind::term || c.en.abbr.empty()) continue;
    // Written from the concept's Chinese term: the English is the concept's own, not the text's.
    const matcher::Entry* zh = whole_form_entry(c.zh.term, Language::zh);
    if (zh == nullptr || zh->concept_index != composed->concept_index) continue;
    t.entry = zh;
    t.matched_concept = &c;
    // A gloss of the inner term ("(MSCs)") glosses the whole, which renders its own.
    t.gloss = next.gloss;
    t.gloss_begin = next.gloss_begin;
    t.kept_gloss_begin = next.kept_gloss_begin;
    t.end = next.end;
    t.token_class = TokenClass::nominal;
    ++i;
  }
  tokens.resize(kept);
}

size_t Rewriter::title_cased_gloss(std::string_view paragraph, Token& t) const {
  const std::string& abbr = t.matched_concept->en.abbr;
  if (abbr.empty() || t.gloss || t.entry->role == matcher::FormRole::abbreviation) return std::string_view::npos;
  const size_t open = after_open_paren(paragraph, t.end);
  if (open == std::string_view::npos) return std::string_view::npos;
  const size_t at = skip_spaces(paragraph, open);
  if (!title_cased_form(paragraph.substr(at, abbr.size()), abbr)) return std::string_view::npos;
  const size_t close = after_close_paren(paragraph, at + abbr.size());
  if (close == std::string_view::npos) return std::string_view::npos;
  for (const matcher::Match& m : matcher_.find_all(abbr)) {
    const matcher::Entry& entry = matcher_.best_entry(m, Language::en);
    if (m.begin != 0 || m.end != abbr.size() || entry.concept_index != t.entry->concept_index) continue;
    t.gloss = &entry;
    t.gloss_begin = at;
    t.kept_gloss_begin = at;
    t.end = close;
    t.token_class = TokenClass::nominal;
    return close;
  }
  return std::string_view::npos;
}

std::string Rewriter::render_token(std::string_view paragraph, const Token& token, Language target, const Options& options,
                                   DocumentState& state, bool& changed) const {
  const matcher::Entry& e = *token.entry;
  const Concept& c = *token.matched_concept;
  const LanguageForms& to = c.forms(target);
  changed = true;
  if (token.gloss) {
    // The head as written when it is already an accepted form of the target language.
    const bool keep_head = e.language == target && e.role != matcher::FormRole::deprecated &&
                           e.role != matcher::FormRole::abbreviation && !unifies(e, options);
    const std::string head = keep_head ? std::string(paragraph.substr(token.begin, token.gloss_begin - token.begin)) : to.term;
    if (target == Language::en) {
      const std::string written = keep_head ? trim_gloss_head(head) : head;
      if (options.abbreviations != Abbreviations::as_written) {
        return abbreviation_style(paragraph, token, written, options, state);
      }
      return to.abbr.empty() ? written : written + " (" + to.abbr + ")";
    }
    const matcher::Entry* abbr = e.role == matcher::FormRole::abbreviation ? &e
                                 : token.gloss->role == matcher::FormRole::abbreviation ? token.gloss
                                                                                         : nullptr;
    const std::string zh_head = keep_head ? trim_gloss_head(head) : to.term;
    if (abbr == nullptr) return zh_head;
    state.defined_abbreviations.insert(e.concept_index);
    const size_t abbr_begin = abbr == &e ? token.begin : token.kept_gloss_begin;
    size_t len = 0;
    // The abbreviation as the text wrote it (MSC or MSCs).
    std::string_view written = paragraph.substr(abbr_begin);
    while (len < written.size() && (text::is_word_char(static_cast<unsigned char>(written[len])) ||
                                    written[len] == '-' || static_cast<unsigned char>(written[len]) >= 0x80)) {
      size_t cl;
      const char32_t cp = text::decode(written, len, cl);
      if (cp == U'）' || cp == U'（' || text::is_han(cp) || text::is_horizontal_space(cp)) break;
      len += cl;
    }
    return zh_head + "（" + chinese_abbreviation(written.substr(0, len)) + "）";
  }
  const std::string_view source = text_of(paragraph, token);
  if (target == Language::en && options.abbreviations != Abbreviations::as_written && !to.abbr.empty()) {
    std::string full = to.term;
    if (e.language == target && e.role != matcher::FormRole::abbreviation && e.role != matcher::FormRole::deprecated &&
        !unifies(e, options)) {
      full = std::string(source);  // the user's own full form
    } else if (e.number == matcher::Number::derived_singular) {
      full = text::singularize(to.term);
    }
    std::string styled = abbreviation_style(paragraph, token, std::move(full), options, state);
    changed = styled != source;
    return styled;
  }
  if (e.language == target) {
    const bool rewrite = e.role == matcher::FormRole::deprecated || unifies(e, options);
    std::string written = e.number == matcher::Number::derived_plural     ? text::pluralize(to.term)
                          : e.number == matcher::Number::derived_singular ? text::singularize(to.term)
                                                                          : to.term;
    if (!rewrite || to.term.empty() || glued_to_word(paragraph, token, written)) {
      changed = false;
      return std::string(source);
    }
    return written;
  }
  if (target == Language::zh && e.role == matcher::FormRole::abbreviation &&
      state.defined_abbreviations.count(e.concept_index)) {
    // The text defined it: Chinese writing keeps it bare.
    std::string bare = chinese_abbreviation(source);
    changed = bare != source;
    return bare;
  }
  return to.term;
}

std::string Rewriter::abbreviation_style(std::string_view paragraph, const Token& token, std::string full,
                                         const Options& options, DocumentState& state) const {
  const LanguageForms& en = token.matched_concept->en;
  if (en.abbr.empty()) return full;
  // One cell, one MSC: the abbreviation follows the number the text gave the term.
  const matcher::Entry& e = *token.entry;
  const std::string_view written = text_of(paragraph, token);
  const bool singular = e.number == matcher::Number::derived_singular ||
                        (e.role != matcher::FormRole::abbreviation && text::singularize(full) == full &&
                         text::pluralize(full) != full && e.language == Language::en && full == written);
  std::string abbr = en.abbr;
  if (singular && abbr.size() > 2 && abbr.back() == 's' && std::isupper(static_cast<unsigned char>(abbr[abbr.size() - 2]))) {
    abbr.pop_back();
  }
  if (e.role == matcher::FormRole::abbreviation && e.language == Language::en && !token.gloss && singular) {
    full = text::singularize(full);
  }
  switch (options.abbreviations) {
    case Abbreviations::never: return full;
    case Abbreviations::always: return abbr;
    case Abbreviations::first:
      if (state.introduced_abbreviations.insert(e.concept_index).second) return full + " (" + abbr + ")";
      return abbr;
    case Abbreviations::as_written: break;
  }
  return full;
}

std::string Rewriter::render_rule(std::string_view paragraph, const RuleMatch& match, const std::vector<Token>& tokens,
                                  const std::vector<Inflection>& inflections, Language target, const Options& options,
                                  DocumentState& state) const {
  const Rule& rule = *match.rule;
  const std::string& tmpl = match.in_heading && !rule.heading(target).empty() ? rule.heading(target) : rule.side(target);
  std::string out;
  bool last_phrase_singular = false;  // the number of the slot written last, for {V|agree}
  for (size_t i = 0; i < tmpl.size();) {
    if (tmpl[i] != '{') {
      out += tmpl[i++];
      continue;
    }
    const size_t close = tmpl.find('}', i);
    if (close == std::string::npos) {
      out.append(tmpl, i, std::string::npos);
      break;
    }
    std::string name = tmpl.substr(i + 1, close - i - 1);
    std::string modifier;
    if (const size_t bar = name.find('|'); bar != std::string::npos) {
      modifier = name.substr(bar + 1);
      name.resize(bar);
    }
    i = close + 1;
    const auto slot = std::find_if(match.slots.begin(), match.slots.end(),
                                   [&](const RuleMatch::Slot& s) { return s.name == name; });
    if (slot == match.slots.end()) continue;
    const size_t slot_text_begin = out.size();
    size_t previous_end = std::string::npos;
    // The rules inside the slot render their spans of it; an agreeing verb reads the number of
    // the slot's words as they stand ("patients with diabetes" is plural, as "diabetes patients").
    auto inner = std::lower_bound(match.inner.begin(), match.inner.end(), slot->begin,
                                  [](const RuleMatch& m, size_t at) { return m.begin < at; });
    const auto inner_end = is_agreeing_verb(modifier) ? inner : match.inner.end();
    // What goes between the words written so far and the next, which starts at `begin`.
    auto separate = [&](size_t begin, const std::string& word) {
      if (previous_end == std::string::npos) return;
      const std::string_view gap = paragraph.substr(previous_end, begin - previous_end);
      const bool listed = gap.find("、") != std::string_view::npos || gap.find(',') != std::string_view::npos;
      if (target == Language::en) {
        if (!word.empty()) out += listed ? ", " : " ";
      } else {
        out += listed ? "、" : std::string(gap);
      }
    };
    // The slot's tokens, found by binary search: a line of many rule matches stays linear.
    auto first = std::lower_bound(tokens.begin(), tokens.end(), slot->begin,
                                  [](const Token& t, size_t at) { return t.begin < at; });
    const Token* head = nullptr;  // the slot's one token, when it is written as it is (no inner rule's)
    size_t written_tokens = 0;
    for (auto it = first; it != tokens.end() && it->begin < slot->end; ++it) {
      // A slot that ends before the 的 of an adjective's own form (女性的) takes its noun (女性).
      Token stem;
      if (it->end > slot->end && it->noun_stem != nullptr) {
        stem.begin = it->begin;
        stem.end = slot->end;
        stem.entry = it->noun_stem;
        stem.matched_concept = &lexicon_.concepts()[it->noun_stem->concept_index];
        stem.token_class = TokenClass::nominal;
      }
      const Token& t = stem.entry != nullptr ? stem : *it;
      const auto index = static_cast<size_t>(it - tokens.begin());
      if (t.end > slot->end) continue;
      if (inner != inner_end && inner->end <= slot->end && t.begin >= inner->begin) {
        // The first token of a rule's match inside the slot: the match in place of its tokens.
        std::string rendered = render_rule(paragraph, *inner, tokens, inflections, target, options, state);
        separate(inner->begin, rendered);
        out += rendered;
        previous_end = inner->end;
        head = nullptr;
        ++written_tokens;
        while (std::next(it) != tokens.end() && std::next(it)->begin < inner->end) ++it;
        ++inner;
        continue;
      }
      bool changed;
      std::string word = render_token(paragraph, t, target, options, state, changed);
      if (target == Language::en && t.token_class == TokenClass::verb && modifier == "ed") {
        word = text::past_participle(word);
      } else if (target == Language::en && t.token_class == TokenClass::verb && modifier == "past") {
        word = text::past_tense(word);
      } else if (target == Language::en) {
        Inflection inflection = stem.entry != nullptr ? Inflection{} : inflections[index];
        if (modifier == "ing" && t.token_class == TokenClass::verb) inflection = Inflection{.ing = true};
        if (modifier == "agree" && t.token_class == TokenClass::verb) inflection = Inflection{};
        word = inflect(std::move(word), inflection, t.matched_concept->ing);
        // {V|agree}: the verb in the present, agreeing with the noun phrase slot written before it
        // ("factors that promote", "a cell that secretes").
        if (modifier == "agree" && t.token_class == TokenClass::verb && last_phrase_singular) {
          word = text::third_person_singular(word);
        }
      }
      if (target == Language::en && t.token_class == TokenClass::verb && (modifier == "head" || modifier == "tail")) {
        // A verb and its particle around the object: "differentiate {X} into".
        const size_t space = word.find(' ');
        word = modifier == "head" ? word.substr(0, space) : space == std::string::npos ? "" : word.substr(space + 1);
      }
      separate(t.begin, word);
      previous_end = t.end;
      if (word.empty()) continue;
      head = ++written_tokens == 1 ? &*it : nullptr;
      if (target == Language::en) {
        if (stem.entry == nullptr && takes_definite_article(paragraph, tokens, index) &&
            !text::is_determiner(text::last_word_lowercase(out))) {
          word = "the " + word;
        }
      }
      out += word;
    }
    // A slot that took no token took plain text (a number in digits, {N:number}): written as it is.
    if (previous_end == std::string::npos) out.append(paragraph.substr(slot->begin, slot->end - slot->begin));
    if (target == Language::en && modifier.empty() && i < tmpl.size() && tmpl[i] == '-') {
      // A noun phrase before a hyphen modifies what follows, and English writes it singular
      // ("stem cell-derived", "MSC-derived", not "stem cells-derived").
      const std::string phrase = out.substr(slot_text_begin);
      out.resize(slot_text_begin);
      out += text::compound_modifier(phrase);
    }
    if (target == Language::en && modifier.empty() &&
        (out.substr(slot_text_begin) == "1" || out.substr(slot_text_begin) == "one")) {
      // A count of one takes the template's next word, a noun that counts what "of" names, in the
      // singular ("1 group of", not "1 groups of"; "1 times" as it is).
      size_t word_end = i;
      while (word_end < tmpl.size() && tmpl[word_end] == ' ') ++word_end;
      const size_t word_begin = word_end;
      while (word_end < tmpl.size() && std::islower(static_cast<unsigned char>(tmpl[word_end]))) ++word_end;
      if (word_end > word_begin && tmpl.compare(word_end, 4, " of ") == 0) {
        out.append(tmpl, i, word_begin - i);
        out += text::singularize(std::string_view(tmpl).substr(word_begin, word_end - word_begin));
        i = word_end;
      }
    }
    if (target == Language::en && modifier == "plural") {
      // {X|plural}: the noun phrase with its head in the plural ("one of the most common {Y|plural}").
      const std::string phrase = out.substr(slot_text_begin);
      out.resize(slot_text_begin);
      out += plural_noun_phrase(phrase);
    }
    if (target == Language::en && modifier == "the" && head != nullptr &&
        names_one_body_part(*head->matched_concept, out.substr(slot_text_begin))) {
      // {X|the}: a slot that is one bare singular part of the body means the one of the body in
      // question ("the degeneration of the intervertebral disc").
      out.insert(slot_text_begin, "the ");
    }
    if (target == Language::en && (modifier.empty() || modifier == "plural" || modifier == "the")) {
      last_phrase_singular = text::reads_singular(out.substr(slot_text_begin));
    }
    if (target == Language::en && is_agreeing_verb(modifier)) {
      // {X|be}, {X|have}, {X|include} ...: not the noun phrase but the verb, in the present,
      // that agrees with it; {X|was} the past of be, "was" or "were".
      const bool singular = text::reads_singular(out.substr(slot_text_begin));
      out.resize(slot_text_begin);
      if (modifier == "was") {
        out += singular ? "was" : "were";
      } else {
        out += singular ? text::third_person_singular(modifier) : modifier == "be" ? "are" : modifier;
      }
    }
  }
  // Collapse the double spaces a dropped token can leave.
  std::string tidy;
  for (char ch : out) {
    if (ch == ' ' && (tidy.empty() || tidy.back() == ' ')) continue;
    tidy += ch;
  }
  while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
  return tidy;
}

std::string Rewriter::agreeing_with_pronoun(std::string_view paragraph, const std::vector<Token>& tokens,
                                            const RuleMatch& match, std::string english) const {
  const std::string& tmpl = match.rule->side(Language::en);
  std::string_view verb = std::string_view(tmpl).substr(0, tmpl.find(' '));
  if (verb.empty() || !std::islower(static_cast<unsigned char>(verb[0])) || verb.find('{') != std::string_view::npos ||
      !english.starts_with(std::string(verb) + " ")) {
    return english;
  }
  // An adverb before the verb ("rarely {V}"): the verb after it, as the slot wrote it, agrees.
  size_t verb_at = 0;
  const matcher::Entry* adverb = whole_form_entry(verb, Language::en);
  if (adverb != nullptr && lexicon_.concepts()[adverb->concept_index].pos == PartOfSpeech::adv) {
    verb_at = verb.size() + 1;
    const size_t verb_end = english.find(' ', verb_at);
    verb = std::string_view(english).substr(verb_at, verb_end == std::string::npos ? verb_end : verb_end - verb_at);
    if (verb.empty()) return english;
  }
  const auto first = std::lower_bound(tokens.begin(), tokens.end(), match.begin,
                                      [](const Token& t, size_t at) { return t.begin < at; });
  if (first == tokens.end() || first->begin != match.begin ||
      pronoun_subject_before(paragraph, tokens, static_cast<size_t>(first - tokens.begin())) !=
          text::GrammaticalNumber::singular) {
    return english;
  }
  const matcher::Entry* entry = whole_form_entry(verb, Language::en);
  if (entry == nullptr || lexicon_.concepts()[entry->concept_index].pos != PartOfSpeech::verb ||
      text::base_form(verb) != verb) {
    return english;
  }
  return english.substr(0, verb_at) + text::third_person_singular(verb) + english.substr(verb_at + verb.size());
}

// Whether token `i` (not the first) follows a Chinese noun or pronoun right before it, its
// subject (医生表示: 医生).
static bool is_subject_before(std::string_view paragraph, const std::vector<Token>& tokens, size_t i) {
  const Token& before = tokens[i - 1];
  return before.entry->language == Language::zh && skip_spaces(paragraph, before.end) == tokens[i].begin &&
         (before.token_class == TokenClass::nominal || before.matched_concept->pos == PartOfSpeech::pron);
}

// English output: a Chinese phrase that reports what follows it, before a comma and a clause
// (数据显示, 炎症… "data show that inflammation…", 专家表示, … "experts say that …"), or a verb that
// reports, after its subject (医生表示, … "doctors say that …", 作者指出, … "the authors point out
// that …"): English writes no comma there, and "that" where the phrase does not end in it. The
// end of the comma and the spaces after it, and the text that takes their place; `end` when no
// comma and clause follow, or the phrase reports nothing.
static std::pair<size_t, std::string_view> comma_after_reporting_phrase(std::string_view paragraph, size_t end,
                                                                        const Concept& phrase, std::string_view english,
                                                                        bool after_subject) {
  static constexpr std::array<std::string_view, 36> kReportingVerbs = {
      "suggest",  "suggests",  "show",      "shows",  "showed",  "found",     "say",       "says",       "said",
      "indicate", "indicates", "indicated", "report", "reports", "reported",  "write",     "writes",     "wrote",
      "believe",  "believes",  "note",      "notes",  "noted",   "confirmed", "point out", "points out", "pointed out",
      "think",    "thinks",    "argue",     "argues", "stress",  "stresses",  "explain",   "explains",   "state"};
  const size_t last_space = english.rfind(' ');
  const std::string_view last_word = english.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
  const bool ends_in_that = last_word == "that" && last_space != std::string_view::npos;
  const auto reporting = [&](std::string_view verb) {
    return english == verb ? after_subject
                           : english.size() > verb.size() && english.ends_with(verb) &&
                                 english[english.size() - verb.size() - 1] == ' ';
  };
  const bool reports =
      phrase.pos == PartOfSpeech::verb && std::any_of(kReportingVerbs.begin(), kReportingVerbs.end(), reporting);
  if (!ends_in_that && !reports) return {end, {}};
  size_t after = skip_spaces(paragraph, end);
  if (paragraph.substr(after, 1) == ",") {
    after += 1;
  } else if (paragraph.substr(after, 3) == "，") {
    after += 3;
  } else {
    return {end, {}};
  }
  after = skip_spaces(paragraph, after);
  if (after >= paragraph.size() || paragraph[after] == '\n') return {end, {}};
  return {after, ends_in_that ? " " : " that "};
}

void Rewriter::emit(std::string_view paragraph, ParagraphPlan& plan, const std::vector<RuleMatch>& rules,
                    const std::vector<Inflection>& inflections, Language target, const Options& options,
                    DocumentState& state) const {
  size_t r = 0;
  const std::vector<bool> english = target == Language::zh ? english_to_translate(paragraph, plan.tokens)
                                                           : std::vector<bool>(plan.tokens.size());
  const std::vector<bool> enumeration = target == Language::zh ? enumeration_commas(paragraph, plan.tokens, english)
                                                               : std::vector<bool>(plan.tokens.size());
  auto rendered = [&](const RuleMatch& m) {
    std::string text = render_rule(paragraph, m, plan.tokens, inflections, target, options, state);
    return target == Language::en ? agreeing_with_pronoun(paragraph, plan.tokens, m, std::move(text)) : text;
  };
  for (const Token& t : plan.tokens) {
    while (r < rules.size() && rules[r].end <= t.begin) {
      const RuleMatch& m = rules[r++];
      Replacement rep{m.begin, m.end, rendered(m), EditKind::rule, m.rule->id, false};
      plan.replacements.push_back(std::move(rep));
    }
    if (r < rules.size() && t.begin >= rules[r].begin && t.end <= rules[r].end) continue;  // inside a rule
    const size_t index = static_cast<size_t>(&t - plan.tokens.data());
    if (target == Language::zh && t.entry->language == Language::en && !t.gloss && !english[index]) continue;
    bool changed;
    std::string text = render_token(paragraph, t, target, options, state, changed);
    if (target == Language::en && t.entry->language == Language::zh) {
      std::string inflected =
          without_repeated_first_word(paragraph, t.begin, inflect(text, inflections[index], t.matched_concept->ing));
      changed = changed || inflected != text;
      text = std::move(inflected);
    }
    if (enumeration[index] && t.matched_concept->pos == PartOfSpeech::adj) text = std::string(without_trailing_de(text));
    if (!changed) continue;
    Replacement rep{t.begin, t.end, std::move(text), t.gloss ? EditKind::gloss : kind_of(*t.matched_concept),
                    t.matched_concept->id, false};
    rep.definite_article = target == Language::en && takes_definite_article(paragraph, plan.tokens, index);
    plan.replacements.push_back(std::move(rep));
    if (enumeration[index] && (r >= rules.size() || rules[r].begin >= plan.tokens[index + 1].begin)) {
      plan.replacements.push_back({t.end, plan.tokens[index + 1].begin, "、", EditKind::punctuation, {}, false});
    }
    if (target == Language::en && t.entry->language == Language::zh) {
      const auto [comma_end, instead] =
          comma_after_reporting_phrase(paragraph, t.end, *t.matched_concept, plan.replacements.back().text,
                                       index > 0 && is_subject_before(paragraph, plan.tokens, index));
      if (comma_end != t.end && (r >= rules.size() || rules[r].begin >= comma_end)) {
        plan.replacements.push_back({t.end, comma_end, std::string(instead), EditKind::punctuation, {}, false});
      }
    }
  }
  for (; r < rules.size(); ++r) {
    const RuleMatch& m = rules[r];
    Replacement rep{m.begin, m.end, rendered(m), EditKind::rule, m.rule->id, false};
    plan.replacements.push_back(std::move(rep));
  }
}

}  // namespace termnorm::rewriter
