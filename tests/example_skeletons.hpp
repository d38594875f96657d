// The example articles' lines as skeletons, every lexicon match a token of one class, for the
// rule tests that check properties over real text.
#pragma once

#include <string_view>
#include <vector>

#include "example_texts.hpp"
#include "matcher/matcher.hpp"
#include "rewriter/skeleton.hpp"

// Calls `f(line, skeleton)` for every line of the examples and every class in `classes`, the
// line's matches all tokens of that class.
template <typename F>
void for_each_example_skeleton(const termnorm::matcher::Matcher& matcher,
                               const std::vector<termnorm::rewriter::TokenClass>& classes, F f) {
  for (const std::string& text : example_texts()) {
    for (size_t start = 0; start < text.size();) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      const std::string_view line = std::string_view(text).substr(start, end - start);
      start = end + 1;
      for (const termnorm::rewriter::TokenClass token_class : classes) {
        std::vector<termnorm::rewriter::Token> tokens;
        for (const termnorm::matcher::Match& m : matcher.find_all(line)) {
          termnorm::rewriter::Token t;
          t.begin = m.begin;
          t.end = m.end;
          t.token_class = token_class;
          tokens.push_back(t);
        }
        f(line, termnorm::rewriter::Skeleton(line, tokens));
      }
    }
  }
}
