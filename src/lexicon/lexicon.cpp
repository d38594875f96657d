// Lexicon as a value: reading files, building from values, merging, look-up.
#include "termnorm/lexicon.hpp"

#include <algorithm>
#include <fstream>
#include <unordered_map>

namespace termnorm {

std::string_view to_string(Language language) {
  return language == Language::en ? "en" : "zh";
}

Lexicon Lexicon::from_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError({path, 0, 0}, "cannot read the termbase file");
  std::string text;
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) text.append(block, static_cast<size_t>(in.gcount()));
  return from_yaml(text, path);
}

Lexicon Lexicon::from_values(std::vector<Concept> concepts, std::vector<Rule> rules) {
  Lexicon lexicon;
  // Usually every id is new (a lexicon image's always are): then the concepts are taken as
  // they are, checked by a sort of their ids rather than a hash map of copies.
  std::vector<std::string_view> ids;
  ids.reserve(concepts.size());
  for (const Concept& c : concepts) ids.emplace_back(c.id);
  std::sort(ids.begin(), ids.end());
  if (std::adjacent_find(ids.begin(), ids.end()) == ids.end()) {
    lexicon.concepts_ = std::move(concepts);
    concepts.clear();
  }
  lexicon.concepts_.reserve(concepts.size());
  std::unordered_map<std::string, size_t> concept_index;
  concept_index.reserve(concepts.size());
  for (Concept& c : concepts) {
    auto [it, added] = concept_index.emplace(c.id, lexicon.concepts_.size());
    if (added) lexicon.concepts_.push_back(std::move(c));
    else lexicon.concepts_[it->second] = std::move(c);
  }
  for (Rule& r : rules) {
    auto same = std::find_if(lexicon.rules_.begin(), lexicon.rules_.end(), [&](const Rule& mine) { return mine.id == r.id; });
    if (same == lexicon.rules_.end()) lexicon.rules_.push_back(std::move(r));
    else *same = std::move(r);
  }
  return lexicon;
}

void Lexicon::merge(const Lexicon& other) {
  if (!other.concepts_.empty()) {
    std::unordered_map<std::string, size_t> concept_index;
    concept_index.reserve(concepts_.size() + other.concepts_.size());
    for (size_t i = 0; i < concepts_.size(); ++i) concept_index.emplace(concepts_[i].id, i);
    for (const Concept& c : other.concepts_) {
      auto [it, added] = concept_index.emplace(c.id, concepts_.size());
      if (added) concepts_.push_back(c);
      else concepts_[it->second] = c;
    }
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

void Lexicon::merge(Lexicon&& other) {
  if (concepts_.empty()) {
    concepts_ = std::move(other.concepts_);  // a lexicon's ids are unique: nothing to replace
    other.concepts_.clear();
  }
  merge(static_cast<const Lexicon&>(other));
}

const Concept* Lexicon::find(std::string_view id) const {
  for (const Concept& c : concepts_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace termnorm
