// The word-by-word fallback (--fallback=gloss): for English output, Chinese that no term,
// phrase or rule covers is cut at ICU's word breaks and each word the lexicon knows is
// rendered, as a low-confidence replacement (EditKind::fallback). It runs after the
// rewriter's plan and changes nothing the plan decided; it knows nothing of typography.
#pragma once

#include <string_view>

#include "matcher/matcher.hpp"
#include "rewriter/rewriter.hpp"

namespace termnorm::rewriter {

// Adds to `plan` (of `line`, for English output) a token and a fallback replacement for each
// ICU word of uncovered Chinese that the lexicon knows whole (an adjective also with 的, as
// the lexicon writes adjectives); what the plan already covers is never changed. Words no
// entry knows stay Chinese. Tokens and replacements stay sorted and non-overlapping.
void apply_gloss_fallback(std::string_view line, const Lexicon& lexicon, const matcher::Matcher& matcher,
                          ParagraphPlan& plan);

}  // namespace termnorm::rewriter
