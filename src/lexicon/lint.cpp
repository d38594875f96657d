// The lint's checks, each a function over the loaded files; see lint.hpp for the list.
#include "lexicon/lint.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include "lexicon/concept_forms.hpp"
#include "lexicon/source_map.hpp"
#include "matcher/matcher.hpp"
#include "rewriter/rule_set.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon {
namespace {

struct LoadedFile {
  Lexicon lexicon;
  std::unique_ptr<SourceMap> map;
};

// A concept of one of the files, by file and index in that file.
struct ConceptAt {
  const Concept* entry;
  const SourceMap* map;
  size_t index;
};

class Report {
 public:
  void add(Severity severity, SourcePosition where, std::string message, std::string check) {
    findings_.push_back({std::move(where), severity, std::move(message), std::move(check)});
  }
  std::vector<Finding> take() { return std::move(findings_); }

 private:
  std::vector<Finding> findings_;
};

std::string quoted(std::string_view s) {
  std::string out(1, '\'');
  out.append(s).push_back('\'');
  return out;
}

// YAML syntax first (the source map parses), then the schema (the loader).
std::optional<LoadedFile> load(const LexiconSource& file, Report& report) {
  LoadedFile loaded;
  try {
    loaded.map = std::make_unique<SourceMap>(file.text, file.name);
  } catch (const LexiconError& e) {
    report.add(Severity::error, e.where(), e.message(), "yaml");
    return std::nullopt;
  }
  try {
    loaded.lexicon = Lexicon::from_yaml(file.text, file.name);
  } catch (const LexiconError& e) {
    report.add(Severity::error, e.where(), e.message(), "schema");
    return std::nullopt;
  }
  return loaded;
}

bool declared_homonyms(const Concept& a, const Concept& b) {
  auto lists = [](const Concept& x, const Concept& y) {
    return std::find(x.homonyms.begin(), x.homonyms.end(), y.id) != x.homonyms.end();
  };
  return lists(a, b) || lists(b, a);
}

// A concept's forms as the matcher keys them: (language, folded key) → the first form that
// has the key; a second form with the same key is reported.
struct KeyedForm {
  FormRef ref;
  std::string form;
};
using KeyedForms = std::map<std::pair<Language, std::string>, KeyedForm>;

KeyedForms keyed_forms(const ConceptAt& c, Report& report) {
  KeyedForms keys;
  for_each_matched_form(*c.entry, [&](const FormRef& ref, const std::string& form) {
    const std::string key = matcher::Matcher::fold_key(form);
    if (key.empty()) return;
    auto [it, added] = keys.try_emplace({ref.language, key}, KeyedForm{ref, form});
    // A Traditional form is meant to fold to the term: the field documents it for export.
    if (added || ref.field == FormField::traditional) return;
    report.add(Severity::warning, c.map->form(c.index, ref),
                std::string(to_string(ref.language)) + " " + std::string(describe(ref.field)) + " " + quoted(form) +
                    " of " + quoted(c.entry->id) + " is the same as its " +
                    std::string(describe(it->second.ref.field)) + " " + quoted(it->second.form) +
                    " after folding (case, width, hyphens, Traditional)",
                "duplicate-form");
  });
  return keys;
}

void check_spacing(const ConceptAt& c, Report& report) {
  for_each_form(*c.entry, [&](const FormRef& ref, const std::string& form) {
    if (form.front() != ' ' && form.back() != ' ' && form.find("  ") == std::string::npos) return;
    report.add(Severity::warning, c.map->form(c.index, ref),
               std::string(describe(ref.field)) + " " + quoted(form) + " of " + quoted(c.entry->id) +
                   " has leading, trailing or doubled spaces",
               "spacing");
  });
}

// Forms that two concepts share: the matcher keeps only the one loaded last.
void check_shared_forms(const std::vector<ConceptAt>& concepts, const std::vector<KeyedForms>& keys,
                        Report& report) {
  struct Owner {
    size_t concept_index;
    const KeyedForm* form;
  };
  std::map<std::pair<Language, std::string>, std::vector<Owner>> owners;
  for (size_t i = 0; i < concepts.size(); ++i) {
    for (const auto& [key, form] : keys[i]) owners[key].push_back({i, &form});
  }
  for (const auto& [key, list] : owners) {
    for (size_t j = 1; j < list.size(); ++j) {
      const ConceptAt& later = concepts[list[j].concept_index];
      const auto earlier_it = std::find_if(list.begin(), list.begin() + static_cast<long>(j), [&](const Owner& o) {
        return !declared_homonyms(*concepts[o.concept_index].entry, *later.entry);
      });
      if (earlier_it == list.begin() + static_cast<long>(j)) continue;
      const ConceptAt& earlier = concepts[earlier_it->concept_index];
      const KeyedForm& a = *earlier_it->form;
      const KeyedForm& b = *list[j].form;
      const bool a_preferred = a.ref.field == FormField::term, b_preferred = b.ref.field == FormField::term;
      const bool variant_is_preferred = a_preferred != b_preferred;
      // Report where the fix usually is: the variant, or else the later concept.
      const bool at_earlier = variant_is_preferred && b_preferred;
      const ConceptAt& here = at_earlier ? earlier : later;
      const ConceptAt& there = at_earlier ? later : earlier;
      const KeyedForm& here_form = at_earlier ? a : b;
      const KeyedForm& there_form = at_earlier ? b : a;
      report.add(Severity::error, here.map->form(here.index, here_form.ref),
                 std::string(to_string(key.first)) + " " + std::string(describe(here_form.ref.field)) + " " +
                     quoted(here_form.form) + " of " + quoted(here.entry->id) + " is also the " +
                     std::string(describe(there_form.ref.field)) + " " + quoted(there_form.form) + " of " +
                     quoted(there.entry->id) + " (" + there.map->form(there.index, there_form.ref).to_string() +
                     "); if both are meant, list one in the other's 'homonyms'",
                 variant_is_preferred ? "variant-is-preferred" : "same-form");
    }
  }
}

void check_homonyms(const std::vector<ConceptAt>& concepts, const std::vector<KeyedForms>& keys, Report& report) {
  std::unordered_map<std::string_view, size_t> by_id;
  for (size_t i = 0; i < concepts.size(); ++i) by_id.try_emplace(concepts[i].entry->id, i);
  for (size_t i = 0; i < concepts.size(); ++i) {
    const ConceptAt& c = concepts[i];
    for (size_t k = 0; k < c.entry->homonyms.size(); ++k) {
      const std::string& other_id = c.entry->homonyms[k];
      const SourcePosition where = c.map->concept_field(c.index, "homonyms." + std::to_string(k));
      const auto other = by_id.find(other_id);
      if (other == by_id.end()) {
        report.add(Severity::error, where, "homonym " + quoted(other_id) + " of " + quoted(c.entry->id) +
                                               " is not the id of a concept", "homonym");
        continue;
      }
      const KeyedForms& theirs = keys[other->second];
      const bool shares = std::any_of(keys[i].begin(), keys[i].end(),
                                      [&](const auto& entry) { return theirs.count(entry.first) > 0; });
      if (!shares) {
        report.add(Severity::warning, where, quoted(c.entry->id) + " lists " + quoted(other_id) +
                                                 " as a homonym but they share no form", "homonym");
      }
    }
  }
}

void check_duplicate_ids(const std::vector<const LoadedFile*>& files, Report& report) {
  std::unordered_map<std::string, SourcePosition> concept_ids, rule_ids;
  auto note = [&](std::unordered_map<std::string, SourcePosition>& seen, std::string_view what,
                  const std::string& id, const SourcePosition& where) {
    auto [it, added] = seen.try_emplace(id, where);
    if (added) return;
    report.add(Severity::error, where,
               std::string(what) + " id " + quoted(id) + " is also used at " + it->second.to_string() +
                   "; the later replaces the earlier",
               "duplicate-id");
  };
  for (const LoadedFile* file : files) {
    const auto& concepts = file->lexicon.concepts();
    for (size_t i = 0; i < concepts.size(); ++i) note(concept_ids, "concept", concepts[i].id, file->map->concept_field(i, "id"));
    const auto& rules = file->lexicon.rules();
    for (size_t i = 0; i < rules.size(); ++i) note(rule_ids, "rule", rules[i].id, file->map->rule_field(i, "id"));
  }
}

void check_empty_fields(const LoadedFile& file, Report& report) {
  for (const SourceMap::EmptyField& field : file.map->empty_fields()) {
    if (field.owner == SourceMap::EmptyField::Owner::concept_entry && (field.path == "en" || field.path == "en.term")) {
      const Concept& c = file.lexicon.concepts()[field.index];
      if (c.kind == ConceptKind::word) continue;  // a word that English drops: en: ""
    }
    report.add(Severity::warning, field.where, "field " + quoted(field.path) + " is empty", "empty-field");
  }
}

// The slot names a rule side uses: "{X}", "{X:verb}", "{X:adj}" in patterns, "{X}", "{X|ing}",
// "{X|ed}", "{X|head}", "{X|tail}", "{X|be}" (any verb that agrees) in templates; `modifier` keeps the type or modifier with its mark (":verb", "|ing").
struct SlotUse {
  std::string name;
  std::string modifier;
};
std::vector<SlotUse> slots_of(const std::string& text) {
  std::vector<SlotUse> slots;
  for (size_t i = text.find('{'); i != std::string::npos; i = text.find('{', i + 1)) {
    if (i + 1 >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 1]))) continue;
    const size_t close = text.find('}', i);
    if (close == std::string::npos) break;
    const std::string inside = text.substr(i + 1, close - i - 1);
    const size_t mark = inside.find_first_of(":|");
    slots.push_back({inside.substr(0, mark), mark == std::string::npos ? "" : inside.substr(mark)});
  }
  return slots;
}

