// English word forms and casing.
#include "text/english.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "text/layout.hpp"
#include "text/utf8.hpp"

namespace termnorm::text {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Splits `phrase` at its last word: [head][word].
std::pair<std::string_view, std::string_view> split_last_word(std::string_view phrase) {
  const size_t cut = phrase.find_last_of(" -/");
  if (cut == std::string_view::npos) return {{}, phrase};
  return {phrase.substr(0, cut + 1), phrase.substr(cut + 1)};
}

bool is_lower_alpha_word(std::string_view w) {
  return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

using FormPair = std::pair<std::string_view, std::string_view>;

// `table` sorted by its first forms, for a binary search (sorted at compile time, so a table
// may be written in any order); a first form listed twice fails the build.
template <size_t N>
consteval std::array<FormPair, N> sorted_by_first(std::array<FormPair, N> table) {
  std::sort(table.begin(), table.end());
  if (std::adjacent_find(table.begin(), table.end(),
                         [](const FormPair& a, const FormPair& b) { return a.first == b.first; }) != table.end()) {
    throw "a form listed twice";
  }
  return table;
}

// The second forms of `table`, sorted, for a binary search.
template <size_t N>
consteval std::array<std::string_view, N> sorted_seconds(const std::array<FormPair, N>& table) {
  std::array<std::string_view, N> seconds{};
  std::transform(table.begin(), table.end(), seconds.begin(), [](const FormPair& p) { return p.second; });
  std::sort(seconds.begin(), seconds.end());
  return seconds;
}

// Nouns with irregular plurals, singular and plural: a closed class of everyday English, and the
// Latin and Greek nouns of anatomy and medicine that keep their own plural ("menisci", not
// "meniscuses"). Not "data": it is a mass noun in these articles.
constexpr std::array<std::pair<std::string_view, std::string_view>, 27> kIrregularPlurals = {
    {{"person", "people"},
     {"child", "children"},
     {"man", "men"},
     {"woman", "women"},
     {"foot", "feet"},
     {"tooth", "teeth"},
     {"mouse", "mice"},
     {"criterion", "criteria"},
     {"phenomenon", "phenomena"},
     {"meniscus", "menisci"},
     {"nucleus", "nuclei"},
     {"fungus", "fungi"},
     {"bacterium", "bacteria"},
     {"stimulus", "stimuli"},
     {"embolus", "emboli"},
     {"thrombus", "thrombi"},
     {"bronchus", "bronchi"},
     {"alveolus", "alveoli"},
     {"villus", "villi"},
     {"locus", "loci"},
     {"vertebra", "vertebrae"},
     {"ganglion", "ganglia"},
     {"mitochondrion", "mitochondria"},
     {"ovum", "ova"},
     {"septum", "septa"},
     {"foramen", "foramina"},
     {"metastasis", "metastases"}}};  // not "metastase", as "diseases" gives "disease"

// A verb that doubles its last consonant before -ed and -ing ("stop" → "stopped", "stopping";
// "transfer" → "transferring"): a last syllable ending consonant-vowel-consonant (not w, x or
// y) that is the only syllable or stressed.
bool doubles_last_consonant(std::string_view verb) {
  static constexpr std::array<std::string_view, 12> kStressedLast = {
      "occur", "refer", "transfer", "prefer", "confer", "control", "admit", "commit", "submit", "omit", "permit", "recur"};
  const size_t n = verb.size();
  const bool cvc = n >= 3 && !is_vowel(verb[n - 1]) && is_vowel(verb[n - 2]) && !is_vowel(verb[n - 3]) &&
                   std::string_view("wxy").find(verb[n - 1]) == std::string_view::npos;
  const bool one_syllable = std::count_if(verb.begin(), verb.end(), [](char c) { return is_vowel(c); }) == 1;
  return cvc && (one_syllable || std::find(kStressedLast.begin(), kStressedLast.end(), verb) != kStressedLast.end());
}

// Adverbs that stand before a verb phrase: words in -ly and a few short ones.
}  // namespace

bool is_adverb_before_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kAdverbs = {
      "still", "also", "often", "always", "never", "not", "only", "already", "even",
      "further", "now", "just", "thus", "then"};
  if (std::find(kAdverbs.begin(), kAdverbs.end(), w) != kAdverbs.end()) return true;
  static constexpr std::array<std::string_view, 4> kNotAdverbs = {"apply", "rely", "reply", "supply"};
  return w.size() > 4 && ends_with(w, "ly") && std::find(kNotAdverbs.begin(), kNotAdverbs.end(), w) == kNotAdverbs.end();
}

