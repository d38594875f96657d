// Counting concepts, forms and rules, and writing the counts.
#include "lexicon/stats.hpp"

#include <iomanip>

#include "lexicon/concept_forms.hpp"
#include "lexicon/format_names.hpp"

namespace termnorm::lexicon {
namespace {

nlohmann::json forms_json(const FormCounts& f) {
  return {{"terms", f.terms},
          {"abbreviations", f.abbreviations},
          {"variants", f.variants},
          {"deprecated", f.deprecated},
          {"traditional", f.traditional}};
}

}  // namespace

LexiconStats count(const Lexicon& lexicon) {
  LexiconStats stats;
  for (const auto& [name, kind] : kKindNames) stats.by_kind[std::string(name)] = 0;
  for (const Concept& c : lexicon.concepts()) {
    ++stats.concepts;
    ++stats.by_kind[std::string(to_string(c.kind))];
    ++stats.by_domain[c.domain];
    for_each_form(c, [&](const FormRef& ref, const std::string&) {
      FormCounts& f = ref.language == Language::en ? stats.en : stats.zh;
      switch (ref.field) {
        case FormField::term: ++f.terms; break;
        case FormField::abbr: ++f.abbreviations; break;
        case FormField::variant: ++f.variants; break;
        case FormField::deprecated: ++f.deprecated; break;
        case FormField::traditional: ++f.traditional; break;
      }
    });
  }
  stats.rules = lexicon.rules().size();
  return stats;
}

void write_text(std::ostream& out, const LexiconStats& stats) {
  auto line = [&](std::string_view label, size_t n) {
    out << std::left << std::setw(18) << label << std::right << std::setw(8) << n << '\n';
  };
  line("concepts", stats.concepts);
  for (const auto& [name, kind] : kKindNames) line("  " + std::string(name), stats.by_kind.at(std::string(name)));
  out << "domains\n";
  for (const auto& [domain, n] : stats.by_domain) line("  " + (domain.empty() ? "(none)" : domain), n);
  out << std::left << std::setw(18) << "forms" << std::right << std::setw(8) << "en" << std::setw(8) << "zh" << '\n';
  auto pair = [&](std::string_view label, size_t en, size_t zh) {
    out << std::left << std::setw(18) << label << std::right << std::setw(8) << en << std::setw(8) << zh << '\n';
  };
  pair("  terms", stats.en.terms, stats.zh.terms);
  pair("  abbreviations", stats.en.abbreviations, stats.zh.abbreviations);
  pair("  variants", stats.en.variants, stats.zh.variants);
  pair("  deprecated", stats.en.deprecated, stats.zh.deprecated);
  pair("  traditional", stats.en.traditional, stats.zh.traditional);
  line("rules", stats.rules);
}

nlohmann::json to_json(const LexiconStats& stats) {
  nlohmann::json domains = nlohmann::json::object();
  for (const auto& [domain, n] : stats.by_domain) domains[domain] = n;
  return {{"concepts", stats.concepts},
          {"kinds", stats.by_kind},
          {"domains", domains},
          {"forms", {{"en", forms_json(stats.en)}, {"zh", forms_json(stats.zh)}}},
          {"rules", stats.rules}};
}

}  // namespace termnorm::lexicon