// RE2's message in the author's terms: the pattern as written (RE2 reads a slot's braces as
// literal text) shows where the syntax breaks, unlike the skeleton program it becomes.
std::string compile_error(const Rule& rule, Language source, const std::string& rule_set_message) {
  if (rule.side(source).size() > rewriter::RuleSet::kMaxPatternBytes) return rule_set_message;
  RE2::Options options;
  options.set_log_errors(false);
  const RE2 as_written(rule.side(source), options);
  if (as_written.ok()) return rule_set_message;
  return "rule " + quoted(rule.id) + ": the " + std::string(to_string(source)) +
         " pattern does not compile: " + as_written.error();
}

// The template modifiers of a verb slot ({X:verb} or {X:action}): its -ing form, its past participle,
// its simple past, its first word and the rest, its present agreeing with the slot written before it.
bool inflects_verb(const std::string& modifier) {
  return modifier == "|ing" || modifier == "|ed" || modifier == "|past" || modifier == "|head" || modifier == "|tail" ||
         modifier == "|agree";
}

// The template modifiers that change a noun phrase slot: its head in the plural, "the" before a
// bare singular part of the body.
bool shapes_noun_phrase(const std::string& modifier) { return modifier == "|plural" || modifier == "|the"; }

// Whether a slot of `type` (":noun", ":disease", "" for any noun phrase) is a noun phrase.
bool is_noun_phrase_slot(const std::string& type) { return type.empty() || type == ":noun" || type == ":disease"; }

