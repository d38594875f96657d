// The clauses a rule's matches cannot leave: the clause punctuation (Chinese ，。！？；：、（）“”
// and ASCII ,.;:!?()) a rule's RE2 program can never match outside a token, read from its RE2
// source, and where a skeleton writes that punctuation outside tokens. A match of such a rule lies inside
// one clause between two of those marks, so it is searched for there only.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace termnorm::rewriter {

// A set of the clause marks, one bit each.
using ClauseMarks = uint32_t;

// The marks that `regex`, a translated rule pattern, can never match outside a token: a
// character its literals, escapes and classes name, or any character of a class that is not
// a token's text right after the token's opening marker, may be matched. Conservative: a
// construct it does not read ('.', a negated class, a Unicode class) leaves no mark.
ClauseMarks marks_never_matched(std::string_view regex);

// Where one skeleton writes clause marks outside tokens.
class ClauseCuts {
 public:
  // `skeleton` must outlive the cuts.
  explicit ClauseCuts(std::string_view skeleton);
  // The clause around skeleton offset `at`, bounded by the marks of `marks`: [first, second),
  // from just after a mark (or the start) to the next mark at or after `at` (or the end).
  // A binary search in the marks of `marks`, kept from the first time they are asked for.
  std::pair<size_t, size_t> clause_at(size_t at, ClauseMarks marks);
  // The offset right after the mark at `at` (one byte for an ASCII mark, three for a Chinese one).
  size_t after_mark(size_t at) const;

 private:
  std::vector<std::pair<size_t, ClauseMarks>> cuts_;                   // (skeleton offset, the mark's bit), ascending
  std::vector<std::pair<ClauseMarks, std::vector<size_t>>> by_marks_;  // the offsets of a set's marks
  std::string_view skeleton_;
};

}  // namespace termnorm::rewriter
