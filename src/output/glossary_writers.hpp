// A glossary written for people and for translation tools: an aligned table for a terminal,
// CSV (the termbase export's columns plus how the documents use each concept), and TBX-Basic
// (the concepts' entries exactly as `termnorm lexicon export --format tbx` writes them).
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "output/glossary.hpp"

namespace termnorm::output {

// Columns: concept, English, Chinese, count, first (file:line:column), forms used (each
// "form ×count", its role in parentheses when it is not the preferred term). Widths count
// East Asian wide characters as two columns.
void write_glossary_table(std::ostream& out, const std::vector<GlossaryEntry>& entries);

// RFC 4180: the columns of concept_csv_columns(), then `count`, `first`, `en_used` and
// `zh_used` (the forms used, "form (count)" joined by '|'). Throws Error as export_csv does.
void write_glossary_csv(std::ostream& out, const std::vector<GlossaryEntry>& entries);

// TBX-Basic; `description` goes into the header (such as the documents' names).
void write_glossary_tbx(std::ostream& out, const std::vector<GlossaryEntry>& entries, std::string_view description);

}  // namespace termnorm::output
