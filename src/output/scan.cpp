// The scan's rules, over the normalizer's edits and residuals and the matcher's occurrences.
#include "output/scan.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "output/term_occurrences.hpp"
#include "text/english.hpp"
#include "text/script.hpp"
#include "text/utf8.hpp"

namespace termnorm::output {
namespace {

constexpr std::array<ScanRuleInfo, 4> kRules = {{
    {ScanRule::other_language, "other-language", ScanSeverity::warning,
     "Text in the other language that the termbase translates."},
    {ScanRule::untranslated, "untranslated", ScanSeverity::warning,
     "Text in the other language that no termbase entry or rule covers."},
    {ScanRule::deprecated, "deprecated", ScanSeverity::error,
     "A deprecated form (a misspelling or machine-translation artefact) of a termbase concept."},
    {ScanRule::inconsistent, "inconsistent", ScanSeverity::warning,
     "A term the document also writes in another form; use the preferred term throughout."},
}};

std::string_view language_name(Language language) { return language == Language::en ? "English" : "Chinese"; }

Language other(Language language) { return language == Language::en ? Language::zh : Language::en; }

// True when `s` has a letter of `language`'s script: Han for Chinese, Latin for English.
bool has_letters_of(std::string_view s, Language language) {
  for (size_t i = 0; i < s.size();) {
    size_t len;
    const char32_t cp = text::decode(s, i, len);
    if (language == Language::zh ? text::is_han(cp) : text::is_latin_letter(cp)) return true;
    i += len;
  }
  return false;
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0u) != 0x80u;
  return n;
}

ScanFinding finding(ScanRule rule, size_t begin, size_t end, size_t line, size_t column, std::string_view text) {
  ScanFinding f;
  f.rule = rule;
  f.begin = begin;
  f.end = end;
  f.line = line;
  f.column = column;
  f.end_column = column + code_points(text);
  f.text = std::string(text);
  return f;
}

void add_translatable_spans(const Result& result, std::vector<ScanFinding>& out) {
  const Language source = other(result.target);
  for (const Edit& e : result.edits) {
    if (e.kind == EditKind::punctuation || e.kind == EditKind::spacing) continue;
    if (!has_letters_of(e.source, source)) continue;
    ScanFinding f = finding(ScanRule::other_language, e.begin, e.end, e.line, e.column, e.source);
    f.suggestion = e.result;
    f.concept_id = e.concept_id;
    f.message = std::string(language_name(source)) + " in " + std::string(language_name(result.target)) +
                " text: '" + e.source + "'; use '" + e.result + "'";
    out.push_back(std::move(f));
  }
}

void add_untranslated_spans(const Result& result, std::vector<ScanFinding>& out) {
  for (const Residual& r : result.residuals) {
    ScanFinding f = finding(ScanRule::untranslated, r.begin, r.end, r.line, r.column, r.text);
    f.message = std::string(language_name(other(result.target))) + " left in " +
                std::string(language_name(result.target)) + " text: '" + r.text + "' (no termbase entry covers it)";
    out.push_back(std::move(f));
  }
}

void add_term_findings(const std::vector<TermOccurrence>& occurrences, Language language,
                       std::vector<ScanFinding>& out) {
  // Forms of each term concept the document writes (abbreviations and deprecated forms aside),
  // and where each was first written.
  std::map<const Concept*, std::map<std::string, const TermOccurrence*>> forms_of;
  auto countable = [&](const TermOccurrence& o) {
    return o.form->language == language && o.concept_entry->kind == ConceptKind::term &&
           (o.form->role == matcher::FormRole::preferred || o.form->role == matcher::FormRole::variant);
  };
  // The preferred term's key is its own form (English: the folded singular).
  auto preferred_key = [&](const TermOccurrence& o) {
    const std::string& term = o.concept_entry->forms(language).term;
    return language == Language::zh ? term : text::singularize(matcher::Matcher::fold_key(term));
  };
  auto key = [](const TermOccurrence& o) { return form_key(o); };
  for (const TermOccurrence& o : occurrences) {
    if (countable(o)) forms_of[o.concept_entry].try_emplace(key(o), &o);
  }
  for (const TermOccurrence& o : occurrences) {
    if (o.form->language != language) continue;
    const std::string& preferred = o.concept_entry->forms(language).term;
    if (o.form->role == matcher::FormRole::deprecated) {
      ScanFinding f = finding(ScanRule::deprecated, o.begin, o.end, o.line, o.column, o.text);
      f.suggestion = preferred;
      f.concept_id = o.concept_entry->id;
      f.message = "deprecated form '" + f.text + "'; use '" + preferred + "'";
      out.push_back(std::move(f));
      continue;
    }
    if (!countable(o) || key(o) == preferred_key(o)) continue;
    const auto& forms = forms_of[o.concept_entry];
    if (forms.size() < 2) continue;
    const TermOccurrence* another = nullptr;
    for (const auto& [other_key, first] : forms) {
      if (other_key != key(o) && (!another || first->begin < another->begin)) another = first;
    }
    ScanFinding f = finding(ScanRule::inconsistent, o.begin, o.end, o.line, o.column, o.text);
    f.suggestion = preferred;
    f.concept_id = o.concept_entry->id;
    f.message = "'" + f.text + "' and '" + std::string(another->text) + "' (line " + std::to_string(another->line) +
                ") name one concept; use '" + preferred + "' throughout";
    out.push_back(std::move(f));
  }
}

}  // namespace

const std::array<ScanRuleInfo, 4>& scan_rules() { return kRules; }

const ScanRuleInfo& info(ScanRule rule) { return kRules[static_cast<size_t>(rule)]; }

std::string_view to_string(ScanSeverity severity) { return severity == ScanSeverity::error ? "error" : "warning"; }

ScanResult scan_document(const Normalizer& normalizer, const matcher::Matcher& matcher, std::string_view text,
                         const Options& options) {
  const Result result = normalizer.normalize(text, options);
  ScanResult scan;
  scan.language = result.target;
  add_translatable_spans(result, scan.findings);
  add_untranslated_spans(result, scan.findings);
  add_term_findings(find_term_occurrences(normalizer.lexicon(), matcher, text), result.target, scan.findings);
  std::stable_sort(scan.findings.begin(), scan.findings.end(), [](const ScanFinding& a, const ScanFinding& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
  });
  return scan;
}

}  // namespace termnorm::output
