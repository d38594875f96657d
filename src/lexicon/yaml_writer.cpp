// Concepts → YAML through yaml-cpp's emitter, which quotes what needs quoting.
#include "lexicon/yaml_writer.hpp"

#include <yaml-cpp/yaml.h>

#include "lexicon/format_names.hpp"

namespace termnorm::lexicon {
namespace {

void write_list(YAML::Emitter& e, const char* key, const std::vector<std::string>& items) {
  if (items.empty()) return;
  e << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& item : items) e << item;
  e << YAML::EndSeq;
}

void write_section(YAML::Emitter& e, Language language, const LanguageForms& f) {
  e << YAML::Key << std::string(to_string(language)) << YAML::Value;
  const bool term_only = f.abbr.empty() && f.variants.empty() && f.deprecated.empty() && f.traditional.empty() &&
                         !f.definite_article;
  if (term_only) {
    e << f.term;
    return;
  }
  e << YAML::Flow << YAML::BeginMap;
  if (!f.term.empty() && f.term != f.abbr) e << YAML::Key << "term" << YAML::Value << f.term;
  if (!f.abbr.empty()) e << YAML::Key << "abbr" << YAML::Value << f.abbr;
  write_list(e, "variants", f.variants);
  write_list(e, "deprecated", f.deprecated);
  if (!f.traditional.empty()) e << YAML::Key << "traditional" << YAML::Value << f.traditional;
  if (f.definite_article) e << YAML::Key << "article" << YAML::Value << "the";
  e << YAML::EndMap;
}

}  // namespace

void write_lexicon_yaml(std::ostream& out, const std::vector<Concept>& concepts, std::string_view comment) {
  YAML::Emitter e;
  e << YAML::BeginMap;
  e << YAML::Key << "termnorm-lexicon" << YAML::Value << 1;
  e << YAML::Key << "concepts" << YAML::Value << YAML::BeginSeq;
  for (const Concept& c : concepts) {
    e << YAML::Flow << YAML::BeginMap;
    e << YAML::Key << "id" << YAML::Value << c.id;
    if (c.kind != ConceptKind::term) e << YAML::Key << "kind" << YAML::Value << std::string(to_string(c.kind));
    if (c.pos != PartOfSpeech::noun) e << YAML::Key << "pos" << YAML::Value << std::string(to_string(c.pos));
    if (!c.domain.empty()) e << YAML::Key << "domain" << YAML::Value << c.domain;
    if (!c.ing.empty()) e << YAML::Key << "ing" << YAML::Value << c.ing;
    write_list(e, "homonyms", c.homonyms);
    write_section(e, Language::en, c.en);
    write_section(e, Language::zh, c.zh);
    if (!c.note.empty()) e << YAML::Key << "note" << YAML::Value << c.note;
    e << YAML::EndMap;
  }
  e << YAML::EndSeq << YAML::EndMap;
  if (!comment.empty()) out << "# " << comment << '\n';
  out << e.c_str() << '\n';
}

}  // namespace termnorm::lexicon