namespace {

// Singular nouns that end like plurals.
bool is_singular_in_s(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kSingularInS = {
      "diabetes", "herpes", "rabies", "series", "species", "news", "measles", "mumps", "ascites", "feces", "faeces"};
  return std::find(kSingularInS.begin(), kSingularInS.end(), w) != kSingularInS.end();
}

// Nouns that are plural or mass already and take no -s: "data", "criteria", "ascites".
bool takes_no_plural_s(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kInvariant = {
      "data", "criteria", "bacteria", "media", "phenomena", "ascites", "feces", "faeces"};
  return std::find(kInvariant.begin(), kInvariant.end(), w) != kInvariant.end();
}

}  // namespace

std::string pluralize(std::string_view phrase) {
  auto [head, word] = split_last_word(phrase);
  std::string out(head);
  if (!is_lower_alpha_word(word)) return std::string(phrase);
  for (const auto& [singular, plural] : kIrregularPlurals) {
    if (word == plural) return std::string(phrase);  // "people" is plural already
    if (word == singular) return out.append(plural);
  }
  // A word in -ics is a plural already ("clinics", "antibiotics") or a field of study, which
  // takes no plural ("genetics"): never "clinicses".
  if (ends_with(word, "ics") || takes_no_plural_s(word)) return std::string(phrase);
  // A word in -s that is not -ss, -us or -is is a plural already ("start-ups", "cells").
  if (ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us") && !ends_with(word, "is")) {
    return std::string(phrase);
  }
  if (ends_with(word, "y") && word.size() > 2 && !is_vowel(word[word.size() - 2])) {
    out.append(word.substr(0, word.size() - 1)).append("ies");
  } else if (ends_with(word, "sis")) {
    out.append(word.substr(0, word.size() - 2)).append("es");
  } else if (ends_with(word, "s") || ends_with(word, "x") || ends_with(word, "z") ||
             ends_with(word, "ch") || ends_with(word, "sh")) {
    out.append(word).append("es");
  } else {
    out.append(word).append("s");
  }
  return out;
}

std::string singularize(std::string_view phrase) {
  auto [head, word] = split_last_word(phrase);
  std::string out(head);
  if (is_singular_in_s(word)) return std::string(phrase);
  for (const auto& [singular, plural] : kIrregularPlurals) {
    if (word == plural) return out.append(singular);
  }
  if (!is_lower_alpha_word(word) || word.size() < 4) return std::string(phrase);
  // Fields of study and their kin are singular: "ethics", "genetics", "pharmacokinetics".
  if (ends_with(word, "ics")) return std::string(phrase);
  if (ends_with(word, "ies")) {
    out.append(word.substr(0, word.size() - 3)).append("y");
  } else if (ends_with(word, "sses") || ends_with(word, "ches") || ends_with(word, "shes") ||
             ends_with(word, "xes")) {
    out.append(word.substr(0, word.size() - 2));
  } else if (ends_with(word, "ses") && !ends_with(word, "ases") && !ends_with(word, "uses")) {
    out.append(word.substr(0, word.size() - 2)).append("is");   // analyses → analysis
  } else if (ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us") &&
             !ends_with(word, "is")) {
    out.append(word.substr(0, word.size() - 1));
  } else {
    return std::string(phrase);
  }
  return out;
}

