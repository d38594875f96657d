// Unified diffs: dtl computes the shortest edit script over lines; this file groups it into
// hunks with three lines of context and prints them.
#include "output/unified_diff.hpp"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace termnorm::output {
namespace {

constexpr size_t kContext = 3;

// The lines of `text`, each with its "\n" (the last one may have none).
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

struct Op {
  char sign;  // ' ', '-' or '+'
  std::string_view line;
};

struct Colors {
  const char* header;
  const char* hunk;
  const char* removed;
  const char* added;
  const char* reset;
};
constexpr Colors kAnsi{"\033[1m", "\033[36m", "\033[31m", "\033[32m", "\033[0m"};
constexpr Colors kPlain{"", "", "", "", ""};

// "-start,count" as diff writes it: an empty range starts at the line before it.
void write_range(std::ostream& out, char sign, size_t first_line, size_t count) {
  out << sign << (count == 0 ? first_line - 1 : first_line);
  if (count != 1) out << ',' << count;
}

void write_op(std::ostream& out, const Op& op, const Colors& c) {
  const char* color = op.sign == '-' ? c.removed : op.sign == '+' ? c.added : "";
  const bool has_break = !op.line.empty() && op.line.back() == '\n';
  const std::string_view body = has_break ? op.line.substr(0, op.line.size() - 1) : op.line;
  out << color << op.sign << body << (*color ? c.reset : "") << '\n';
  if (!has_break) out << "\\ No newline at end of file\n";
}

}  // namespace

void write_unified_diff(std::ostream& out, std::string_view name, std::string_view before, std::string_view after,
                        bool color) {
  if (before == after) return;
  const std::vector<std::string_view> a = split_lines(before), b = split_lines(after);
  dtl::Diff<std::string_view, std::vector<std::string_view>> diff(a, b, /*deletesFirst=*/true);
  diff.compose();
  std::vector<Op> ops;
  for (const auto& [line, info] : diff.getSes().getSequence()) {
    ops.push_back({info.type == dtl::SES_ADD ? '+' : info.type == dtl::SES_DELETE ? '-' : ' ', line});
  }
  const Colors& c = color ? kAnsi : kPlain;
  out << c.header << "--- " << name << "\t(original)" << c.reset << '\n'
      << c.header << "+++ " << name << "\t(normalized)" << c.reset << '\n';

  size_t old_line = 1, new_line = 1;  // the line numbers at ops[i]
  for (size_t i = 0; i < ops.size();) {
    size_t change = i;
    while (change < ops.size() && ops[change].sign == ' ') ++change;
    if (change == ops.size()) break;
    // Take the hunk's leading context, then changes until a gap of more than two contexts.
    const size_t start = change - std::min(kContext, change - i);
    size_t last_change = change, end = change;
    for (; end < ops.size(); ++end) {
      if (ops[end].sign != ' ') last_change = end;
      else if (end - last_change > 2 * kContext) break;
    }
    end = std::min(ops.size(), last_change + 1 + kContext);
    for (size_t k = i; k < start; ++k) ++old_line, ++new_line;  // unchanged lines skipped
    size_t old_count = 0, new_count = 0;
    for (size_t k = start; k < end; ++k) {
      old_count += ops[k].sign != '+';
      new_count += ops[k].sign != '-';
    }
    out << c.hunk << "@@ ";
    write_range(out, '-', old_line, old_count);
    out << ' ';
    write_range(out, '+', new_line, new_count);
    out << " @@" << c.reset << '\n';
    for (size_t k = start; k < end; ++k) write_op(out, ops[k], c);
    old_line += old_count;
    new_line += new_count;
    i = end;
  }
}

}  // namespace termnorm::output
