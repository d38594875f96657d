// The comparison's ceiling: the least a dictionary replacer can do. A byte trie whose edges
// live in one open-addressing hash table, and a leftmost-longest pass that writes each
// match's replacement and copies every other byte. No folding, casing, spacing, word edges,
// rules or reports: what termnorm does on top of this is what its throughput pays for.
//
// Usage: bare_trie_pass PAIRS.tsv < input > output   (PAIRS: "from<TAB>to" lines)
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

namespace {

class ByteTrie {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  ByteTrie() : slots_(1 << 16), value_of_node_(1, kNone) {}

  void insert(std::string_view key, uint32_t value) {
    uint32_t node = 0;
    for (const unsigned char b : key) {
      uint32_t next = child(node, b);
      if (next == kNone) {
        next = static_cast<uint32_t>(value_of_node_.size());
        value_of_node_.push_back(kNone);
        if (++edges_ * 2 > slots_.size()) grow();
        put(node, b, next);
      }
      node = next;
    }
    value_of_node_[node] = value;
  }

  uint32_t child(uint32_t node, unsigned char b) const {
    const uint64_t key = edge_key(node, b);
    for (size_t slot = hash(key) & (slots_.size() - 1);; slot = (slot + 1) & (slots_.size() - 1)) {
      if (slots_[slot].key == key) return slots_[slot].child;
      if (slots_[slot].key == 0) return kNone;
    }
  }

  uint32_t value_at(uint32_t node) const { return value_of_node_[node]; }

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t child = kNone;
  };
  static uint64_t edge_key(uint32_t node, unsigned char b) { return (static_cast<uint64_t>(node) << 8 | b) + 1; }
  static uint64_t hash(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> 20; }
  void put(uint32_t node, unsigned char b, uint32_t child) {
    const uint64_t key = edge_key(node, b);
    size_t slot = hash(key) & (slots_.size() - 1);
    while (slots_[slot].key != 0) slot = (slot + 1) & (slots_.size() - 1);
    slots_[slot] = {key, child};
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.key != 0) {
        size_t slot = hash(s.key) & (slots_.size() - 1);
        while (slots_[slot].key != 0) slot = (slot + 1) & (slots_.size() - 1);
        slots_[slot] = s;
      }
    }
  }

  std::vector<Slot> slots_;
  std::vector<uint32_t> value_of_node_;
  size_t edges_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: bare_trie_pass PAIRS.tsv < input > output\n";
    return 2;
  }
  std::ifstream pairs(argv[1]);
  if (!pairs) {
    std::cerr << "bare_trie_pass: cannot read " << argv[1] << "\n";
    return 2;
  }
  ByteTrie trie;
  std::vector<std::string> values;
  for (std::string line; std::getline(pairs, line);) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) continue;
    trie.insert(std::string_view(line).substr(0, tab), static_cast<uint32_t>(values.size()));
    values.push_back(line.substr(tab + 1));
  }

  std::string input;
  std::vector<char> block(1 << 20);
  for (size_t n; (n = std::fread(block.data(), 1, block.size(), stdin)) > 0;) input.append(block.data(), n);
  std::string out;
  out.reserve(input.size() + input.size() / 4);
  for (size_t pos = 0; pos < input.size();) {
    uint32_t node = 0, value = ByteTrie::kNone;
    size_t end = pos;
    for (size_t i = pos; i < input.size(); ++i) {
      node = trie.child(node, static_cast<unsigned char>(input[i]));
      if (node == ByteTrie::kNone) break;
      if (trie.value_at(node) != ByteTrie::kNone) {
        value = trie.value_at(node);
        end = i + 1;
      }
    }
    if (value != ByteTrie::kNone) {
      out += values[value];
      pos = end;
      continue;
    }
    // Copy one character (all its UTF-8 bytes): matches start on character boundaries.
    do out += input[pos++];
    while (pos < input.size() && (static_cast<unsigned char>(input[pos]) & 0xC0) == 0x80);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
