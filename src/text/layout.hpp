// Line-level document structure the renderer needs: where lines start, which lines are
// headings (title case applies) and which are list items (a label and a sentence follow).
#pragma once

#include <string_view>

namespace termnorm::text {

// Length in bytes of a list marker at the start of `line` ("- ", "* ", "• ", "1. ", "2) ",
// "一、", "(3) "), after leading spaces; 0 when the line is no list item.
size_t list_marker_length(std::string_view line);

// Length in bytes of a Markdown heading marker at the start of `line` ("# " to "###### ", the
// hashes and the spaces after them); 0 when the line has none.
size_t heading_marker_length(std::string_view line);

// True when `line` reads as a heading: short, not a list item, no closing punctuation but a
// final question mark, and its longer English words (if any) capitalized.
bool is_heading(std::string_view line);

}  // namespace termnorm::text