// The template modifiers that write a verb agreeing with a noun phrase slot: any verb in its
// base form, in lower case ("|be", "|have", "|include"), other than the verb slot modifiers.
bool agrees(const std::string& modifier) {
  if (modifier.size() < 2 || modifier[0] != '|' || inflects_verb(modifier) || shapes_noun_phrase(modifier)) {
    return false;
  }
  return std::all_of(modifier.begin() + 1, modifier.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void check_rules(const LoadedFile& file, Report& report) {
  const auto& rules = file.lexicon.rules();
  for (size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules[i];
    for (Language source : {Language::zh, Language::en}) {
      if (rule.from && *rule.from != source) continue;
      const std::string source_key(to_string(source));
      try {
        rewriter::RuleSet compiled({rule}, source);
      } catch (const LexiconError& e) {
        report.add(Severity::error, file.map->rule_field(i, source_key), compile_error(rule, source, e.message()),
                   "rule-compile");
        continue;
      }
      std::map<std::string, std::string> defined;  // slot name → its type (":verb", ":adj", "" for a noun phrase)
      for (const SlotUse& s : slots_of(rule.side(source))) defined[s.name] = s.modifier;
      const Language target = source == Language::en ? Language::zh : Language::en;
      const std::string target_key(to_string(target));
      for (const std::string& key : {target_key, target_key + "-heading"}) {
        const std::string& tmpl = key == target_key ? rule.side(target) : rule.heading(target);
        for (const SlotUse& s : slots_of(tmpl)) {
          std::string problem;
          if (!defined.count(s.name)) problem = "slot {" + s.name + "} is not in the " + source_key + " pattern";
          else if (s.modifier.empty()) continue;
          else if (const std::string& type = defined[s.name]; inflects_verb(s.modifier)) {
            if (type != ":verb" && type != ":action") {
              problem = "the modifier '" + s.modifier + "' inflects a verb, and {" + s.name + "} is not a {" + s.name +
                        ":verb} slot";
            }
          } else if (shapes_noun_phrase(s.modifier)) {
            if (!is_noun_phrase_slot(type)) {
              problem = "the modifier '" + s.modifier + "' changes a noun phrase, and {" + s.name + "} is not a {" +
                        s.name + "}, {" + s.name + ":noun} or {" + s.name + ":disease} slot";
            }
          } else if (agrees(s.modifier) && type != ":verb") {
            if (!type.empty() && type != ":noun") {
              problem = "the modifier '" + s.modifier + "' agrees with a noun phrase, and {" + s.name + "} is not a {" +
                        s.name + "} or {" + s.name + ":noun} slot";
            }
          } else {
            problem = "unknown slot modifier '" + s.modifier + "'";
          }
          if (problem.empty()) continue;
          report.add(Severity::error, file.map->rule_field(i, key),
                     "rule " + quoted(rule.id) + ": in '" + key + "', " + problem, "rule-slot");
        }
      }
    }
  }
}

}  // namespace

std::string to_string(const Finding& finding) {
  return finding.where.to_string() + ": " + (finding.severity == Severity::error ? "error" : "warning") + ": " +
         finding.message + " [" + finding.check + "]";
}

bool has_errors(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::error; });
}

