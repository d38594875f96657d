// --diff: the change termnorm would make to a file, as a unified diff (what `diff -u` prints
// and `patch` applies), optionally coloured for a terminal.
#pragma once

#include <ostream>
#include <string_view>

namespace termnorm::output {

// Writes the unified diff from `before` to `after` (three lines of context) under the headers
// "--- NAME\t(original)" and "+++ NAME\t(normalized)". Writes nothing when they are equal.
// A last line without a line break is followed by "\ No newline at end of file", as diff
// marks it.
void write_unified_diff(std::ostream& out, std::string_view name, std::string_view before, std::string_view after,
                        bool color);

}  // namespace termnorm::output