std::string ing_form(std::string_view phrase) {
  const size_t space = phrase.find(' ');
  const std::string_view verb = phrase.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : phrase.substr(space);
  std::string out;
  if (verb == "be") out = "being";
  else if (ends_with(verb, "ie")) out = std::string(verb.substr(0, verb.size() - 2)) + "ying";
  else if (ends_with(verb, "e") && !ends_with(verb, "ee") && !ends_with(verb, "ye") &&
           !ends_with(verb, "oe") && verb.size() > 2)
    out = std::string(verb.substr(0, verb.size() - 1)) + "ing";
  else if (doubles_last_consonant(verb)) out = std::string(verb) + verb.back() + "ing";
  else out = std::string(verb) + "ing";
  return out + std::string(rest);
}

std::string comparative(std::string_view adjective) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kIrregular = {{
      {"good", "better"}, {"well", "better"}, {"bad", "worse"}, {"far", "further"}, {"little", "less"}, {"much", "more"}}};
  for (const auto& [base, compared] : kIrregular) {
    if (adjective == base) return std::string(compared);
  }
  const std::string_view w = adjective;
  if (w.starts_with("more ") || w.starts_with("less ") || ends_with(w, "er") || w == "more" || w == "less" ||
      w == "worse") {
    return std::string(adjective);
  }
  if (!is_lower_alpha_word(w)) return "more " + std::string(adjective);
  // Syllables: groups of vowels (y after a consonant counts), less a silent final e.
  int syllables = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    const bool vowel = is_vowel(w[i]) || (w[i] == 'y' && i > 0 && !is_vowel(w[i - 1]));
    const bool after_vowel = i > 0 && (is_vowel(w[i - 1]) || w[i - 1] == 'y');
    if (vowel && !after_vowel) ++syllables;
  }
  if (ends_with(w, "e") && !ends_with(w, "le") && syllables > 1) --syllables;
  const bool consonant_y = ends_with(w, "y") && w.size() > 2 && !is_vowel(w[w.size() - 2]);
  if (consonant_y && syllables <= 2) return std::string(w.substr(0, w.size() - 1)) + "ier";
  // Two syllables in a consonant and -le take -r ("simpler", "gentler"); -able and -ible do not.
  const bool consonant_le = ends_with(w, "le") && w.size() > 3 && !is_vowel(w[w.size() - 3]) && !ends_with(w, "able") &&
                            !ends_with(w, "ible");
  if (consonant_le && syllables == 2) return std::string(w) + "r";
  if (syllables != 1) return "more " + std::string(adjective);
  if (ends_with(w, "e")) return std::string(w) + "r";
  if (doubles_last_consonant(w)) return std::string(w) + w.back() + "er";
  return std::string(w) + "er";
}

std::string adverb_of(std::string_view adjective) {
  // A degree word before the adjective stays ("very slow" → "very slowly").
  static constexpr std::array<std::string_view, 8> kDegrees = {"very ",   "so ",   "too ",        "quite ",
                                                               "rather ", "more ", "relatively ", "extremely "};
  for (std::string_view degree : kDegrees) {
    if (adjective.size() > degree.size() && adjective.substr(0, degree.size()) == degree) {
      return std::string(degree) + adverb_of(adjective.substr(degree.size()));
    }
  }
  const std::string_view w = adjective;
  if (w == "good") return "well";
  // Adjectives that are their own adverbs ("rise high", "work hard").
  static constexpr std::array<std::string_view, 9> kFlat = {"fast", "hard", "late", "early", "high",
                                                            "low",  "long", "deep", "far"};
  // Comparatives are their own adverbs too ("recover faster", "grow slower"), not "slowerly".
  static constexpr std::array<std::string_view, 12> kComparatives = {"faster",  "slower",  "better", "worse",
                                                                     "higher",  "lower",   "longer", "later",
                                                                     "earlier", "quicker", "deeper", "harder"};
  if (!is_lower_alpha_word(w) || w.size() < 3 || ends_with(w, "ly") || ends_with(w, "ed") ||
      std::find(kFlat.begin(), kFlat.end(), w) != kFlat.end() ||
      std::find(kComparatives.begin(), kComparatives.end(), w) != kComparatives.end()) {
    return std::string(adjective);
  }
  if (ends_with(w, "y") && !is_vowel(w[w.size() - 2])) return std::string(w.substr(0, w.size() - 1)) + "ily";
  if (ends_with(w, "le") && !is_vowel(w[w.size() - 3])) return std::string(w.substr(0, w.size() - 1)) + "y";
  if (ends_with(w, "ic")) return std::string(w) + "ally";
  if (ends_with(w, "ll")) return std::string(w) + "y";
  return std::string(w) + "ly";
}

