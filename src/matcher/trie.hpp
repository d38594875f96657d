// A trie over the code points of folded keys: the longest-prefix structure behind the
// matcher. Built once from all keys; nodes are numbered breadth first and each node's
// children sit side by side in one sorted array of edges. An edge carries what a look-up
// needs next (its code point, the child's own run of edges and the child's key), so each
// step of a look-up reads one short run of memory, and the shallow nodes that every look-up
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

// An array of the trie's: its own, or read in place in a build-time image that outlives it.
template <typename T>
class TrieArray {
 public:
  TrieArray() = default;
  explicit TrieArray(std::vector<T> owned) : owned_(std::move(owned)), data_(owned_.data()), size_(owned_.size()) {}
  TrieArray(const T* in_image, size_t size) : data_(in_image), size_(size) {}
  TrieArray(const TrieArray& other)
      : owned_(other.owned_), data_(other.owns() ? owned_.data() : other.data_), size_(other.size_) {}
  TrieArray(TrieArray&&) noexcept = default;  // a moved vector keeps its buffer
  TrieArray& operator=(const TrieArray& other) { return *this = TrieArray(other); }
  TrieArray& operator=(TrieArray&&) noexcept = default;

  const T& operator[](size_t i) const { return data_[i]; }
  const T* data() const { return data_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  bool owns() const { return !owned_.empty(); }
  std::vector<T> owned_;
  const T* data_ = nullptr;
  size_t size_ = 0;
};

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
    const Edge* first = edges_.data() + (node == kRoot ? root_first_edge_ : edges_[node - 1].first_edge);
    uint32_t count = node == kRoot ? root_edge_count_ : edges_[node - 1].edge_count;
    // Binary search down to a short run, then a linear scan.
    while (count > 8) {
      const uint32_t half = count / 2;
      if (first[half].cp <= cp) {
        first += half;
        count -= half;
      } else {
        count = half;
      }
    }
    for (uint32_t i = 0; i < count; ++i) {
      if (first[i].cp == cp) return static_cast<uint32_t>(first + i - edges_.data()) + 1;
    }
    return kNone;
  }

  // The key id ending at `node`, or kNone.
  uint32_t key_at(uint32_t node) const { return node == kRoot ? root_key_ : edges_[node - 1].key; }

  // The trie's arrays as bytes, and back (for the matcher's build-time image). With
  // `in_place`, the image outlives the trie (it is compiled into the program), and the arrays
  // are read where they stand in it rather than copied.
  void write(ImageWriter& out) const;
  static Trie read(ImageReader& in, bool in_place = false);

  size_t node_count() const { return edges_.size() + 1; }
  size_t key_count() const { return keys_; }

 private:
  struct Unread {};
  explicit Trie(Unread) {}  // arrays still to be read from an image
  static constexpr char32_t kDenseRoot = 0x10000;
  // Node n > 0 is the child at the end of edge n - 1 (edges are made with their nodes, in
  // breadth-first order): the edge describes it.
  struct Edge {
    uint32_t cp = 0;          // the code point leading to the child
    uint32_t first_edge = 0;  // the child's children: edges_[first_edge, first_edge + edge_count)
    uint32_t edge_count = 0;
    uint32_t key = kNone;     // the key ending at the child, or kNone
  };

  TrieArray<uint32_t> root_;  // dense: code point → child of the root
  uint32_t root_first_edge_ = 0;
  uint32_t root_edge_count_ = 0;
  uint32_t root_key_ = kNone;  // the empty key's id, if it is one
  TrieArray<Edge> edges_;      // breadth-first order; each node's children ascending by code point
  size_t keys_ = 0;
};

}  // namespace termnorm::matcher
