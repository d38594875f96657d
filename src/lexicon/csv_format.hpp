// Termbases as CSV for translators: export one concept per row, and import either such rows
// or a two-column glossary into concepts. The columns (a header row names them):
//
//   id, kind, pos, domain,
//   en, en_abbr, en_variants, en_deprecated, en_article,
//   zh, zh_abbr, zh_variants, zh_deprecated, zh_traditional,
//   ing, homonyms, note
//
// List columns (variants, deprecated, homonyms) join their items with '|'. `en_article` is
// "the" or empty. Rules are not exported: CSV carries concepts only.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon {

// Writes the header row and one row per concept (RFC 4180, CRLF line ends). Throws Error when
// a list item contains '|', which the format cannot carry.
void export_csv(std::ostream& out, const Lexicon& lexicon);

// The columns above, in order, and one concept's fields under them: for writers that add
// columns of their own (the glossary). Throws Error as export_csv does.
std::vector<std::string> concept_csv_columns();
std::vector<std::string> concept_csv_fields(const Concept& c);

// A row the import could not use, and why.
struct CsvProblem {
  size_t line = 0;
  std::string message;
};

struct ImportedConcepts {
  std::vector<Concept> concepts;
  std::vector<CsvProblem> problems;
};

// Reads CSV into concepts. With a header row (a row naming at least `en` and `zh` among the
// columns above), columns are taken by name and may come in any order; without one, every
// row must have two columns, English then Chinese. A missing id is made from the English
// term (lowercase ASCII words joined by '-'). A row without an id whose term is already a
// form of an earlier concept is merged into it as a variant; any other row whose forms clash
// with an earlier concept's (and are not declared homonyms), or that lacks a term, is
// reported and skipped. Throws Error when the text is not CSV.
ImportedConcepts import_csv(std::string_view text);

// "Mesenchymal stem cells (MSCs)" → "mesenchymal-stem-cells-mscs"; Greek letters spelled
// out ("β cells" → "beta-cells"); empty when nothing is left.
std::string id_from_english(std::string_view english);

}  // namespace termnorm::lexicon
