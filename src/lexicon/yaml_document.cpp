// Building the compact YAML tree and finding a map's entry by key.
#include "lexicon/yaml_document.hpp"

namespace termnorm::yaml {

const Node* Document::find(const Node& map, std::string_view key) const {
  const Children entries = children(map);
  for (uint32_t i = 0; i + 1 < entries.count; i += 2) {
    const Node& k = nodes_[entries.first[i]];
    if (k.kind == NodeKind::scalar && k.scalar == key) return &nodes_[entries.first[i + 1]];
  }
  return nullptr;
}

uint32_t Document::add(NodeKind kind, uint32_t line, uint32_t column, std::string_view scalar) {
  Node node;
  node.kind = kind;
  node.line = line;
  node.column = column;
  node.scalar = scalar;
  nodes_.push_back(node);
  return static_cast<uint32_t>(nodes_.size() - 1);
}

void Document::open(uint32_t collection) { open_.emplace_back(collection, pending_.size()); }

void Document::child(uint32_t id) {
  if (open_.empty()) root_ = id;
  else pending_.push_back(id);
}

void Document::close() {
  const auto [collection, start] = open_.back();
  open_.pop_back();
  Node& node = nodes_[collection];
  node.first_child = static_cast<uint32_t>(children_.size());
  node.child_count = static_cast<uint32_t>(pending_.size() - start);
  children_.insert(children_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(start), pending_.end());
  pending_.resize(start);
}

std::string_view Document::keep(std::string value) { return owned_.emplace_back(std::move(value)); }

void Document::reserve(size_t nodes) {
  nodes_.reserve(nodes);
  children_.reserve(nodes);
}

}  // namespace termnorm::yaml
