// Trie construction: keys sorted once and decoded to code points, then nodes laid out
// breadth first, one level at a time, each node's children taken from a run of keys that
// share its prefix.
#include "matcher/trie.hpp"

#include <algorithm>
#include <numeric>

#include "text/utf8.hpp"

namespace termnorm::matcher {

Trie::Trie(const std::vector<std::string_view>& keys) : root_(kDenseRoot, kNone), nodes_(1), keys_(keys.size()) {
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
  edge_cp_.reserve(pool.size());
  edge_child_.reserve(pool.size());
  nodes_.reserve(pool.size() + 1);
  while (!level.empty()) {
    next.clear();
    for (const Pending& p : level) {
      uint32_t i = p.begin;
      // The key equal to the prefix, if any, sorts first.
      if (i < p.end && spans[order[i]].second == p.depth) nodes_[p.node].key = order[i++];
      nodes_[p.node].first_edge = static_cast<uint32_t>(edge_cp_.size());
      while (i < p.end) {
        const uint32_t cp = pool[spans[order[i]].first + p.depth];
        uint32_t j = i + 1;
        while (j < p.end && pool[spans[order[j]].first + p.depth] == cp) ++j;
        const auto child = static_cast<uint32_t>(nodes_.size());
        nodes_.emplace_back();
        edge_cp_.push_back(cp);
        edge_child_.push_back(child);
        if (p.node == kRoot && cp < kDenseRoot) root_[cp] = child;
        next.push_back({child, i, j, p.depth + 1});
        i = j;
      }
      nodes_[p.node].edge_count = static_cast<uint32_t>(edge_cp_.size()) - nodes_[p.node].first_edge;
    }
    level.swap(next);
  }
}

void Trie::write(ImageWriter& out) const {
  out.number(keys_);
  out.number(nodes_.size());
  for (const Node& n : nodes_) {
    out.number(n.first_edge);
    out.number(n.edge_count);
    out.number(n.key);
  }
  out.numbers(edge_cp_);
  out.numbers(edge_child_);
}

Trie Trie::read(ImageReader& in) {
  Trie trie;
  trie.keys_ = in.number();
  trie.nodes_.resize(in.number());
  static_assert(sizeof(Node) == 3 * sizeof(uint32_t), "a node is its three numbers, as write() puts them");
  in.words(reinterpret_cast<uint32_t*>(trie.nodes_.data()), trie.nodes_.size() * 3);
  trie.edge_cp_ = in.numbers();
  trie.edge_child_ = in.numbers();
  if (trie.nodes_.empty() || trie.edge_cp_.size() != trie.edge_child_.size()) throw Error("damaged trie image");
  const Node& root = trie.nodes_[kRoot];
  for (uint32_t e = root.first_edge; e < root.first_edge + root.edge_count; ++e) {
    if (trie.edge_cp_.at(e) < kDenseRoot) trie.root_[trie.edge_cp_[e]] = trie.edge_child_[e];
  }
  return trie;
}

}  // namespace termnorm::matcher
