// English output: a concessive clause (虽然X，但Y) takes no "but" in English. Chinese marks both
// clauses (虽然/尽管 ... 但/但是), English only the first: "Although X, Y", not "Although X, but Y".
#pragma once

#include <string_view>
#include <vector>

#include "rewriter/token.hpp"

namespace termnorm::rewriter {

// Drops the "but" (or "yet") that opens a clause, right after a comma, when the clause before
// the comma is the sentence's first and opens with "although" (or "though", "even though") as
// written, or holds a translation that opens with it: a replacement that is the word alone is
// emptied, one that opens with it (a rule's "but X is needed") loses it.
void drop_but_after_concession(std::string_view paragraph, std::vector<Replacement>& replacements);

}  // namespace termnorm::rewriter
