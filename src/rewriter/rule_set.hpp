// Construction rules compiled to RE2 over the skeleton, for one direction (source language →
// target language). A rule's pattern side becomes one RE2 program whose named groups are the
// slots; its template side is kept for rendering. Knows nothing of how slots are rendered.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <vector>

#include "rewriter/skeleton.hpp"
#include "termnorm/lexicon.hpp"

namespace termnorm::rewriter {

struct RuleMatch {
  const Rule* rule = nullptr;
  size_t begin = 0;  // paragraph offsets
  size_t end = 0;
  struct Slot {
    std::string name;
    size_t begin = 0;
    size_t end = 0;
  };
  std::vector<Slot> slots;
  bool in_heading = false;  // set by the caller: the match sits on a heading line
};

class RuleSet {
 public:
  // Compiles the rules that apply when `source` text is rewritten into the other language.
  // Throws LexiconError at the rule's position when a pattern does not compile.
  RuleSet(const std::vector<Rule>& rules, Language source);

  // RE2 walks a pattern's syntax tree with a budget of visits, and past it writes to standard
  // error (which no RE2 option silences) before failing. A pattern longer than this is
  // refused before RE2 sees it, and rules longer than kMaxSetPatternBytes together are not
  // combined into one prefilter (each rule then runs on every line).
  static constexpr size_t kMaxPatternBytes = 64 * 1024;
  static constexpr size_t kMaxSetPatternBytes = 256 * 1024;
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;

  // Matches of all rules, in rule order first, never overlapping an earlier match, never
  // cutting a token in two; returned sorted by position.
  std::vector<RuleMatch> apply(const Skeleton& skeleton, const std::vector<Token>& tokens) const;

  // The RE2 source a pattern compiles to (for --explain and tests).
  static std::string translate_pattern(const std::string& pattern, Language source);

  bool empty() const { return compiled_.empty(); }

 private:
  struct Compiled {
    const Rule* rule;
    std::unique_ptr<RE2> re;
    std::vector<std::pair<int, std::string>> groups;  // capture index → slot name
    std::vector<std::string> verbs_before_de;         // verb slots written right before 的
  };
  std::vector<Compiled> compiled_;
  // Every pattern in one RE2::Set: one pass over a line tells which rules can match there,
  // and only those run on their own.
  std::unique_ptr<RE2::Set> any_;
};

}  // namespace termnorm::rewriter
