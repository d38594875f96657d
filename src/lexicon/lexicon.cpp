// Lexicon as a value: reading files, building from values, merging, look-up.
#include "termnorm/lexicon.hpp"

#include <algorithm>
#include <fstream>
#include <numeric>
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
  // they are, checked by a sort of their ids rather than a hash map of copies, and the sort
  // is kept for find().
  std::vector<uint32_t> order(concepts.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return concepts[a].id < concepts[b].id; });
  const auto same_id = [&](uint32_t a, uint32_t b) { return concepts[a].id == concepts[b].id; };
  if (std::adjacent_find(order.begin(), order.end(), same_id) == order.end()) {
    lexicon.concepts_ = std::move(concepts);
    lexicon.id_order_ = std::move(order);
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
    id_order_.clear();
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
  if (id_order_.size() == concepts_.size() && !concepts_.empty()) {
    const auto it = std::lower_bound(id_order_.begin(), id_order_.end(), id,
                                     [&](uint32_t i, std::string_view key) { return concepts_[i].id < key; });
    return it != id_order_.end() && concepts_[*it].id == id ? &concepts_[*it] : nullptr;
  }
  for (const Concept& c : concepts_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace termnorm
