// A parsed YAML document as the termbase loader reads it: a compact tree of nodes (null,
// scalar, sequence, mapping) with the line and column where each starts. Two readers fill
// it — yaml-cpp's parser for any YAML (yaml_document_reader.cpp), and a fast reader of the
// plain subset the termbase format is written in (plain_yaml_reader.cpp) — so the schema is
// checked on one representation whichever read the text. An alias is the node it names,
// shared, as in yaml-cpp's own tree.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace termnorm::yaml {

enum class NodeKind : uint8_t { null, scalar, sequence, map };

struct Node {
  NodeKind kind = NodeKind::null;
  uint32_t line = 0;    // 0-based, as yaml-cpp's marks
  uint32_t column = 0;  // 0-based, in bytes
  std::string_view scalar;   // scalars only: the value (into the text or the document)
  uint32_t first_child = 0;  // into Document::children: a sequence's items, a map's keys and values alternating
  uint32_t child_count = 0;
};

class Document {
 public:
  static constexpr uint32_t kNoRoot = UINT32_MAX;

  bool has_root() const { return root_ != kNoRoot; }
  const Node& root() const { return nodes_[root_]; }
  const Node& node(uint32_t id) const { return nodes_[id]; }

  // The items of a sequence, or the keys and values of a map alternating.
  struct Children {
    const uint32_t* first;
    uint32_t count;
    const uint32_t* begin() const { return first; }
    const uint32_t* end() const { return first + count; }
  };
  Children children(const Node& node) const { return {children_.data() + node.first_child, node.child_count}; }

  // The value of the first entry of `map` whose key is the scalar `key`, or nullptr.
  const Node* find(const Node& map, std::string_view key) const;

  // Building, for the readers: nodes are added in document order; a collection's children are
  // collected while it is open and stored together when it closes.
  uint32_t add(NodeKind kind, uint32_t line, uint32_t column, std::string_view scalar = {});
  void open(uint32_t collection);   // the next children belong to `collection`
  void child(uint32_t id);          // `id` is the next child of the innermost open collection, or the root
  void close();                     // the innermost open collection is complete
  std::string_view keep(std::string value);  // a scalar the document owns (text it did not come from)
  void reserve(size_t nodes);

 private:
  std::vector<Node> nodes_;
  std::vector<uint32_t> children_;
  std::vector<uint32_t> pending_;  // children of the open collections, innermost last
  std::vector<std::pair<uint32_t, size_t>> open_;  // open collection, where its children start in pending_
  std::deque<std::string> owned_;
  uint32_t root_ = kNoRoot;
};

// The deepest nesting a termbase file may have (it needs a few levels).
constexpr size_t kMaxDepth = 32;

// Any YAML, through yaml-cpp's parser (its first document; nothing of the text is kept).
// Throws LexiconError at the line and column of a syntax error.
Document read_with_yaml_cpp(std::string_view text, std::string_view file_name);

// The plain subset of YAML that termbase files are written in (block mappings and sequences,
// one-line flow collections, plain and simple quoted scalars, comments), read fast; the
// document's scalars point into `text`, which must outlive it. Nothing when the text uses
// anything else (or is not valid YAML): then read_with_yaml_cpp() gives the document or the
// error. Where it gives a document, yaml-cpp gives the same one.
std::optional<Document> read_plain_yaml(std::string_view text);

}  // namespace termnorm::yaml
