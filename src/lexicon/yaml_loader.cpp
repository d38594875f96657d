// Lexicon::from_yaml: reads one termbase file (format version 1) into a YAML document (the
// fast plain reader, or yaml-cpp for the rest of YAML) and checks its schema, reporting every
// problem at the YAML node's line and column. Knows nothing of matching: it only turns YAML
// into Concept and Rule values.
#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <unordered_set>

#include "lexicon/format_names.hpp"
#include "lexicon/yaml_document.hpp"
#include "termnorm/lexicon.hpp"
#include "text/utf8.hpp"

namespace termnorm {
namespace {

using yaml::NodeKind;
using YamlNode = yaml::Node;

class Reader {
 public:
  Reader(std::string_view file, const yaml::Document& document) : file_(file), document_(document) {}

  SourcePosition at(const YamlNode& node) const {
    return {file_, static_cast<size_t>(node.line) + 1, static_cast<size_t>(node.column) + 1};
  }

  [[noreturn]] void fail(const YamlNode& node, const std::string& message) const {
    throw LexiconError(at(node), message);
  }

  std::string scalar(const YamlNode& node, std::string_view what) const {
    if (node.kind != NodeKind::scalar) fail(node, std::string(what) + " must be a string");
    return std::string(node.scalar);
  }

  std::vector<std::string> scalars(const YamlNode& node, std::string_view what) const {
    std::vector<std::string> out;
    if (node.kind == NodeKind::scalar) {
      out.emplace_back(node.scalar);
    } else if (node.kind == NodeKind::sequence) {
      out.reserve(node.child_count);
      for (const uint32_t id : document_.children(node)) {
        const YamlNode& item = document_.node(id);
        std::string s = scalar(item, what);
        if (s.empty()) fail(item, std::string(what) + " must not be empty");
        out.push_back(std::move(s));
      }
    } else if (node.kind != NodeKind::null) {
      fail(node, std::string(what) + " must be a string or a list of strings");
    }
    return out;
  }

  // Calls `on_key(key, value, key_node)` for each entry of a mapping, rejecting keys not in
  // `allowed` (a handful: compared one by one).
  template <typename OnKey>
  void each_key(const YamlNode& map, std::string_view what, std::span<const std::string_view> allowed,
                OnKey on_key) const {
    if (map.kind != NodeKind::map) fail(map, std::string(what) + " must be a mapping");
    const yaml::Document::Children entries = document_.children(map);
    for (uint32_t i = 0; i + 1 < entries.count; i += 2) {
      const YamlNode& key_node = document_.node(entries.first[i]);
      if (key_node.kind != NodeKind::scalar) fail(key_node, "a key must be a string");
      const std::string_view key = key_node.scalar;
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        fail(key_node, "unknown key '" + std::string(key) + "' in " + std::string(what));
      }
      for (uint32_t j = 0; j < i; j += 2) {
        if (document_.node(entries.first[j]).scalar == key) fail(key_node, "duplicate key '" + std::string(key) + "'");
      }
      on_key(key, document_.node(entries.first[i + 1]), key_node);
    }
  }

  LanguageForms language_forms(const YamlNode& node, Language language) const {
    LanguageForms forms;
    forms.present = true;
    const std::string name(to_string(language));
    if (node.kind == NodeKind::scalar) {
      forms.term = node.scalar;
      return forms;
    }
    if (node.kind == NodeKind::sequence) {
      auto all = scalars(node, name + " forms");
      if (all.empty()) fail(node, "the " + name + " list must name at least the preferred term");
      forms.term = all.front();
      forms.variants.assign(all.begin() + 1, all.end());
      return forms;
    }
    static constexpr std::string_view keys[] = {
        "term", "abbr", "variants", "deprecated", "traditional", "article"};
    each_key(node, "the " + name + " section", keys,
             [&](std::string_view key, const YamlNode& value, const YamlNode& key_node) {
               if (key == "term") forms.term = scalar(value, "term");
               else if (key == "abbr") forms.abbr = scalar(value, "abbr");
               else if (key == "variants") forms.variants = scalars(value, "variants");
               else if (key == "deprecated") forms.deprecated = scalars(value, "deprecated");
               else if (key == "traditional") {
                 if (language != Language::zh) fail(key_node, "'traditional' belongs in the zh section");
                 forms.traditional = scalar(value, "traditional");
               } else if (key == "article") {
                 if (language != Language::en) fail(key_node, "'article' belongs in the en section");
                 if (scalar(value, "article") != "the") fail(value, "article must be 'the'");
                 forms.definite_article = true;
               }
             });
    if (forms.term.empty() && !forms.abbr.empty()) forms.term = forms.abbr;
    return forms;
  }

