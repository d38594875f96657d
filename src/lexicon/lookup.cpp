// Finding concepts by any form, and writing their cards.
#include "lexicon/lookup.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "lexicon/concept_forms.hpp"
#include "lexicon/format_names.hpp"
#include "matcher/matcher.hpp"
#include "text/english.hpp"

namespace termnorm::lexicon {
namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

}  // namespace

std::vector<const Concept*> look_up(const Lexicon& lexicon, std::string_view query) {
  const std::string folded = matcher::Matcher::fold_key(query);  // lower case, as plurals need
  std::vector<std::string> forms = {folded, text::pluralize(folded), text::singularize(folded)};
  // An abbreviation's number, as the matcher derives it: "MSC" ↔ "MSCs".
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (!query.empty() && is_upper(query.back())) forms.push_back(std::string(query) + "s");
  if (query.size() > 2 && query.back() == 's' && is_upper(query[query.size() - 2])) {
    forms.emplace_back(query.substr(0, query.size() - 1));
  }
  std::set<std::string> keys;
  for (const std::string& form : forms) {
    std::string key = matcher::Matcher::fold_key(form);
    if (!key.empty()) keys.insert(std::move(key));
  }
  std::vector<const Concept*> found;
  if (keys.empty()) return found;
  for (const Concept& c : lexicon.concepts()) {
    bool matches = false;
    for_each_form(c, [&](const FormRef&, const std::string& form) {
      matches = matches || keys.count(matcher::Matcher::fold_key(form)) > 0;
    });
    if (matches) found.push_back(&c);
  }
  return found;
}

void write_card(std::ostream& out, const Concept& c) {
  out << c.id << "   " << to_string(c.kind) << ", " << to_string(c.pos);
  if (!c.domain.empty()) out << ", domain " << c.domain;
  if (c.where.line != 0) out << "   (" << c.where.to_string() << ')';
  out << '\n';
  auto field = [&](std::string_view label, const std::string& value) {
    if (value.empty()) return;
    out << "      " << label << std::string(14 - std::min<size_t>(label.size(), 13), ' ') << value << '\n';
  };
  for (Language language : {Language::en, Language::zh}) {
    const LanguageForms& f = c.forms(language);
    out << "  " << to_string(language) << "  " << (f.term.empty() ? "(nothing: dropped)" : f.term);
    if (f.definite_article) out << "   (with 'the')";
    out << '\n';
    field("abbreviation", f.abbr);
    field("variants", joined(f.variants, "; "));
    field("deprecated", joined(f.deprecated, "; "));
    field("traditional", f.traditional);
  }
  field("-ing form", c.ing);
  field("homonyms", joined(c.homonyms, ", "));
  field("note", c.note);
}

}  // namespace termnorm::lexicon
