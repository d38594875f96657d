// English word forms and casing that the pipeline derives rather than stores: regular
// plurals and singulars of a term's last word, -ing, third-person and past-participle forms of
// verbs, the number a determiner asks of its noun, sentence and title case.
// Rules of thumb for the regular cases; irregular nouns and -ing forms live in the lexicon,
// and the irregular past participles (a closed class of English) in a table here.
#pragma once

#include <string>
#include <string_view>

namespace termnorm::text {

// "cell" → "cells", "therapy" → "therapies", "approach" → "approaches" (last word only);
// a word in -ics ("clinics", "genetics") stays as it is.
std::string pluralize(std::string_view phrase);

// "cells" → "cell", "therapies" → "therapy"; returns the input when it does not look plural.
std::string singularize(std::string_view phrase);

// "promote" → "promoting", "reduce" → "reducing", "modulate" → "modulating"; for a phrase
// ("lead to"), the first word.
std::string ing_form(std::string_view phrase);

// The comparative of an adjective: "safer", "easier", "bigger", "better", "more effective";
// one already comparative ("safer", "more stable") as it is.
std::string comparative(std::string_view adjective);

// The adverb of an adjective: "slow" → "slowly", "easy" → "easily", "simple" → "simply",
// "basic" → "basically", "good" → "well"; one that is its own adverb ("fast", "hard", "high"),
// an adverb already ("rapidly"), a participle ("restored") and a phrase as they are.
std::string adverb_of(std::string_view adjective);

// "remove" → "removed", "stop" → "stopped", "carry out" → "carried out", "make" → "made",
// "grow" → "grown": the past participle (of the first word of a phrase). A phrase that does
// not start with a base form ("can help", "is", "showed") is returned as it is.
std::string past_participle(std::string_view phrase);

// "improve" → "improved", "grow" → "grew", "carry out" → "carried out": the simple past (of the
// first word of a phrase); a phrase that does not start with a base form as it is.
std::string past_tense(std::string_view phrase);

// "affect" → "affects", "carry out" → "carries out", "have" → "has": the present tense after
// he, she, it. A phrase that does not start with a base form ("can help", "is", "showed")
// is returned as it is.
std::string third_person_singular(std::string_view phrase);

// "is" → "be", "are" → "be", "has shown" → "have shown": a verb phrase whose first word is a
// finite form of be or have, in the base form a modal asks for; other phrases as they are.
std::string base_form(std::string_view phrase);

// "is" → "are", "has shown" → "have shown", "was" → "were": a verb phrase whose first word
// agrees with a singular subject, made to agree with a plural one; other phrases as they are.
std::string plural_agreement(std::string_view phrase);

// The number a determiner or number word asks of the noun it governs ("two", "several",
// "these": plural; "a", "one", "each", "first": singular), lower case; `unknown` for the rest ("the").
enum class GrammaticalNumber { unknown, singular, plural };
GrammaticalNumber number_asked_by(std::string_view lowercase_determiner);

// Nouns that take no plural in running text (research, evidence, information ...).
bool is_uncountable(std::string_view lowercase_noun);

// A noun phrase as the first part of a hyphenated compound, its last word singular: "stem
// cells" → "stem cell" (stem cell-derived), "MSCs" → "MSC"; "genetics" stays.
std::string compound_modifier(std::string_view noun_phrase);

// Whether a noun phrase reads singular to a verb: its last word is uncountable or singular
// ("stem cell therapy", "evidence"; not "stem cells"); in "X of Y" the head X decides
// ("mechanisms of action": plural), or Y when X is a quantity ("a number of cells": plural).
bool reads_singular(std::string_view noun_phrase);

// An ordinal: "first", "second" ... "tenth", "last".
bool is_ordinal(std::string_view word);

// A superlative adjective: "most common", "best", "largest" (not "honest", "modest").
bool is_superlative(std::string_view adjective);

// Upper-cases the first letter (ICU case mapping), leaving the rest as it is.
std::string capitalize_first(std::string_view text);

// Title Case for headings: capitalizes each word except short function words (a, of, and,
// for ...) after the first; words that already contain a capital letter are left alone.
std::string title_case(std::string_view text, bool first_word_of_line);

// `text` with its ASCII letters lower-cased.
std::string lowercase(std::string_view text);

// The last space-separated word of `text`, lower-cased (ASCII), trailing spaces ignored.
std::string last_word_lowercase(std::string_view text);

// True for words after which a noun takes no extra article (the, a, its, these, own, a
// possessive in 's ...).
bool is_determiner(std::string_view lowercase_word);

// An adverb that stands between a subject and its verb: "still", "also", "often", a word in
// -ly ("gradually"; not "apply", "supply"), lower case.
bool is_adverb_before_verb(std::string_view lowercase_word);

// True when "a" before this word is written "an" ("an effective", "an MSC", "an hour").
bool takes_an(std::string_view word);

// A phrase whose words came together after each was chosen ("a" + "important approach",
// "one of the" + "the main causes") with its articles settled: every lower-case "a" before a
// vowel sound written "an" ("is a important approach" → "is an important approach"), "the"
// written twice in a row once, and "the" before "a" or "an" dropped ("The a key step" → "A key
// step"). Capital "A" ("vitamin A") and "an" stay as they are.
std::string settle_articles(std::string_view phrase);

// Whether a sentence starts at byte `at` of `line`: only spaces before it since the line's
// start (after a Markdown heading marker, "# ") or a sentence's closing mark (. ! ? 。 ！ ？).
bool sentence_starts_at(std::string_view line, size_t at);

}  // namespace termnorm::text
