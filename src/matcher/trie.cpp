// Trie construction: keys decoded to code points, then nodes laid out breadth first, one
// level at a time, each node's children taken from a run of keys that share its prefix; and
// the trie's image.
#include "matcher/trie.hpp"

#include <algorithm>
#include <numeric>

#include "text/utf8.hpp"

namespace termnorm::matcher {

Trie::Trie(const std::vector<std::string_view>& keys) : root_(kDenseRoot, kNone), keys_(keys.size()) {
  // Every key as code points, in one pool.
  std::vector<uint32_t> pool;
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // key id → (start, length) in pool
  spans.reserve(keys.size());
  for (const std::string_view key : keys) {
    const auto start = static_cast<uint32_t>(pool.size());
    for (size_t i = 0, len; i < key.size(); i += len) pool.push_back(text::decode(key, i, len));
    spans.emplace_back(start, static_cast<uint32_t>(pool.size() - start));
  }
  // Key ids; each node's run of them is sorted by the code point after its prefix (a key
  // that ends there first) when the node is laid out, so no whole-key comparison is needed.
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);

  // A node to lay out: the sorted keys [begin, end) all start with its prefix of `depth`.
  struct Pending {
    uint32_t node, begin, end, depth;
  };
  std::vector<Pending> level{{kRoot, 0, static_cast<uint32_t>(order.size()), 0}}, next;
  edges_.reserve(pool.size());
  while (!level.empty()) {
    next.clear();
    for (const Pending& p : level) {
      const auto code_point_at_depth = [&](uint32_t id) -> int64_t {
        return spans[id].second == p.depth ? int64_t{-1} : int64_t{pool[spans[id].first + p.depth]};
      };
      std::sort(order.begin() + p.begin, order.begin() + p.end,
                [&](uint32_t a, uint32_t b) { return code_point_at_depth(a) < code_point_at_depth(b); });
      uint32_t i = p.begin;
      uint32_t key = kNone;
      // The key equal to the prefix, if any, sorts first.
      if (i < p.end && spans[order[i]].second == p.depth) key = order[i++];
      const auto first_edge = static_cast<uint32_t>(edges_.size());
      while (i < p.end) {
        const uint32_t cp = pool[spans[order[i]].first + p.depth];
        uint32_t j = i + 1;
        while (j < p.end && pool[spans[order[j]].first + p.depth] == cp) ++j;
        edges_.push_back({.cp = cp});
        const auto child = static_cast<uint32_t>(edges_.size());  // node n is edge n - 1's
        if (p.node == kRoot && cp < kDenseRoot) root_[cp] = child;
        next.push_back({child, i, j, p.depth + 1});
        i = j;
      }
      const auto edge_count = static_cast<uint32_t>(edges_.size()) - first_edge;
      if (p.node == kRoot) {
        root_first_edge_ = first_edge;
        root_edge_count_ = edge_count;
        root_key_ = key;
      } else {
        edges_[p.node - 1].first_edge = first_edge;
        edges_[p.node - 1].edge_count = edge_count;
        edges_[p.node - 1].key = key;
      }
    }
    level.swap(next);
  }
}

// The image keeps the layout of separate arrays: per node (first edge, edge count, key),
// then the edges' code points and their children.
void Trie::write(ImageWriter& out) const {
  out.number(keys_);
  out.number(node_count());
  out.number(root_first_edge_);
  out.number(root_edge_count_);
  out.number(root_key_);
  std::vector<uint32_t> edge_cp, edge_child;
  edge_cp.reserve(edges_.size());
  edge_child.reserve(edges_.size());
  for (size_t e = 0; e < edges_.size(); ++e) {
    out.number(edges_[e].first_edge);
    out.number(edges_[e].edge_count);
    out.number(edges_[e].key);
    edge_cp.push_back(edges_[e].cp);
    edge_child.push_back(static_cast<uint32_t>(e + 1));
  }
  out.numbers(edge_cp);
  out.numbers(edge_child);
}

Trie Trie::read(ImageReader& in) {
  Trie trie;
  trie.keys_ = in.number();
  const size_t node_count = in.number();
  if (node_count == 0) throw Error("damaged trie image");
  std::vector<uint32_t> nodes(node_count * 3);
  in.words(nodes.data(), nodes.size());
  const std::vector<uint32_t> edge_cp = in.numbers();
  const std::vector<uint32_t> edge_child = in.numbers();
  if (edge_cp.size() != edge_child.size() || edge_cp.size() + 1 != node_count) throw Error("damaged trie image");
  trie.root_first_edge_ = nodes[0];
  trie.root_edge_count_ = nodes[1];
  trie.root_key_ = nodes[2];
  trie.edges_.resize(edge_cp.size());
  for (size_t e = 0; e < edge_cp.size(); ++e) {
    const uint32_t* node = nodes.data() + 3 * (e + 1);
    if (edge_child[e] != e + 1 || node[0] > edge_cp.size() || node[1] > edge_cp.size() - node[0]) {
      throw Error("damaged trie image");
    }
    trie.edges_[e] = {.cp = edge_cp[e], .first_edge = node[0], .edge_count = node[1], .key = node[2]};
  }
  if (trie.root_first_edge_ > edge_cp.size() || trie.root_edge_count_ > edge_cp.size() - trie.root_first_edge_) {
    throw Error("damaged trie image");
  }
  for (uint32_t e = trie.root_first_edge_; e < trie.root_first_edge_ + trie.root_edge_count_; ++e) {
    if (edge_cp[e] < kDenseRoot) trie.root_[edge_cp[e]] = e + 1;
  }
  return trie;
}

}  // namespace termnorm::matcher