std::string third_person_singular(std::string_view phrase) {
  const size_t space = phrase.find(' ');
  const std::string_view verb = phrase.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : phrase.substr(space);
  static constexpr std::array<std::string_view, 19> kNotBase = {
      "can", "cannot", "could", "may", "might", "must", "shall", "should", "will", "would",
      "is", "are", "was", "were", "has", "had", "does", "did", "there"};
  if (!is_lower_alpha_word(verb) || std::find(kNotBase.begin(), kNotBase.end(), verb) != kNotBase.end()) {
    return std::string(phrase);
  }
  // An adverb before the verb stays as it is and the verb after it agrees ("still needs",
  // "seriously affects").
  if (is_adverb_before_verb(verb) && !rest.empty()) {
    return std::string(verb) + " " + third_person_singular(rest.substr(1));
  }
  // Already inflected: "shows", "showed" (but "focus", "assess", "need" are base forms).
  if ((ends_with(verb, "s") && !ends_with(verb, "ss") && !ends_with(verb, "us")) ||
      (ends_with(verb, "ed") && !ends_with(verb, "eed")) || ends_with(verb, "ing")) {
    return std::string(phrase);
  }
  std::string out;
  if (verb == "be") out = "is";
  else if (verb == "have") out = "has";
  else if (verb == "do" || verb == "go") out = std::string(verb) + "es";
  else if (ends_with(verb, "y") && !is_vowel(verb[verb.size() - 2])) out = std::string(verb.substr(0, verb.size() - 1)) + "ies";
  else if (ends_with(verb, "s") || ends_with(verb, "x") || ends_with(verb, "z") || ends_with(verb, "ch") ||
           ends_with(verb, "sh")) out = std::string(verb) + "es";
  else out = std::string(verb) + "s";
  return out + std::string(rest);
}

std::string base_form(std::string_view phrase) {
  const size_t space = phrase.find(' ');
  const std::string_view verb = phrase.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : phrase.substr(space);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kFinite = {
      {{"is", "be"}, {"are", "be"}, {"was", "be"}, {"were", "be"}, {"has", "have"}}};
  for (const auto& [finite, base] : kFinite) {
    if (verb == finite) return std::string(base) + std::string(rest);
  }
  return std::string(phrase);
}

std::string plural_agreement(std::string_view phrase) {
  const size_t space = phrase.find(' ');
  const std::string_view verb = phrase.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : phrase.substr(space);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kAgreeing = {{
      {"is", "are"}, {"has", "have"}, {"was", "were"}, {"does", "do"}}};
  for (const auto& [singular, plural] : kAgreeing) {
    if (verb == singular) return std::string(plural) + std::string(rest);
  }
  return std::string(phrase);
}