  Concept read_concept(const YamlNode& node, const std::string& file_domain) const {
    Concept c;
    c.where = at(node);
    c.domain = file_domain;
    bool kind_given = false, pos_given = false;
    static constexpr std::string_view keys[] = {"id", "kind", "pos", "domain", "ing",
                                                            "note", "homonyms", "en", "zh"};
    each_key(node, "a concept", keys,
             [&](std::string_view key, const YamlNode& value, const YamlNode&) {
               if (key == "id") c.id = scalar(value, "id");
               else if (key == "kind") { c.kind = kind(value); kind_given = true; }
               else if (key == "pos") { c.pos = pos(value); pos_given = true; }
               else if (key == "domain") c.domain = scalar(value, "domain");
               else if (key == "ing") c.ing = scalar(value, "ing");
               else if (key == "note") c.note = scalar(value, "note");
               else if (key == "homonyms") c.homonyms = scalars(value, "homonyms");
               else if (key == "en") c.en = language_forms(value, Language::en);
               else if (key == "zh") c.zh = language_forms(value, Language::zh);
             });
    if (c.id.empty()) fail(node, "concept needs an 'id'");
    if (!c.en.present || !c.zh.present) {
      fail(node, "concept '" + c.id + "' needs both an 'en' and a 'zh' section");
    }
    if (c.zh.term.empty()) fail(node, "concept '" + c.id + "' needs a zh term");
    if (c.en.term.empty() && c.kind != ConceptKind::word) {
      fail(node, "concept '" + c.id + "' needs an en term (only words may render as nothing)");
    }
    if (!kind_given && !pos_given) c.pos = PartOfSpeech::noun;
    return c;
  }

  ConceptKind kind(const YamlNode& node) const {
    const std::string s = scalar(node, "kind");
    if (const auto kind = lexicon::parse_kind(s)) return *kind;
    fail(node, "kind must be term, phrase or word, not '" + s + "'");
  }

  PartOfSpeech pos(const YamlNode& node) const {
    const std::string s = scalar(node, "pos");
    if (const auto pos = lexicon::parse_part_of_speech(s)) return *pos;
    fail(node, "unknown pos '" + s + "' (noun adj verb adv conj prep pron det num mw part)");
  }

  Rule rule(const YamlNode& node) const {
    Rule r;
    r.where = at(node);
    static constexpr std::string_view keys[] = {"id", "from", "en", "zh",
                                                            "en-heading", "zh-heading", "sentence-start"};
    each_key(node, "a rule", keys,
             [&](std::string_view key, const YamlNode& value, const YamlNode&) {
               if (key == "id") r.id = scalar(value, "id");
               else if (key == "en") r.en = scalar(value, "en");
               else if (key == "zh") r.zh = scalar(value, "zh");
               else if (key == "en-heading") r.en_heading = scalar(value, "en-heading");
               else if (key == "zh-heading") r.zh_heading = scalar(value, "zh-heading");
               else if (key == "sentence-start") {
                 const std::string s = scalar(value, "sentence-start");
                 if (s != "true" && s != "false") fail(value, "sentence-start must be true or false");
                 r.sentence_start = s == "true";
               }
               else if (key == "from") {
                 const std::string s = scalar(value, "from");
                 if (s == "en") r.from = Language::en;
                 else if (s == "zh") r.from = Language::zh;
                 else fail(value, "from must be en or zh");
               }
             });
    if (r.id.empty()) fail(node, "rule needs an 'id'");
    if (r.en.empty() || r.zh.empty()) fail(node, "rule '" + r.id + "' needs both 'en' and 'zh'");
    return r;
  }

