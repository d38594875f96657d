// A byte trie over folded keys: the longest-prefix structure behind the matcher. Nodes are
// numbers; edges live in one open-addressing hash table, with a dense table for the root.
// Knows nothing about text: it maps byte strings to key ids.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace termnorm::matcher {

class Trie {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kRoot = 0;

  Trie();

  // Adds `key` (non-empty) and returns its key id; the same bytes always get the same id.
  uint32_t insert(std::string_view key);

  // The child of `node` along `byte`, or kNone.
  uint32_t child(uint32_t node, unsigned char byte) const {
    if (node == kRoot) return root_[byte];
    uint64_t slot = hash(node, byte) & mask_;
    const uint64_t want = edge_key(node, byte);
    for (;;) {
      const Slot& s = slots_[slot];
      if (s.key == want) return s.child;
      if (s.key == 0) return kNone;
      slot = (slot + 1) & mask_;
    }
  }

  // The key id ending at `node`, or kNone.
  uint32_t key_at(uint32_t node) const { return key_of_node_[node]; }

  size_t node_count() const { return key_of_node_.size(); }
  size_t key_count() const { return keys_; }

 private:
  struct Slot {
    uint64_t key = 0;  // edge_key(parent, byte); 0 marks an empty slot
    uint32_t child = kNone;
  };
  static uint64_t edge_key(uint32_t node, unsigned char byte) {
    return (static_cast<uint64_t>(node) << 8 | byte) + 1;
  }
  static uint64_t hash(uint32_t node, unsigned char byte) {
    return (edge_key(node, byte) * 0x9E3779B97F4A7C15ull) >> 20;
  }
  void grow();
  void put(uint64_t key, uint32_t child);

  std::array<uint32_t, 256> root_;
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t edges_ = 0;
  std::vector<uint32_t> key_of_node_;
  size_t keys_ = 0;
};

}  // namespace termnorm::matcher