std::vector<Finding> lint(const std::vector<LexiconSource>& files) {
  Report report;
  std::vector<LoadedFile> storage;
  storage.reserve(files.size());
  for (const LexiconSource& file : files) {
    if (auto loaded = load(file, report)) storage.push_back(std::move(*loaded));
  }
  std::vector<const LoadedFile*> loaded;
  std::vector<ConceptAt> concepts;
  for (const LoadedFile& file : storage) {
    loaded.push_back(&file);
    for (size_t i = 0; i < file.lexicon.concepts().size(); ++i) {
      concepts.push_back({&file.lexicon.concepts()[i], file.map.get(), i});
    }
    check_empty_fields(file, report);
    check_rules(file, report);
  }
  std::vector<KeyedForms> keys;
  keys.reserve(concepts.size());
  for (const ConceptAt& c : concepts) {
    keys.push_back(keyed_forms(c, report));
    check_spacing(c, report);
  }
  check_shared_forms(concepts, keys, report);
  check_homonyms(concepts, keys, report);
  check_duplicate_ids(loaded, report);

  std::vector<Finding> findings = report.take();
  std::unordered_map<std::string, size_t> file_order;
  for (size_t i = 0; i < files.size(); ++i) file_order.try_emplace(files[i].name, i);
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    return std::tuple(file_order[a.where.file], a.where.line, a.where.column) <
           std::tuple(file_order[b.where.file], b.where.line, b.where.column);
  });
  return findings;
}

}  // namespace termnorm::lexicon