std::string past_participle(std::string_view phrase) {
  const size_t space = phrase.find(' ');
  const std::string_view verb = phrase.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : phrase.substr(space);
  // A verb already finite in the passive or the perfect ("was approved", "has been shown"):
  // its participle is "been" and the rest ("has not yet been shown"); "has"/"have" is "had".
  static constexpr std::array<std::string_view, 4> kBe = {"is", "are", "was", "were"};
  static constexpr std::array<std::string_view, 3> kHave = {"has", "have", "had"};
  if (std::find(kHave.begin(), kHave.end(), verb) != kHave.end()) {
    if (rest.starts_with(" been ")) return std::string(rest.substr(1));
    return "had" + std::string(rest);
  }
  if (std::find(kBe.begin(), kBe.end(), verb) != kBe.end() && rest.size() > 1) {
    const size_t next_space = rest.find(' ', 1);
    const std::string_view next = rest.substr(1, next_space == std::string_view::npos ? rest.npos : next_space - 1);
    if (is_lower_alpha_word(next) && past_participle(next) == next) return "been" + std::string(rest);
  }
  static constexpr std::array<std::string_view, 13> kNotBase = {
      "can", "could", "may", "might", "must", "shall", "should", "will", "would", "is", "are", "was", "were"};
  if (!is_lower_alpha_word(verb) || std::find(kNotBase.begin(), kNotBase.end(), verb) != kNotBase.end() ||
      (ends_with(verb, "ed") && !ends_with(verb, "eed"))) {
    return std::string(phrase);
  }
  // The irregular verbs, base form and past participle.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 94> kIrregular = {{
      {"be", "been"}, {"bear", "borne"}, {"become", "become"}, {"begin", "begun"}, {"bend", "bent"},
      {"bleed", "bled"}, {"break", "broken"}, {"bring", "brought"}, {"build", "built"}, {"buy", "bought"},
      {"catch", "caught"}, {"choose", "chosen"}, {"come", "come"}, {"cost", "cost"}, {"cut", "cut"},
      {"do", "done"}, {"draw", "drawn"}, {"drink", "drunk"}, {"drive", "driven"}, {"eat", "eaten"},
      {"fall", "fallen"}, {"feed", "fed"}, {"feel", "felt"}, {"fight", "fought"}, {"find", "found"},
      {"forget", "forgotten"}, {"freeze", "frozen"}, {"get", "gotten"}, {"give", "given"}, {"go", "gone"},
      {"grow", "grown"}, {"have", "had"}, {"hear", "heard"}, {"keep", "kept"}, {"know", "known"},
      {"lay", "laid"}, {"lead", "led"}, {"leave", "left"}, {"let", "let"}, {"lie", "lain"},
      {"lose", "lost"}, {"make", "made"}, {"mean", "meant"}, {"meet", "met"}, {"mislead", "misled"},
      {"overcome", "overcome"}, {"pay", "paid"}, {"put", "put"}, {"quit", "quit"}, {"rewrite", "rewritten"},
      {"rise", "risen"}, {"run", "run"}, {"say", "said"}, {"see", "seen"}, {"seek", "sought"},
      {"sell", "sold"}, {"send", "sent"}, {"set", "set"}, {"show", "shown"}, {"take", "taken"},
      {"tell", "told"}, {"write", "written"},
      {"arise", "arisen"}, {"bind", "bound"}, {"blow", "blown"}, {"fly", "flown"}, {"hide", "hidden"}, {"hold", "held"},
      {"hurt", "hurt"}, {"lend", "lent"}, {"read", "read"}, {"rebuild", "rebuilt"}, {"regrow", "regrown"}, {"shrink", "shrunk"},
      {"shut", "shut"}, {"sit", "sat"}, {"sleep", "slept"}, {"speak", "spoken"}, {"spend", "spent"}, {"split", "split"},
      {"spread", "spread"}, {"stand", "stood"}, {"stick", "stuck"}, {"strike", "struck"}, {"swell", "swollen"}, {"teach", "taught"},
      {"tear", "torn"}, {"think", "thought"}, {"throw", "thrown"}, {"undergo", "undergone"}, {"understand", "understood"}, {"wear", "worn"},
      {"win", "won"}, {"withdraw", "withdrawn"}}};
  // Searched in halves (a start-up asks this of a thousand adjectives).
  static constexpr auto kByBase = sorted_by_first(kIrregular);
  static constexpr auto kParticiples = sorted_seconds(kIrregular);
  const auto irregular = std::lower_bound(kByBase.begin(), kByBase.end(), verb,
                                          [](const FormPair& p, std::string_view v) { return p.first < v; });
  if (irregular != kByBase.end() && irregular->first == verb) return std::string(irregular->second) + std::string(rest);
  if (std::binary_search(kParticiples.begin(), kParticiples.end(), verb)) {
    return std::string(phrase);  // already a participle: "brought", "shown"
  }
  const size_t n = verb.size();
  std::string out;
  if (ends_with(verb, "e")) out = std::string(verb) + "d";
  else if (ends_with(verb, "y") && n > 2 && !is_vowel(verb[n - 2])) out = std::string(verb.substr(0, n - 1)) + "ied";
  else if (doubles_last_consonant(verb)) out = std::string(verb) + verb[n - 1] + "ed";
  else out = std::string(verb) + "ed";
  return out + std::string(rest);
}

