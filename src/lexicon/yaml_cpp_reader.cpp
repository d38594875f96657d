// read_with_yaml_cpp: yaml-cpp's parser, whose events build the compact document directly
// (no yaml-cpp node tree): the same nodes, marks and aliases as YAML::Load would give.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

#include "lexicon/yaml_document.hpp"
#include "termnorm/error.hpp"

namespace termnorm::yaml {
namespace {

// The text as an input stream, without a copy.
class TextBuffer : public std::streambuf {
 public:
  explicit TextBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

class DocumentBuilder : public YAML::EventHandler {
 public:
  explicit DocumentBuilder(Document& document) : document_(document) { anchors_.push_back(0); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    document_.child(add(NodeKind::null, mark, anchor));
  }
  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override { document_.child(anchors_.at(anchor)); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    document_.child(add(NodeKind::scalar, mark, anchor, document_.keep(value)));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(add(NodeKind::sequence, mark, anchor));
  }
  void OnSequenceEnd() override { document_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open(add(NodeKind::map, mark, anchor));
  }
  void OnMapEnd() override { document_.close(); }

 private:
  uint32_t add(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor, std::string_view scalar = {}) {
    const uint32_t id = document_.add(kind, static_cast<uint32_t>(mark.line), static_cast<uint32_t>(mark.column), scalar);
    if (anchor != YAML::NullAnchor) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
      anchors_[anchor] = id;
    }
    return id;
  }
  void open(uint32_t id) {
    document_.child(id);
    document_.open(id);
  }

  Document& document_;
  std::vector<uint32_t> anchors_;  // yaml-cpp's anchor number → node
};

}  // namespace

Document read_with_yaml_cpp(std::string_view text, std::string_view file_name) {
  Document document;
  TextBuffer buffer(text);
  std::istream in(&buffer);
  try {
    YAML::Parser parser(in);
    DocumentBuilder builder(document);
    parser.HandleNextDocument(builder);
  } catch (const YAML::DeepRecursion& e) {
    throw LexiconError({std::string(file_name), static_cast<size_t>(e.mark.line) + 1,
                        static_cast<size_t>(e.mark.column) + 1},
                       "nested more than " + std::to_string(kMaxDepth) + " levels deep (a termbase needs a few)");
  } catch (const YAML::Exception& e) {
    throw LexiconError({std::string(file_name), static_cast<size_t>(e.mark.line) + 1,
                        static_cast<size_t>(e.mark.column) + 1},
                       e.msg);
  }
  return document;
}

}  // namespace termnorm::yaml
