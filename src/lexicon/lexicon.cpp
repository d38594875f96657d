// Lexicon as a value: reading files, merging, look-up, and the embedded default termbase.
#include "termnorm/lexicon.hpp"

#include <fstream>
#include <sstream>
#include <unordered_map>

#include "lexicon/embedded_lexicon.hpp"

namespace termnorm {

std::string_view to_string(Language language) {
  return language == Language::en ? "en" : "zh";
}

Lexicon Lexicon::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError({path, 0, 0}, "cannot read the termbase file");
  std::ostringstream text;
  text << in.rdbuf();
  return from_yaml(text.str(), path);
}

const Lexicon& Lexicon::builtin() {
  static const Lexicon lexicon = [] {
    Lexicon all;
    for (const EmbeddedFile& file : embedded_lexicon_files()) {
      all.merge(from_yaml(file.text, file.name));
    }
    return all;
  }();
  return lexicon;
}

void Lexicon::merge(const Lexicon& other) {
  std::unordered_map<std::string, size_t> concept_index;
  for (size_t i = 0; i < concepts_.size(); ++i) concept_index.emplace(concepts_[i].id, i);
  for (const Concept& c : other.concepts_) {
    auto [it, added] = concept_index.emplace(c.id, concepts_.size());
    if (added) concepts_.push_back(c);
    else concepts_[it->second] = c;
  }
  for (const Rule& r : other.rules_) {
    bool replaced = false;
    for (Rule& mine : rules_) {
      if (mine.id == r.id) {
        mine = r;
        replaced = true;
      }
    }
    if (!replaced) rules_.push_back(r);
  }
}

const Concept* Lexicon::find(std::string_view id) const {
  for (const Concept& c : concepts_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace termnorm