std::string past_tense(std::string_view phrase) {
  const size_t space = phrase.find(' ');
  const std::string_view verb = phrase.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? "" : phrase.substr(space);
  // The irregular verbs whose simple past is not their past participle; the others are.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 31> kIrregularPast = {
      {{"arise", "arose"}, {"bear", "bore"},         {"become", "became"},   {"begin", "began"},
       {"break", "broke"}, {"choose", "chose"},      {"come", "came"},       {"do", "did"},
       {"draw", "drew"},   {"drink", "drank"},       {"drive", "drove"},     {"eat", "ate"},
       {"fall", "fell"},   {"forget", "forgot"},     {"freeze", "froze"},    {"get", "got"},
       {"give", "gave"},   {"go", "went"},           {"grow", "grew"},       {"know", "knew"},
       {"lie", "lay"},     {"overcome", "overcame"}, {"rewrite", "rewrote"}, {"rise", "rose"},
       {"run", "ran"},     {"see", "saw"},           {"show", "showed"},     {"shrink", "shrank"},
       {"take", "took"},   {"undergo", "underwent"}, {"write", "wrote"}}};
  const auto irregular =
      std::find_if(kIrregularPast.begin(), kIrregularPast.end(), [&](const auto& p) { return p.first == verb; });
  if (irregular != kIrregularPast.end()) return std::string(irregular->second) + std::string(rest);
  return past_participle(phrase);
}

GrammaticalNumber number_asked_by(std::string_view w) {
  static constexpr std::array<std::string_view, 36> kPlural = {
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "twenty", "hundreds of", "thousands of", "dozens of", "several", "many", "numerous", "countless",
      "few", "a few", "very few", "multiple", "various", "both", "these", "those", "a number of",
      "a series of", "a class of", "a variety of", "most", "the majority of", "some", "all", "other"};
  static constexpr std::array<std::string_view, 13> kSingular = {
      "a", "an", "one", "this", "each", "every", "another", "a single", "either", "neither", "first", "second", "third"};
  if (std::find(kPlural.begin(), kPlural.end(), w) != kPlural.end()) return GrammaticalNumber::plural;
  if (std::find(kSingular.begin(), kSingular.end(), w) != kSingular.end()) return GrammaticalNumber::singular;
  return GrammaticalNumber::unknown;
}

bool is_uncountable(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kUncountable = {
      "research", "evidence", "information", "advice", "knowledge", "progress", "damage",
      "safety", "efficacy", "blood", "equipment", "funding", "feedback", "guidance"};
  const std::string_view last = split_last_word(w).second;
  return std::find(kUncountable.begin(), kUncountable.end(), last) != kUncountable.end();
}

std::string compound_modifier(std::string_view noun_phrase) {
  const auto [head, word] = split_last_word(noun_phrase);
  // An abbreviation in the plural: capitals and a final "s" (MSCs, iPSCs).
  if (word.size() > 2 && word.back() == 's' && std::isupper(static_cast<unsigned char>(word[word.size() - 2]))) {
    return std::string(head) + std::string(word.substr(0, word.size() - 1));
  }
  return singularize(noun_phrase);
}

