// The termbase: concepts with their forms in English and Chinese, and construction rules.
//
// A Lexicon is plain data, loaded from YAML (format described in lexicon/README.md):
//
//   termnorm::Lexicon lexicon = termnorm::Lexicon::builtin();     // embedded default
//   lexicon.merge(termnorm::Lexicon::from_file("team-terms.yaml"));  // later wins by id
//
// Loading validates the schema and throws LexiconError naming file, line and column. A
// Lexicon is not compiled; hand it to a Normalizer for that. It is a value type: copy it,
// merge it, inspect it; const methods may be called from several threads at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "termnorm/error.hpp"

namespace termnorm {

enum class Language { en, zh };

// "en" or "zh".
std::string_view to_string(Language language);

// What kind of entry a concept is. Terms and phrases are translated both ways; words (the
// general vocabulary) from Chinese into English, and into Chinese only inside an English noun
// phrase (nouns, adjectives, numbers) that the lexicon covers entirely.
enum class ConceptKind { term, phrase, word };

// Part of speech, as rule slots see it.
enum class PartOfSpeech { noun, adj, verb, adv, conj, prep, pron, det, num, mw, part };

// The forms of a concept in one language.
struct LanguageForms {
  std::string term;                     // preferred term; empty: the concept has none here
  std::string abbr;                     // abbreviation, matched case-sensitively
  std::vector<std::string> variants;    // admitted synonyms, kept unless unify is asked
  std::vector<std::string> deprecated;  // wrong forms, always rewritten
  std::string traditional;              // zh only: Traditional-character form
  bool definite_article = false;        // en only: takes "the" in running text
  bool present = false;                 // the YAML had this language section

  bool operator==(const LanguageForms&) const = default;
};

struct Concept {
  std::string id;
  ConceptKind kind = ConceptKind::term;
  PartOfSpeech pos = PartOfSpeech::noun;
  std::string domain;
  std::string ing;   // irregular English -ing form of a verb
  std::string note;
  std::vector<std::string> homonyms;  // ids of concepts that share a form with this one on purpose
  LanguageForms en;
  LanguageForms zh;
  SourcePosition where;

  const LanguageForms& forms(Language language) const {
    return language == Language::en ? en : zh;
  }
  bool operator==(const Concept&) const = default;
};

// A construction rule: a pattern on one side, a template on the other (see lexicon/README.md).
struct Rule {
  std::string id;
  std::optional<Language> from;  // the side that is matched; empty: both ways
  std::string en, zh;            // patterns or templates with {SLOT} references
  std::string en_heading, zh_heading;  // optional templates for heading lines
  bool sentence_start = false;   // matches only where a sentence starts
  SourcePosition where;

  const std::string& side(Language language) const { return language == Language::en ? en : zh; }
  const std::string& heading(Language language) const {
    return language == Language::en ? en_heading : zh_heading;
  }
  bool operator==(const Rule&) const = default;
};

class Lexicon;
namespace lexicon_image {
Lexicon read(std::string_view image);
}  // namespace lexicon_image

class Lexicon {
 public:
  // Parses one termbase file's text; `file_name` is used in error positions.
  // Throws LexiconError on YAML or schema errors.
  static Lexicon from_yaml(std::string_view yaml, std::string_view file_name);

  // Reads and parses a file. Throws LexiconError if it cannot be read or parsed.
  static Lexicon from_file(const std::string& path);

  // The default termbase (lexicon/*.yaml), compiled into the library at build time: loading
  // it parses no YAML.
  static const Lexicon& builtin();

  // A Lexicon of concepts and rules built in code, as if merged one by one into an empty
  // one (a later id replaces an earlier one). No schema check: from_yaml's job.
  static Lexicon from_values(std::vector<Concept> concepts, std::vector<Rule> rules);

  // Adds `other`'s concepts and rules after this one's. A concept or rule whose id exists
  // already replaces the earlier one in place; forms that two concepts share resolve to the
  // one merged last.
  void merge(const Lexicon& other);
  void merge(Lexicon&& other);  // the same; into no concepts, `other`'s are moved, not copied

  const std::vector<Concept>& concepts() const { return concepts_; }
  const std::vector<Rule>& rules() const { return rules_; }

  // The concept with this id, or nullptr.
  const Concept* find(std::string_view id) const;

 private:
  // Reads a lexicon image, which holds the id order too: nothing is sorted at start-up.
  friend Lexicon lexicon_image::read(std::string_view image);

  std::vector<Concept> concepts_;
  std::vector<Rule> rules_;
  // Concept indices in the order of their ids, for find(); empty when not known (after a
  // merge), and then find() reads the concepts one by one.
  std::vector<uint32_t> id_order_;
};

}  // namespace termnorm
