// Construction rules compiled to RE2 over the skeleton, for one direction (source language →
// target language). A rule's pattern side becomes one RE2 program whose named groups are the
// slots; its template side is kept for rendering. Knows nothing of how slots are rendered.
// RE2 compilation is the costliest part of start-up: rules known to compile (the default
// termbase's) may be translated and compiled when first used, each program only once a line
// that may hold a match searches it, so a run pays only for the direction and the rules its
// text needs. Each rule runs on its own: one RE2::Set of all the patterns cost more to build
// and run than it saved, once the filters by required characters came first.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "rewriter/clause_windows.hpp"
#include "rewriter/rule_literals.hpp"
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
  // The rules' matches inside its slots (each slot of two tokens or more read as a line of its
  // own, without the rules that start a sentence), and theirs in turn: sorted by position.
  std::vector<RuleMatch> inner;
};

class RuleSet {
 public:
  // When the RE2 programs are compiled: now (a pattern that does not compile throws here),
  // or when first needed (for rules that are known to compile; thread-safe).
  enum class Compile { now, when_used };

  // Compiles the rules that apply when `source` text is rewritten into the other language.
  // Throws LexiconError at the rule's position when a pattern does not compile. With
  // Compile::when_used nothing is done here: the filters' strings are read when the set is
  // first used, and a pattern is translated when its rule is first searched (`rules` must
  // outlive the set, as the rules its matches point to do).
  RuleSet(const std::vector<Rule>& rules, Language source, Compile when = Compile::now);

  // RE2 walks a pattern's syntax tree with a budget of visits, and past it writes to standard
  // error (which no RE2 option silences) before failing. A pattern longer than this is
  // refused before RE2 sees it.
  static constexpr size_t kMaxPatternBytes = 64 * 1024;

  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;

  // Matches of all rules, in rule order first, never overlapping an earlier match, never
  // cutting a token in two; returned sorted by position, each with the matches inside its
  // slots (RuleMatch::inner), kMaxNesting levels deep at most.
  std::vector<RuleMatch> apply(const Skeleton& skeleton, const std::vector<Token>& tokens) const;
  // The same for `paragraph` and its tokens: the skeleton is built only when a rule may match.
  std::vector<RuleMatch> apply(std::string_view paragraph, const std::vector<Token>& tokens) const;

  // The RE2 source a pattern compiles to (for --explain and tests).
  static std::string translate_pattern(const std::string& pattern, Language source);
  // The same with unnamed groups: the slots' names are appended to `slot_names` in the order of
  // their groups (group k + 1 is the k-th name). RE2 (release 2022-06-01) builds a table of
  // Unicode letters and digits the first time it checks a group's name: 2.6 million
  // instructions, a twentieth of start-up. Only for rules known to compile, since a name RE2
  // would refuse (or one written twice) is no longer refused.
  static std::string translate_pattern(const std::string& pattern, Language source,
                                       std::vector<std::string>& slot_names);

  bool empty() const { return translated().empty(); }

  // How many levels of rules inside slots are looked for: each level reads only the slots of
  // the one above, which never hold more than the line, so the work stays linear in the line.
  static constexpr int kMaxNesting = 3;

 private:
  // One rule's program, compiled once.
  struct Program {
    // Its RE2 source, translated once: by the constructor (Compile::now, which reports a pattern
    // that does not translate), else when first asked (most rules never run on a short input).
    std::once_flag regex_once;
    std::string regex;
    // With unnamed groups (Compiled::unnamed_groups), the slots' names in group order.
    std::vector<std::string> slot_names;
    std::once_flag once;
    std::unique_ptr<RE2> re;
    std::vector<std::pair<int, std::string>> groups;  // capture index → slot name
    // The clause marks the program never matches outside a token (read from its RE2 source
    // when first asked, not at start-up: most rules never run on a short input).
    std::once_flag marks_once;
    ClauseMarks clause_marks = 0;
  };
  struct Compiled {
    const Rule* rule;
    Language source;
    RequiredCharacters required;
    std::vector<std::string> verbs_before_de;  // verb slots written right before 的
    std::vector<std::string> nouns_before_de;  // noun phrase slots ({X}, {X:noun}) written right before 的
    std::unique_ptr<Program> program;
    // Whether the program's regex writes its slots as unnamed groups (Compile::when_used), named
    // by its slot_names.
    bool unnamed_groups = false;
    // Set with the first filter's index: the rule's anchor strings (RequiredCharacters::
    // anchor_strings). A rule with anchor strings and clause marks it never matches (its
    // Program's) is searched for only in the clauses, bounded by those marks, that hold one.
    const std::vector<uint32_t>* anchors = nullptr;
  };
  // The first filter of one line: its characters, where it holds the required strings, and
  // the rules those leave (in rule order), found by filter().
  struct LineFilter {
    LineFilter(std::string_view paragraph, const RequiredStrings& required)
        : present(paragraph), strings(required, paragraph) {}
    CharacterSet present;
    StringOccurrences strings;
    std::vector<int> candidates;
  };
  void filter(LineFilter& line) const;
  // The matches in a skeleton of the line `line` filtered, when it left candidates.
  std::vector<RuleMatch> apply(const Skeleton& skeleton, const std::vector<Token>& tokens, LineFilter& line) const;
  // The matches inside the slots of `matches` (found in `paragraph`), `depth` levels down.
  void nest(std::string_view paragraph, const std::vector<Token>& tokens, std::vector<RuleMatch>& matches,
            int depth) const;
  // The matches in paragraph bytes [begin, end) (whole tokens) read as a line of its own, but for
  // the rules that start a sentence; in paragraph offsets.
  std::vector<RuleMatch> apply_within(std::string_view paragraph, const std::vector<Token>& tokens, size_t begin,
                                      size_t end) const;
  const Program& program(const Compiled& c) const;
  // The RE2 source of c's program (Program::regex), translated on first call.
  static const std::string& regex(const Compiled& c);
  // Translates `rule`'s `source` side into p's regex and slot names, once.
  static void translate_once(Program& p, const Rule& rule, Language source, bool unnamed_groups);
  // The clause marks of c's program (Program::clause_marks), without compiling it.
  ClauseMarks clause_marks(const Compiled& c) const;
  // Translates the rules of `source` into compiled_ (and numbers their required strings).
  // With `unnamed_groups`, the programs' groups are unnamed (Compiled::slot_names names them).
  void translate(const std::vector<Rule>& rules, Language source, bool unnamed_groups) const;
  // compiled_, translated on first call when the set was made with Compile::when_used.
  const std::vector<Compiled>& translated() const;

  // What translated() still has to translate: the rules and their language.
  struct Untranslated {
    std::once_flag once;
    const std::vector<Rule>* rules;
    Language source;
  };
  std::unique_ptr<Untranslated> untranslated_;  // null once the constructor translated
  // Filled once, by the constructor or under untranslated_->once.
  mutable std::vector<Compiled> compiled_;
  mutable RequiredStrings required_strings_;  // every rule's, numbered
  // The first filter's index (rule numbers in compiled_): by string number, the rules whose
  // anchor strings (RequiredCharacters::anchor_strings) hold it, and the rules that have none.
  // Only the rules a line's strings point to, and those without, are asked of the line.
  mutable std::vector<std::vector<int>> rules_by_string_;
  mutable std::vector<int> rules_without_anchor_;
};

}  // namespace termnorm::rewriter
