// Byte trie construction.
#include "matcher/trie.hpp"

namespace termnorm::matcher {

Trie::Trie() : slots_(1024), mask_(1023), key_of_node_(1, kNone) { root_.fill(kNone); }

void Trie::put(uint64_t key, uint32_t child) {
  const auto node = static_cast<uint32_t>((key - 1) >> 8);
  const auto byte = static_cast<unsigned char>((key - 1) & 0xFF);
  uint64_t slot = hash(node, byte) & mask_;
  while (slots_[slot].key != 0) slot = (slot + 1) & mask_;
  slots_[slot] = {key, child};
}

void Trie::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  mask_ = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.key != 0) put(s.key, s.child);
  }
}

uint32_t Trie::insert(std::string_view key) {
  uint32_t node = kRoot;
  for (unsigned char byte : key) {
    uint32_t next = child(node, byte);
    if (next == kNone) {
      next = static_cast<uint32_t>(key_of_node_.size());
      key_of_node_.push_back(kNone);
      if (node == kRoot) {
        root_[byte] = next;
      } else {
        if ((edges_ + 1) * 2 > slots_.size()) grow();
        put(edge_key(node, byte), next);
        ++edges_;
      }
    }
    node = next;
  }
  if (key_of_node_[node] == kNone) key_of_node_[node] = static_cast<uint32_t>(keys_++);
  return key_of_node_[node];
}

}  // namespace termnorm::matcher
