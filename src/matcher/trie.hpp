// A trie over the code points of folded keys: the longest-prefix structure behind the
// matcher. Built once from all keys; nodes are numbered breadth first and each node's
// children sit side by side in sorted arrays, so the shallow nodes that every look-up
// visits share a few cache lines whatever the lexicon's size. The root's children below
// U+10000 are also in a dense table: the first step is one load. Knows nothing about text:
// it maps code point strings to key ids.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/image_bytes.hpp"

namespace termnorm::matcher {

class Trie {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr uint32_t kRoot = 0;

  // A trie of `keys` (distinct, non-empty UTF-8); key i gets key id i.
  explicit Trie(const std::vector<std::string_view>& keys);
  Trie() : Trie(std::vector<std::string_view>{}) {}

  // The child of `node` along code point `cp`, or kNone.
  uint32_t child(uint32_t node, char32_t cp) const {
    if (node == kRoot && cp < kDenseRoot) return root_[cp];
    const Node& n = nodes_[node];
    const uint32_t* first = edge_cp_.data() + n.first_edge;
    uint32_t count = n.edge_count;
    // Binary search down to a short run, then a linear scan.
    while (count > 8) {
      const uint32_t half = count / 2;
      if (first[half] <= cp) {
        first += half;
        count -= half;
      } else {
        count = half;
      }
    }
    for (uint32_t i = 0; i < count; ++i) {
      if (first[i] == cp) return edge_child_[static_cast<size_t>(first - edge_cp_.data()) + i];
    }
    return kNone;
  }

  // The key id ending at `node`, or kNone.
  uint32_t key_at(uint32_t node) const { return nodes_[node].key; }

  // The trie's arrays as bytes, and back (for the matcher's build-time image).
  void write(ImageWriter& out) const;
  static Trie read(ImageReader& in);

  size_t node_count() const { return nodes_.size(); }
  size_t key_count() const { return keys_; }

 private:
  static constexpr char32_t kDenseRoot = 0x10000;
  struct Node {
    uint32_t first_edge = 0;
    uint32_t edge_count = 0;
    uint32_t key = kNone;
  };

  std::vector<uint32_t> root_;        // dense: code point → child of the root
  std::vector<Node> nodes_;           // breadth-first order
  std::vector<uint32_t> edge_cp_;     // per node, its children's code points, ascending
  std::vector<uint32_t> edge_child_;  // parallel to edge_cp_
  size_t keys_ = 0;
};

}  // namespace termnorm::matcher
