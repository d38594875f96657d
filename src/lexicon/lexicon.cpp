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
  // they are, checked by a sort of their ids rather than a hash map of copies, and the sort
  // is kept for find().
  // An id's first eight bytes, as one number, decide most comparisons.
  std::vector<std::pair<uint64_t, uint32_t>> by_id(concepts.size());
  for (uint32_t i = 0; i < concepts.size(); ++i) {
    const std::string& id = concepts[i].id;
    uint64_t prefix = 0;
    for (size_t k = 0; k < 8; ++k) prefix = prefix << 8 | (k < id.size() ? static_cast<unsigned char>(id[k]) : 0u);
    by_id[i] = {prefix, i};
  }
  std::sort(by_id.begin(), by_id.end(), [&](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : concepts[a.second].id < concepts[b.second].id;
  });
  const auto same_id = [&](const auto& a, const auto& b) { return concepts[a.second].id == concepts[b.second].id; };
  if (std::adjacent_find(by_id.begin(), by_id.end(), same_id) == by_id.end()) {
    lexicon.id_order_.reserve(by_id.size());
    for (const auto& entry : by_id) lexicon.id_order_.push_back(entry.second);
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
