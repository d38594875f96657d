// English number and agreement of the words translated from Chinese, read from their
// neighbours, since Chinese marks neither:
// - a verb that is also a noun takes its noun sense where a noun stands (目前的治疗 → "current
//   treatment"), and a noun that is also a verb its verb sense after a modal (可以注射 → "can inject");
// - the noun a numeral or determiner governs takes the number it asks for (两种方法 → "two
//   approaches");
// - a verb after he, she, it, 这 or a singular subject at a clause's start agrees with it ("It 影响"
//   → "It affects"), and a noun with a verb sense after a pronoun subject is that verb (他们注射
//   "they inject"), a lexicon verb written "is", "has" or "was" after a plural subject reads
//   "are", "have", "were", and after a modal "be", "have" (可以是 → "can be");
// - an adjective that is a predicate gets its verb (它很安全 → "it is very safe"), one after a
//   verb other than a linking verb is its adverb (生长缓慢 → "grow slowly"), and one after 更 its
//   -er form when it has one (更简单 → "simpler");
// - a superlative before its noun gets "the" (最常见的原因 → "the most common causes"), and so
//   does a bare singular noun of the general vocabulary that opens a sentence as its subject
//   (标准方法 is → "The standard approach is");
// - a verb before the 了 that closes its clause, after its subject, is in the past (肿瘤缩小了 →
//   "the tumor shrank");
// - a verb after an English preposition or as the subject of an English verb takes its -ing form,
//   one after 是 "to" (原理是利用 → "the principle is to harness"), one after a verb ending in
//   "be" its past participle (有待确定 → "remain to be determined");
// - a verb whose noun sense is a procedure, between a procedure and a disease in a noun phrase,
//   reads "for" (干细胞移植治疗白血病 is ... → "stem cell transplantation for leukemia is ...").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rewriter/token.hpp"
#include "termnorm/lexicon.hpp"
#include "text/english.hpp"

namespace termnorm::rewriter {

// What the neighbours of one token ask of its English form.
struct Inflection {
  enum class Number : char { as_written, singular, plural };
  Number number = Number::as_written;
  bool third_person = false;  // a verb in the present tense after a singular subject
  bool plural_subject = false;  // a verb after a plural subject: "is", "has", "was" agree ("are")
  bool ing = false;           // a verb after an English preposition, or a gerund subject
  bool participle = false;    // a verb after one that ends in "be" ("remain to be determined")
  bool infinitive = false;    // a verb after 是: "to" and the verb ("the aim is to repair")
  bool adverb = false;        // an adjective after a verb that says how it is done ("grow slowly")
  bool base_form = false;     // a verb after a modal ("can be", not "can is")
  bool past = false;          // a verb before the 了 that closes its clause ("the symptoms improved")
  bool purpose = false;       // reads "for": a procedure's verb between a procedure and a disease
  bool comparative = false;   // an adjective after 比Y or 更: "safer", "more effective"
  bool in_comparative = false;  // 更 before an adjective whose -er form says "more": written by it
  std::string copula;         // "is" or "are" before an adjective that is a predicate (and its adverbs)
  std::string article;        // "the" before a superlative or ordinal that opens a noun phrase, "a"
                              // before a heading's subtitle noun
};

// The noun senses of verbs: a noun concept and a verb concept that declare each other homonyms
// (either side may name the other) and share a form (治疗 treat / 治疗 treatment).
class NounSenses {
 public:
  explicit NounSenses(const Lexicon& lexicon);

  // English output: a Chinese noun token with a verb sense becomes that verb after a modal
  // (Chinese or English: 能出汗 "can sweat"), after an adverb such as 直接 or 再, and before
  // 到/入/至 and a place (将细胞移植到心脏 "transplant the cells into the heart"). A Chinese verb token with a noun
  // sense becomes that noun after 的, an adjective, a determiner, a number or a measure word (unless it opens a
  // relative clause there: 一种治疗糖尿病的药物), and before 的 or 相关; the rules then see it as
  // part of a noun phrase.
  void apply(std::string_view line, std::vector<Token>& tokens) const;

  // The noun sense of a verb concept, or null.
  const Concept* of(const Concept& verb) const;

 private:
  std::unordered_map<const Concept*, const Concept*> noun_of_verb_;
  // The other way, for a form the noun holds: after a modal it reads as the verb (可以注射
  // "can inject").
  std::unordered_map<const Concept*, const Concept*> verb_of_noun_;
  // An adjective and an adverb that share a form (主要 "main", "mainly"): between a subject and a
  // verb with a noun sense, the adverb, and the verb stays a verb (该病主要影响成人 "the disease
  // mainly affects adults").
  std::unordered_map<const Concept*, const Concept*> adverb_of_adjective_;
};

// The number of a pronoun subject right before token `i`, past Chinese adverbs: a personal pronoun
// (他 "he", 他们 "they"), or 这/此/这些 alone opening a clause, which stands for a noun (这改善
// "this improves"); unknown when there is none.
text::GrammaticalNumber pronoun_subject_before(std::string_view line, const std::vector<Token>& tokens, size_t i);

// English output: the inflection of each token (same indices as `tokens`). In a heading a noun
// sense after an adjective reads plural ("Current Treatments"). `rule_spans` are the spans the
// construction rules rewrite ([begin, end) in line offsets, sorted and disjoint): one that ends
// in a noun reads as one noun phrase headed by that noun, so it can be the subject a verb
// agrees with. `slots` are the rules' slots ([begin, end) in line offsets): a noun that ends a
// slot does not modify a noun after it, outside the slot, and heads the noun phrase a determiner
// opening the slot governs.
std::vector<Inflection> english_inflections(std::string_view line, const std::vector<Token>& tokens,
                                            const NounSenses& noun_senses, bool heading,
                                            const std::vector<std::pair<size_t, size_t>>& rule_spans,
                                            const std::vector<std::pair<size_t, size_t>>& slots = {});

// `text` (the token's English) under `inflection`; `irregular_ing` is the concept's -ing form
// when the lexicon gives one.
std::string inflect(std::string text, const Inflection& inflection, std::string_view irregular_ing = {});

// An English noun phrase with its head noun in the plural, for a template's {X|plural} ("one of
// the most effective {Y|plural}"): the noun before a postmodifier ("mechanism of action" →
// "mechanisms of action", "patient with diabetes" → "patients with diabetes"), else the last word.
// Unchanged when the head is uncountable ("research"), already plural, or not a lower-case word
// (an abbreviation), and when the phrase opens with a determiner ("a number of cells").
std::string plural_noun_phrase(std::string_view phrase);

}  // namespace termnorm::rewriter