bool reads_singular(std::string_view noun_phrase) {
  // "X of Y" is headed by X ("mechanisms of action", "the number of patients"), unless X names a
  // quantity of Y ("a number of cells", "the majority of patients").
  if (const size_t of = noun_phrase.find(" of "); of != std::string_view::npos) {
    static constexpr std::array<std::string_view, 8> kQuantityOf = {
        "a number", "a lot", "lots", "the majority", "a majority", "a variety", "a range", "a couple"};
    const std::string head = lowercase(noun_phrase.substr(0, of));
    const bool quantity = std::find(kQuantityOf.begin(), kQuantityOf.end(), head) != kQuantityOf.end();
    return reads_singular(quantity ? noun_phrase.substr(of + 4) : noun_phrase.substr(0, of));
  }
  // "X with Y", "X in Y", "X from Y", "X for Y" are headed by X too ("children with the disease",
  // "stem cells from the donor").
  static constexpr std::array<std::string_view, 4> kHeadedBefore = {" with ", " in ", " from ", " for "};
  size_t preposition = std::string_view::npos;
  for (const std::string_view p : kHeadedBefore) preposition = std::min(preposition, noun_phrase.find(p));
  if (preposition != std::string_view::npos && preposition > 0)
    return reads_singular(noun_phrase.substr(0, preposition));
  const std::string lower = lowercase(noun_phrase);
  return is_uncountable(lower) || is_singular_in_s(split_last_word(lower).second) || (singularize(noun_phrase) == noun_phrase && pluralize(noun_phrase) != noun_phrase);
}

bool is_ordinal(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kOrdinals = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last"};
  return std::find(kOrdinals.begin(), kOrdinals.end(), word) != kOrdinals.end();
}

bool is_superlative(std::string_view adjective) {
  if (adjective.substr(0, 5) == "most " || adjective.substr(0, 6) == "least ") return true;
  if (adjective == "best" || adjective == "worst") return true;
  if (!is_lower_alpha_word(adjective) || adjective.size() < 6 || !ends_with(adjective, "est")) return false;
  static constexpr std::array<std::string_view, 6> kNotSuperlative = {"honest", "modest", "interest", "harvest", "manifest", "dishonest"};
  return std::find(kNotSuperlative.begin(), kNotSuperlative.end(), adjective) == kNotSuperlative.end();
}

std::string capitalize_first(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    const char32_t cp = decode(text, i, len);
    if (u_isalpha(static_cast<UChar32>(cp))) {
      std::string out(text.substr(0, i));
      append(out, static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp))));
      out.append(text.substr(i + len));
      return out;
    }
    if (u_isdigit(static_cast<UChar32>(cp))) break;
    i += len;
  }
  return std::string(text);
}

std::string title_case(std::string_view text, bool first_word_of_line) {
  static constexpr std::array<std::string_view, 20> kSmall = {
      "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
      "at", "to", "for", "by", "with", "from", "as", "via", "vs", "into"};
  std::string out;
  size_t i = 0;
  bool first = first_word_of_line;
  while (i < text.size()) {
    const size_t end = std::min(text.find(' ', i), text.size());
    const std::string_view word = text.substr(i, end - i);
    const bool has_upper = std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool small = std::find(kSmall.begin(), kSmall.end(), word) != kSmall.end();
    if (!word.empty() && !has_upper && (first || !small)) {
      // Capitalize each part of a hyphenated word: "long-term" → "Long-Term".
      std::string cased;
      size_t k = 0;
      while (k <= word.size()) {
        const size_t dash = std::min(word.find('-', k), word.size());
        cased += capitalize_first(word.substr(k, dash - k));
        if (dash < word.size()) cased += '-';
        k = dash + 1;
      }
      out += cased;
    } else {
      out += word;
    }
    if (!word.empty()) first = false;
    if (end < text.size()) out += ' ';
    i = end + 1;
  }
  return out;
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& ch : out) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch);
  return out;
}

