// Walking a termbase file's YAML tree for the marks of its fields.
#include "lexicon/source_map.hpp"

#include <yaml-cpp/yaml.h>

namespace termnorm::lexicon {
namespace {

bool is_empty(const YAML::Node& node) {
  if (node.IsNull()) return true;
  if (node.IsScalar()) return node.Scalar().empty();
  return node.size() == 0;
}

std::string_view field_key(FormField field) {
  switch (field) {
    case FormField::term: return "term";
    case FormField::abbr: return "abbr";
    case FormField::variant: return "variants";
    case FormField::deprecated: return "deprecated";
    case FormField::traditional: return "traditional";
  }
  return {};
}

}  // namespace

SourceMap::SourceMap(std::string_view yaml, std::string_view file_name) : file_(file_name) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    throw LexiconError({file_, static_cast<size_t>(e.mark.line) + 1, static_cast<size_t>(e.mark.column) + 1},
                       e.msg);
  }
  if (!root.IsMap()) return;
  auto mark_of = [](const YAML::Node& node) {
    const YAML::Mark m = node.Mark();
    return m.is_null() ? Mark{} : Mark{static_cast<uint32_t>(m.line + 1), static_cast<uint32_t>(m.column + 1)};
  };
  auto note_empty = [&](const YAML::Node& node, EmptyField::Owner owner, size_t index, std::string path) {
    if (!is_empty(node)) return;
    const Mark m = mark_of(node);
    empty_fields_.push_back({owner, index, std::move(path), {file_, m.line, m.column}});
  };
  // A value that is a string or a list of strings: "path" for a string, "path.N" for items.
  auto record_list = [&](Fields& fields, const YAML::Node& value, const std::string& path) {
    if (value.IsSequence()) {
      for (size_t k = 0; k < value.size(); ++k) fields[path + "." + std::to_string(k)] = mark_of(value[k]);
    } else {
      fields[path] = mark_of(value);
      fields[path + ".0"] = mark_of(value);
    }
  };
  const YAML::Node& const_root = root;
  for (const auto& entry : const_root) {
    const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
    if (key == "domain") note_empty(entry.second, EmptyField::Owner::file, 0, "domain");
  }

  if (const YAML::Node concepts = const_root["concepts"]; concepts && concepts.IsSequence()) {
    for (const auto& node : concepts) {
      const size_t index = concepts_.size();
      Fields& fields = concepts_.emplace_back();
      fields[""] = mark_of(node);
      if (!node.IsMap()) continue;
      for (const auto& entry : node) {
        const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
        const YAML::Node& value = entry.second;
        if (key != "en" && key != "zh") {
          record_list(fields, value, key);
          note_empty(value, EmptyField::Owner::concept_entry, index, key);
          continue;
        }
        if (value.IsScalar()) {
          fields[key + ".term"] = mark_of(value);
          note_empty(value, EmptyField::Owner::concept_entry, index, key);
        } else if (value.IsSequence()) {
          for (size_t k = 0; k < value.size(); ++k) {
            fields[k == 0 ? key + ".term" : key + ".variants." + std::to_string(k - 1)] = mark_of(value[k]);
          }
        } else if (value.IsMap()) {
          note_empty(value, EmptyField::Owner::concept_entry, index, key);
          for (const auto& form : value) {
            const std::string path = key + "." + (form.first.IsScalar() ? form.first.Scalar() : "");
            record_list(fields, form.second, path);
            note_empty(form.second, EmptyField::Owner::concept_entry, index, path);
          }
        }
      }
    }
  }
  if (const YAML::Node rules = const_root["rules"]; rules && rules.IsSequence()) {
    for (const auto& node : rules) {
      const size_t index = rules_.size();
      Fields& fields = rules_.emplace_back();
      fields[""] = mark_of(node);
      if (!node.IsMap()) continue;
      for (const auto& entry : node) {
        const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : "";
        fields[key] = mark_of(entry.second);
        note_empty(entry.second, EmptyField::Owner::rule, index, key);
      }
    }
  }
}

SourcePosition SourceMap::position(const Fields& fields, std::string_view path) const {
  auto it = fields.find(std::string(path));
  if (it == fields.end() || it->second.line == 0) it = fields.find("");
  if (it == fields.end()) return {file_, 0, 0};
  return {file_, it->second.line, it->second.column};
}

SourcePosition SourceMap::form(size_t concept_index, const FormRef& ref) const {
  std::string path(to_string(ref.language));
  path.append(".").append(field_key(ref.field));
  if (ref.field == FormField::variant || ref.field == FormField::deprecated) {
    path.append(".").append(std::to_string(ref.item));
  }
  return concept_field(concept_index, path);
}

SourcePosition SourceMap::concept_field(size_t concept_index, std::string_view path) const {
  if (concept_index >= concepts_.size()) return {file_, 0, 0};
  return position(concepts_[concept_index], path);
}

SourcePosition SourceMap::rule_field(size_t rule_index, std::string_view key) const {
  if (rule_index >= rules_.size()) return {file_, 0, 0};
  return position(rules_[rule_index], key);
}

}  // namespace termnorm::lexicon
