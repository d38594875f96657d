// Termbases as TBX-Basic (TBX version 3, ISO 30042:2019, DCA style) for translation tools.
//
// One conceptEntry per concept (its id; the domain as subjectField, the note as a note); a
// langSec per language ("en", "zh-Hans", and "zh-Hant" for the Traditional form); a termSec
// per form, with partOfSpeech and administrativeStatus: the term preferredTerm-admn-sts,
// abbreviations and variants admittedTerm-admn-sts, deprecated forms
// deprecatedTerm-admn-sts; an abbreviation also has termType "abbreviation". Rules are not
// exported.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon {

// Writes a well-formed TBX-Basic document (UTF-8).
void export_tbx(std::ostream& out, const Lexicon& lexicon);

// The same for a selection of concepts (such as a glossary's); `description` goes into the
// header's sourceDesc.
void export_tbx(std::ostream& out, const std::vector<const Concept*>& concepts, std::string_view description);

}  // namespace termnorm::lexicon
