// Where each field of a termbase file was written: the line and column of every form of every
// concept and of every rule key, read again from the YAML tree (yaml-cpp keeps the marks).
// The loader keeps only a concept's own position; the lint needs the field's. A SourceMap
// validates nothing: it expects text that Lexicon::from_yaml loads, and answers with the
// entry's own position for whatever it cannot find.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/concept_forms.hpp"
#include "termnorm/error.hpp"

namespace termnorm::lexicon {

class SourceMap {
 public:
  // Parses `yaml`; throws LexiconError at the syntax error's position when it is not YAML.
  SourceMap(std::string_view yaml, std::string_view file_name);

  // Where the file's `concept_index`-th concept wrote this form.
  SourcePosition form(size_t concept_index, const FormRef& ref) const;

  // Where the concept wrote a key's value ("id", "homonyms.0", "en.abbr", "note").
  SourcePosition concept_field(size_t concept_index, std::string_view path) const;

  // Where the file's `rule_index`-th rule wrote a key's value ("zh", "en-heading").
  SourcePosition rule_field(size_t rule_index, std::string_view key) const;

  // A field written with nothing in it: `abbr: ""`, `variants: []`, `note:`, `zh: {}`.
  struct EmptyField {
    enum class Owner { file, concept_entry, rule } owner;
    size_t index = 0;   // the concept's or rule's index in the file
    std::string path;   // "en.abbr", "note", "domain"
    SourcePosition where;
  };
  const std::vector<EmptyField>& empty_fields() const { return empty_fields_; }

 private:
  struct Mark {
    uint32_t line = 0, column = 0;
  };
  using Fields = std::unordered_map<std::string, Mark>;  // path → mark; "" is the entry itself

  SourcePosition position(const Fields& fields, std::string_view path) const;

  std::string file_;
  std::vector<Fields> concepts_;
  std::vector<Fields> rules_;
  std::vector<EmptyField> empty_fields_;
};

}  // namespace termnorm::lexicon