std::string last_word_lowercase(std::string_view s) {
  size_t end = s.size();
  while (end > 0 && s[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && s[begin - 1] != ' ') --begin;
  return lowercase(s.substr(begin, end - begin));
}

bool is_determiner(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kDeterminers = {
      "the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her",
      "our", "your", "my", "each", "every", "any", "some", "no", "whose", "which", "such"};
  if (std::find(kDeterminers.begin(), kDeterminers.end(), w) != kDeterminers.end()) return true;
  // "their own", "the patient's", "patients'": a possessive before the noun.
  return w == "own" || (w.size() > 2 && (ends_with(w, "'s") || ends_with(w, "s'")));
}

bool takes_an(std::string_view word) {
  if (word.empty()) return false;
  const char c = word[0];
  // Abbreviations read letter by letter: "an MSC", "an HSC", "an RCT", but "a CD34".
  if (word.size() >= 2 && c >= 'A' && c <= 'Z' && word[1] >= 'A' && word[1] <= 'Z') {
    return std::string_view("AEFHILMNORSX").find(c) != std::string_view::npos;
  }
  const char lc = static_cast<char>(c | 0x20);
  std::string lower;
  for (char ch : word.substr(0, 4)) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch | 0x20 : ch);
  if (lower.rfind("uni", 0) == 0 || lower.rfind("use", 0) == 0 || lower.rfind("usu", 0) == 0 ||
      lower.rfind("eu", 0) == 0 || lower.rfind("one", 0) == 0) {
    return false;
  }
  if (lower.rfind("hour", 0) == 0 || lower.rfind("hon", 0) == 0) return true;
  return is_vowel(lc);
}

std::string settle_articles(std::string_view phrase) {
  std::string settled;
  settled.reserve(phrase.size() + 4);
  bool after_the = false;        // "the" was dropped before this "a" or "an"
  bool capital_article = false;  // and it was "The": the article opens the phrase, "A"
  size_t i = 0;
  while (i < phrase.size()) {
    const unsigned char before = i == 0 ? ' ' : static_cast<unsigned char>(phrase[i - 1]);
    const bool word_starts = before == ' ' || before == '(' || before == '"';
    if (word_starts && phrase.substr(i, 8) == "the the " && i + 8 < phrase.size()) {
      i += 4;
      continue;
    }
    // "the" before "a" or "an": the indefinite article was chosen for the noun, "the" for the
    // phrase around it ("the a key step of X" → "a key step of X").
    const std::string_view the = phrase.substr(i, 4);
    if (word_starts && (the == "the " || the == "The ") &&
        (phrase.substr(i + 4, 2) == "a " || phrase.substr(i + 4, 3) == "an ")) {
      after_the = true;
      capital_article = the[0] == 'T';
      i += 4;
      continue;
    }
    if (word_starts && phrase[i] == 'a' && i + 2 < phrase.size() &&
        (phrase[i + 1] == ' ' || (after_the && phrase.substr(i + 1, 2) == "n "))) {
      const size_t word = phrase[i + 1] == ' ' ? i + 2 : i + 3;
      size_t end = word;
      while (end < phrase.size() && phrase[end] != ' ') ++end;
      settled += capital_article ? 'A' : 'a';
      settled += takes_an(phrase.substr(word, end - word)) ? "n " : " ";
      after_the = capital_article = false;
      i = word;
      continue;
    }
    settled += phrase[i++];
  }
  return settled;
}

// Whether a sentence starts at `at`: the line's start (after a Markdown heading marker, if any),
// or a sentence's closing mark and spaces.
bool sentence_starts_at(std::string_view line, size_t at) {
  const size_t line_start = heading_marker_length(line);
  size_t len;
  while (at > line_start) {
    const char32_t cp = decode_before(line, at, len);
    if (cp == U' ') {
      at -= len;
      continue;
    }
    return std::u32string_view(U".!?。！？").find(cp) != std::u32string_view::npos;
  }
  return true;
}

}  // namespace termnorm::text