 private:
  std::string file_;
  const yaml::Document& document_;
};

// Limits that keep a hostile file from costing more than its size: a termbase is nested a
// few levels deep (yaml::kMaxDepth), and an alias may be used, but the document seen through
// its aliases may not have more nodes than the file has bytes (an "alias bomb" grows
// exponentially). A file may have 16 MiB (twenty times the default termbase); a bigger
// termbase is split into files loaded one by one.
constexpr size_t kMaxFileBytes = 16 << 20;

void check_shape(const yaml::Document& document, const YamlNode& node, size_t depth, size_t& budget,
                 const Reader& reader) {
  if (depth > yaml::kMaxDepth) {
    reader.fail(node, "nested more than " + std::to_string(yaml::kMaxDepth) + " levels deep (a termbase needs a few)");
  }
  if (budget == 0) reader.fail(node, "aliases expand to more nodes than the file has bytes (an alias bomb?)");
  --budget;
  for (const uint32_t id : document.children(node)) check_shape(document, document.node(id), depth + 1, budget, reader);
}

// The file's document: read by the fast reader when the file keeps to the plain subset and
// its schema holds, else (and for every error, so that errors never depend on the reader)
// by yaml-cpp.
template <typename Read>
Lexicon read_document(std::string_view yaml, std::string_view file_name, Read read) {
  if (std::optional<yaml::Document> plain = yaml::read_plain_yaml(yaml)) {
    try {
      return read(*plain);
    } catch (const LexiconError&) {
      // reported below, from yaml-cpp's document
    }
  }
  return read(yaml::read_with_yaml_cpp(yaml, file_name));
}

}  // namespace

Lexicon Lexicon::from_yaml(std::string_view yaml, std::string_view file_name) {
  if (yaml.size() > kMaxFileBytes) {
    throw LexiconError({std::string(file_name), 0, 0},
                       "the file has " + std::to_string(yaml.size() >> 20) + " MiB; a termbase file may have at most " +
                           std::to_string(kMaxFileBytes >> 20) + " MiB (split it into several files)");
  }
  if (const size_t bad = text::find_invalid(yaml); bad != std::string_view::npos) {
    const text::LineColumn at = text::line_column(yaml, bad);
    throw LexiconError({std::string(file_name), at.line, at.column}, "invalid UTF-8");
  }
  return read_document(yaml, file_name, [&](const yaml::Document& document) {
    const Reader reader(file_name, document);
    if (!document.has_root() || document.root().kind != NodeKind::map) {
      throw LexiconError({std::string(file_name), 1, 1},
                         "a termbase file is a mapping starting with 'termnorm-lexicon: 1'");
    }
    const YamlNode& root = document.root();
    size_t budget = yaml.size() + 16;
    check_shape(document, root, 0, budget, reader);
    const YamlNode* version = document.find(root, "termnorm-lexicon");
    if (!version) {
      throw LexiconError({std::string(file_name), 1, 1}, "missing 'termnorm-lexicon: 1'");
    }
    if (reader.scalar(*version, "termnorm-lexicon") != "1") {
      reader.fail(*version, "unsupported termbase format version (this termnorm reads 1)");
    }

    Lexicon lexicon;
    std::string domain;
    static constexpr std::string_view keys[] = {"termnorm-lexicon", "domain", "concepts", "rules"};
    reader.each_key(root, "the file", keys, [&](std::string_view key, const YamlNode& value, const YamlNode&) {
      if (key == "domain") domain = reader.scalar(value, "domain");
    });
    if (const YamlNode* concepts = document.find(root, "concepts"); concepts && concepts->kind != NodeKind::null) {
      if (concepts->kind != NodeKind::sequence) reader.fail(*concepts, "'concepts' must be a list");
      std::unordered_set<std::string> ids;
      ids.reserve(concepts->child_count);
      lexicon.concepts_.reserve(concepts->child_count);
      for (const uint32_t id : document.children(*concepts)) {
        const YamlNode& node = document.node(id);
        Concept c = reader.read_concept(node, domain);
        if (!ids.insert(c.id).second) reader.fail(node, "duplicate concept id '" + c.id + "'");
        lexicon.concepts_.push_back(std::move(c));
      }
    }
    if (const YamlNode* rules = document.find(root, "rules"); rules && rules->kind != NodeKind::null) {
      if (rules->kind != NodeKind::sequence) reader.fail(*rules, "'rules' must be a list");
      for (const uint32_t id : document.children(*rules)) lexicon.rules_.push_back(reader.rule(document.node(id)));
    }
    return lexicon;
  });
}

}  // namespace termnorm
