// Gathering glossary entries from term occurrences, keyed by concept and folded form.
#include "output/glossary.hpp"

#include <algorithm>

namespace termnorm::output {

GlossaryBuilder::GlossaryBuilder(std::set<ConceptKind> kinds) : kinds_(std::move(kinds)) {}

void GlossaryBuilder::add(std::string_view file, const std::vector<TermOccurrence>& occurrences) {
  for (const TermOccurrence& o : occurrences) {
    if (!kinds_.count(o.concept_entry->kind)) continue;
    auto entry = std::find_if(entries_.begin(), entries_.end(),
                              [&](const GlossaryEntry& e) { return e.concept_entry == o.concept_entry; });
    if (entry == entries_.end()) {
      entries_.push_back({o.concept_entry, 0, {std::string(file), o.line, o.column}, {}});
      entry = entries_.end() - 1;
    }
    ++entry->count;
    const std::string key = form_key(o);
    auto form = std::find_if(entry->forms.begin(), entry->forms.end(), [&](const UsedForm& f) {
      return f.language == o.form->language && f.role == o.form->role && f.key == key;
    });
    if (form == entry->forms.end()) {
      entry->forms.push_back({std::string(o.text), o.form->language, o.form->role, 0, key});
      form = entry->forms.end() - 1;
    }
    ++form->count;
  }
}

std::string_view to_string(matcher::FormRole role) {
  switch (role) {
    case matcher::FormRole::preferred: return "preferred";
    case matcher::FormRole::abbreviation: return "abbreviation";
    case matcher::FormRole::variant: return "variant";
    case matcher::FormRole::deprecated: return "deprecated";
  }
  return "form";
}

}  // namespace termnorm::output
