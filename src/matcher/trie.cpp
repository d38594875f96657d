// Trie construction: keys sorted once and decoded to code points, then nodes laid out
// breadth first, one level at a time, each node's children taken from a run of keys that
// share its prefix; and the trie's image, whose arrays a compiled-in image lends in place.
#include "matcher/trie.hpp"

#include <algorithm>
#include <numeric>

#include "text/utf8.hpp"

namespace termnorm::matcher {

Trie::Trie(const std::vector<std::string_view>& keys) : keys_(keys.size()) {
  std::vector<uint32_t> root(kDenseRoot, kNone);
  std::vector<Edge> edges;
  // Every key as code points, in one pool.
  std::vector<uint32_t> pool;
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // key id → (start, length) in pool
  spans.reserve(keys.size());
  for (const std::string_view key : keys) {
    const auto start = static_cast<uint32_t>(pool.size());
    for (size_t i = 0, len; i < key.size(); i += len) pool.push_back(text::decode(key, i, len));
    spans.emplace_back(start, static_cast<uint32_t>(pool.size() - start));
  }
  // Key ids in key order (UTF-8's byte order is code point order, and a key sorts before the
  // keys it is a prefix of): each node's run of them is then in the order of the code point
  // after its prefix, a key that ends there first.
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  if (!std::is_sorted(keys.begin(), keys.end())) {
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  }

  // A node to lay out: the sorted keys [begin, end) all start with its prefix of `depth`.
  struct Pending {
    uint32_t node, begin, end, depth;
  };
  std::vector<Pending> level{{kRoot, 0, static_cast<uint32_t>(order.size()), 0}}, next;
  edges.reserve(pool.size());
  while (!level.empty()) {
    next.clear();
    for (const Pending& p : level) {
      uint32_t i = p.begin;
      uint32_t key = kNone;
      // The key equal to the prefix, if any, sorts first.
      if (i < p.end && spans[order[i]].second == p.depth) key = order[i++];
      const auto first_edge = static_cast<uint32_t>(edges.size());
      while (i < p.end) {
        const uint32_t cp = pool[spans[order[i]].first + p.depth];
        uint32_t j = i + 1;
        while (j < p.end && pool[spans[order[j]].first + p.depth] == cp) ++j;
        edges.push_back({.cp = cp});
        const auto child = static_cast<uint32_t>(edges.size());  // node n is edge n - 1's
        if (p.node == kRoot && cp < kDenseRoot) root[cp] = child;
        next.push_back({child, i, j, p.depth + 1});
        i = j;
      }
      const auto edge_count = static_cast<uint32_t>(edges.size()) - first_edge;
      if (p.node == kRoot) {
        root_first_edge_ = first_edge;
        root_edge_count_ = edge_count;
        root_key_ = key;
      } else {
        edges[p.node - 1].first_edge = first_edge;
        edges[p.node - 1].edge_count = edge_count;
        edges[p.node - 1].key = key;
      }
    }
    level.swap(next);
  }
  root_ = TrieArray<uint32_t>(std::move(root));
  edges_ = TrieArray<Edge>(std::move(edges));
}

namespace {

void write_words(ImageWriter& out, const uint32_t* words, size_t count) {
  out.number(count);
  out.align();
  for (size_t i = 0; i < count; ++i) out.number(words[i]);
}

// An array written by write_words(), of `T`s of whole words: in place or copied.
template <typename T>
TrieArray<T> read_words(ImageReader& in, bool in_place) {
  static_assert(sizeof(T) % sizeof(uint32_t) == 0, "whole words");
  constexpr size_t kWords = sizeof(T) / sizeof(uint32_t);
  const size_t words = in.number();
  in.align();
  if (words % kWords != 0) throw Error("damaged trie image");
  if (in_place) {
    if (const uint32_t* first = in.words_in_place(words)) return TrieArray<T>(reinterpret_cast<const T*>(first), words / kWords);
  }
  std::vector<T> owned(words / kWords);
  in.words(reinterpret_cast<uint32_t*>(owned.data()), words);
  return TrieArray<T>(std::move(owned));
}

}  // namespace

void Trie::write(ImageWriter& out) const {
  out.number(keys_);
  out.number(root_first_edge_);
  out.number(root_edge_count_);
  out.number(root_key_);
  static_assert(sizeof(Edge) == 4 * sizeof(uint32_t), "an edge is its four numbers, as write() puts them");
  write_words(out, reinterpret_cast<const uint32_t*>(edges_.data()), edges_.size() * 4);
  write_words(out, root_.data(), root_.size());
}

Trie Trie::read(ImageReader& in, bool in_place) {
  Trie trie{Unread{}};
  trie.keys_ = in.number();
  trie.root_first_edge_ = static_cast<uint32_t>(in.number());
  trie.root_edge_count_ = static_cast<uint32_t>(in.number());
  trie.root_key_ = static_cast<uint32_t>(in.number());
  trie.edges_ = read_words<Edge>(in, in_place);
  trie.root_ = read_words<uint32_t>(in, in_place);
  const size_t edges = trie.edges_.size();
  const auto runs_inside = [edges](uint32_t first, uint32_t count) { return first <= edges && count <= edges - first; };
  bool sound = trie.root_.size() == kDenseRoot && runs_inside(trie.root_first_edge_, trie.root_edge_count_);
  // An image read in place was compiled into the program with it, by this code: its edges
  // are not checked one by one (which would touch every page of them at start-up).
  for (size_t e = 0; sound && !in_place && e < edges; ++e) {
    sound = runs_inside(trie.edges_[e].first_edge, trie.edges_[e].edge_count);
  }
  if (!sound) throw Error("damaged trie image");
  return trie;
}

}  // namespace termnorm::matcher
