// The plain YAML reader against yaml-cpp on one text, for the tests and the fuzz target:
// where the plain reader reads a text, its document (every node's kind, scalar, line and
// column, and the tree's shape) must be the one yaml-cpp gives.
#pragma once

#include <string>

#include "lexicon/yaml_document.hpp"
#include "termnorm/error.hpp"

namespace termnorm::yaml {

// "" when the two subtrees are the same, else where they first differ.
inline std::string document_difference(const Document& a, const Node& x, const Document& b, const Node& y,
                                       int depth = 0) {
  const std::string at = std::to_string(y.line + 1) + ":" + std::to_string(y.column + 1);
  if (x.kind != y.kind) return at + ": kind " + std::to_string(int(x.kind)) + " vs " + std::to_string(int(y.kind));
  if (x.line != y.line || x.column != y.column) {
    return at + ": plain reader at " + std::to_string(x.line + 1) + ":" + std::to_string(x.column + 1);
  }
  if (x.scalar != y.scalar) return at + ": '" + std::string(x.scalar) + "' vs '" + std::string(y.scalar) + "'";
  if (x.child_count != y.child_count) {
    return at + ": " + std::to_string(x.child_count) + " vs " + std::to_string(y.child_count) + " children";
  }
  if (depth > 40) return {};
  for (uint32_t i = 0; i < x.child_count; ++i) {
    const std::string d = document_difference(a, a.node(a.children(x).first[i]), b, b.node(b.children(y).first[i]), depth + 1);
    if (!d.empty()) return d;
  }
  return {};
}

// "" when the plain reader reads `text` as yaml-cpp does; "not read" when it leaves it to
// yaml-cpp; else what differs.
inline std::string compare_readers(std::string_view text) {
  const std::optional<Document> plain = read_plain_yaml(text);
  if (!plain) return "not read";
  Document reference;
  try {
    reference = read_with_yaml_cpp(text, "test.yaml");
  } catch (const LexiconError& e) {
    return std::string("yaml-cpp refuses it: ") + e.what();
  }
  if (plain->has_root() != reference.has_root()) return "root";
  return document_difference(*plain, plain->root(), reference, reference.root());
}

}  // namespace termnorm::yaml
