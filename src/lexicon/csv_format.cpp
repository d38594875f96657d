// Concepts to CSV rows and back, with the two-column glossary's merging of repeated terms.
#include "lexicon/csv_format.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "lexicon/concept_forms.hpp"
#include "lexicon/csv.hpp"
#include "lexicon/format_names.hpp"
#include "matcher/matcher.hpp"
#include "text/utf8.hpp"

namespace termnorm::lexicon {
namespace {

constexpr std::string_view kColumns[] = {
    "id",          "kind",           "pos",         "domain",        "en",        "en_abbr",
    "en_variants", "en_deprecated",  "en_article",  "zh",            "zh_abbr",   "zh_variants",
    "zh_deprecated", "zh_traditional", "ing",        "homonyms",      "note"};

std::string joined_list(const std::vector<std::string>& items, const Concept& c) {
  std::string out;
  for (const auto& item : items) {
    if (item.find('|') != std::string::npos) {
      throw Error("concept '" + c.id + "': '" + item + "' contains '|', which separates list items in CSV");
    }
    if (!out.empty()) out += '|';
    out += item;
  }
  return out;
}

std::string trimmed(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t bar = std::min(s.find('|', start), s.size());
    std::string item = trimmed(s.substr(start, bar - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = bar + 1;
  }
  return items;
}

std::string lowercase_ascii(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// The header's column name → field index, or nullopt when the first row is data.
std::optional<std::vector<std::string>> header_of(const CsvRecord& first) {
  std::vector<std::string> names;
  for (const auto& f : first.fields) names.push_back(lowercase_ascii(trimmed(f)));
  const bool has_en = std::count(names.begin(), names.end(), "en") > 0;
  const bool has_zh = std::count(names.begin(), names.end(), "zh") > 0;
  if (!has_en || !has_zh) return std::nullopt;
  return names;
}

// Builds a concept from one row's named fields; an empty message on success.
std::string concept_from_row(const std::map<std::string, std::string>& row, Concept& c) {
  auto get = [&](std::string_view name) {
    const auto it = row.find(std::string(name));
    return it == row.end() ? std::string() : trimmed(it->second);
  };
  c.id = get("id");
  if (const std::string kind = get("kind"); !kind.empty()) {
    const auto parsed = parse_kind(kind);
    if (!parsed) return "kind must be term, phrase or word, not '" + kind + "'";
    c.kind = *parsed;
  }
  if (const std::string pos = get("pos"); !pos.empty()) {
    const auto parsed = parse_part_of_speech(pos);
    if (!parsed) return "unknown pos '" + pos + "'";
    c.pos = *parsed;
  }
  c.domain = get("domain");
  c.ing = get("ing");
  c.note = get("note");
  c.homonyms = split_list(get("homonyms"));
  for (Language language : {Language::en, Language::zh}) {
    const std::string prefix(to_string(language));
    LanguageForms& f = language == Language::en ? c.en : c.zh;
    f.present = true;
    f.term = get(prefix);
    f.abbr = get(prefix + "_abbr");
    f.variants = split_list(get(prefix + "_variants"));
    f.deprecated = split_list(get(prefix + "_deprecated"));
  }
  c.zh.traditional = get("zh_traditional");
  const std::string article = get("en_article");
  if (!article.empty() && article != "the") return "en_article must be 'the' or empty, not '" + article + "'";
  c.en.definite_article = !article.empty();
  if (c.zh.term.empty()) return "no Chinese term";
  if (c.en.term.empty() && c.kind != ConceptKind::word) return "no English term";
  return {};
}

// Which earlier concept owns each folded form, for clashes and merging.
class FormIndex {
 public:
  void add(const Concept& c, size_t index) {
    for_each_matched_form(c, [&](const FormRef& ref, const std::string& form) {
      owners_.try_emplace({ref.language, matcher::Matcher::fold_key(form)}, index);
    });
  }
  std::optional<size_t> owner(Language language, const std::string& form) const {
    const auto it = owners_.find({language, matcher::Matcher::fold_key(form)});
    if (it == owners_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::map<std::pair<Language, std::string>, size_t> owners_;
};

std::string unique_id(std::string base, const std::set<std::string>& taken) {
  if (base.empty()) base = "concept";
  if (!taken.count(base)) return base;
  for (int n = 2;; ++n) {
    std::string candidate = base + "-" + std::to_string(n);
    if (!taken.count(candidate)) return candidate;
  }
}

void add_variant(LanguageForms& forms, const std::string& form) {
  if (form.empty()) return;
  const std::string key = matcher::Matcher::fold_key(form);
  auto same = [&](const std::string& f) { return matcher::Matcher::fold_key(f) == key; };
  const bool known =
      same(forms.term) || same(forms.abbr) || std::any_of(forms.variants.begin(), forms.variants.end(), same);
  if (!known) forms.variants.push_back(form);
}

}  // namespace

std::vector<std::string> concept_csv_columns() {
  return std::vector<std::string>(std::begin(kColumns), std::end(kColumns));
}

std::vector<std::string> concept_csv_fields(const Concept& c) {
  return {c.id, std::string(to_string(c.kind)), std::string(to_string(c.pos)), c.domain,
          c.en.term, c.en.abbr, joined_list(c.en.variants, c), joined_list(c.en.deprecated, c),
          c.en.definite_article ? "the" : "", c.zh.term, c.zh.abbr, joined_list(c.zh.variants, c),
          joined_list(c.zh.deprecated, c), c.zh.traditional, c.ing, joined_list(c.homonyms, c),
          c.note};
}

void export_csv(std::ostream& out, const Lexicon& lexicon) {
  write_csv_record(out, concept_csv_columns());
  for (const Concept& c : lexicon.concepts()) write_csv_record(out, concept_csv_fields(c));
}

std::string id_from_english(std::string_view english) {
  static const std::pair<char32_t, const char*> greek[] = {
      {U'α', "alpha"}, {U'β', "beta"},  {U'γ', "gamma"}, {U'δ', "delta"}, {U'ε', "epsilon"}, {U'κ', "kappa"},
      {U'λ', "lambda"}, {U'μ', "mu"},   {U'σ', "sigma"}, {U'τ', "tau"},   {U'ω', "omega"}};
  std::string id;
  bool pending_dash = false;
  auto append = [&](std::string_view word) {
    if (pending_dash && !id.empty()) id += '-';
    pending_dash = false;
    id += word;
  };
  for (size_t i = 0; i < english.size();) {
    size_t len;
    const char32_t cp = text::decode(english, i, len);
    i += len;
    if (cp < 0x80 && std::isalnum(static_cast<int>(cp))) {
      const char ch = static_cast<char>(std::tolower(static_cast<int>(cp)));
      append(std::string_view(&ch, 1));
      continue;
    }
    const auto letter = std::find_if(std::begin(greek), std::end(greek), [&](const auto& g) { return g.first == cp; });
    if (letter != std::end(greek)) {
      pending_dash = true;
      append(letter->second);
    }
    pending_dash = true;
  }
  return id;
}

ImportedConcepts import_csv(std::string_view text) {
  const std::vector<CsvRecord> records = read_csv(text);
  ImportedConcepts result;
  if (records.empty()) return result;
  const std::optional<std::vector<std::string>> header = header_of(records.front());
  std::vector<std::string> columns = header ? *header : std::vector<std::string>{"en", "zh"};
  if (header) {
    for (const std::string& name : columns) {
      if (std::find(std::begin(kColumns), std::end(kColumns), name) == std::end(kColumns)) {
        result.problems.push_back({records.front().line, "unknown column '" + name + "' (ignored)"});
      }
    }
  }

  FormIndex forms;
  std::set<std::string> ids;
  std::vector<size_t> line_of;  // concept index → the line it came from
  for (size_t r = header ? 1 : 0; r < records.size(); ++r) {
    const CsvRecord& record = records[r];
    auto problem = [&](std::string message) { result.problems.push_back({record.line, std::move(message)}); };
    if (record.fields.size() != columns.size()) {
      problem("expected " + std::to_string(columns.size()) + " columns, found " + std::to_string(record.fields.size()));
      continue;
    }
    std::map<std::string, std::string> row;
    for (size_t k = 0; k < columns.size(); ++k) row[columns[k]] = record.fields[k];
    Concept c;
    if (std::string message = concept_from_row(row, c); !message.empty()) {
      problem(message);
      continue;
    }
    // Earlier concepts that already own one of this row's forms, homonyms aside.
    std::set<size_t> clashes;
    for_each_matched_form(c, [&](const FormRef& ref, const std::string& form) {
      const auto owner = forms.owner(ref.language, form);
      if (!owner) return;
      const Concept& other = result.concepts[*owner];
      const bool declared = std::count(c.homonyms.begin(), c.homonyms.end(), other.id) > 0 ||
                            std::count(other.homonyms.begin(), other.homonyms.end(), c.id) > 0;
      if (!declared) clashes.insert(*owner);
    });
    if (!clashes.empty()) {
      const Concept& first = result.concepts[*clashes.begin()];
      if (c.id.empty() && clashes.size() == 1) {  // a glossary's second line for the same concept
        Concept& into = result.concepts[*clashes.begin()];
        add_variant(into.en, c.en.term);
        add_variant(into.zh, c.zh.term);
        forms.add(into, *clashes.begin());
        continue;
      }
      problem("its terms are already forms of '" + first.id + "' (line " + std::to_string(line_of[*clashes.begin()]) +
              ")" + (clashes.size() > 1 ? " and of other concepts" : ""));
      continue;
    }
    if (c.id.empty()) {
      c.id = unique_id(id_from_english(c.en.term.empty() ? c.en.abbr : c.en.term), ids);
    } else if (ids.count(c.id)) {
      problem("duplicate id '" + c.id + "'");
      continue;
    }
    ids.insert(c.id);
    forms.add(c, result.concepts.size());
    line_of.push_back(record.line);
    result.concepts.push_back(std::move(c));
  }
  return result;
}

}  // namespace termnorm::lexicon
