// The review page's inline stylesheet and script (--report=html): kept apart from the page's
// markup so each can be read on its own. The page embeds both; it loads nothing.
#pragma once

#include <string_view>

namespace termnorm::output {

// CSS for the page: totals bar, side-by-side table, highlighted spans, the concept card.
extern const std::string_view kReviewPageStyle;

// JavaScript run at load: reads the page's data (the JSON in #termnorm-data), fills #totals,
// and shows the concept card of a highlighted span on hover, focus or click (or, for a page
// opened as page.html#concept=ID, of that concept's first highlight). Builds the DOM with
// textContent only, never from markup strings.
extern const std::string_view kReviewPageScript;

}  // namespace termnorm::output
