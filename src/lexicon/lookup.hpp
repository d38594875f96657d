// The translator's look-up behind `termnorm lexicon lookup`: the concepts that have a form
// equal to a query in either language, folded as the matcher folds (case, full width,
// Traditional characters, hyphens; an English plural finds a singular and the reverse), and
// their cards: every field, both languages.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon {

// The concepts with a form that folds like `query`, in termbase order.
std::vector<const Concept*> look_up(const Lexicon& lexicon, std::string_view query);

// A concept's card, as lines of text:
//
//   mesenchymal-stem-cells   term, noun, domain cells   (<default>/cells.yaml:60:5)
//     en  mesenchymal stem cells
//         abbreviation  MSCs
//         variants      mesenchymal stromal cells
//     zh  间充质干细胞
//         traditional   間充質幹細胞
void write_card(std::ostream& out, const Concept& c);

}  // namespace termnorm::lexicon
