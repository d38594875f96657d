// Number expressions of Chinese text and their English, for English output: years and dates
// (2019年3月 → "March 2019"), decades and centuries (20世纪80年代 → "the 1980s"), durations
// (6个月 → "6 months", 三年 → "three years", 三到五年 → "three to five years"), vague counts of time (数年来 → "for
// several years"), ordinals of time (第3个月 → "the third month"), ages (65岁 → "65 years old"), percentages of a group
// (30%的 → "30% of"), numbers scaled by 万 and 亿 (1.5亿 → "150 million"), and stages and trial phases (3期 → "stage
// 3", "phase 3" before 试验/研究). A few frames around them go with them: 以来 after a time ("since the 1980s"), 后/内
// after a duration ("after 6 months", "within 2 weeks"), 的 after a duration or a percentage ("6 months of", "30% of").
// The lexicon's own matches win where one crosses an expression's edge (3期临床试验 is a term). Knows nothing of rules
// or typography.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rewriter/token.hpp"

namespace termnorm::rewriter {

struct NumberExpression {
  size_t begin = 0;  // bytes of the line
  size_t end = 0;
  std::string english;
  bool duration = false;  // a bare duration ("6 months"), which a word ending in 后 may precede
  bool age_before_noun = false;  // 65岁以上的 / 65岁以下的: the noun after it goes first
  std::string age_as_modifier;   // a bare age's form before a noun (7岁 → "7-year-old" in 7岁男孩)
  bool vague = false;            // a bare count of time that is a word (数年 "several years"), kept only after 后
};

// The number expressions of `line`, in order, not overlapping.
std::vector<NumberExpression> find_number_expressions(std::string_view line);

// English output: puts a token for each number expression of `line` into `tokens` (lexicon
// matches, sorted), in place of the matches it covers; an expression that a match crosses is
// left to the lexicon. A duration after a word ending in 后 whose English is "after X" takes
// it ("6 months after treatment"), and so do a noun and 后 before it ("3 years after
// transplantation"); an age before 的 and a noun takes the noun ("patients aged 65 years and
// older"). A vague count of time (数年, 几个月, 多年) is a token with its frame (数年来 "for several
// years", 数周后 "after several weeks") or after a word ending in 后; bare, it is left to the
// lexicon. A duration that takes what is before it takes a 在 before that too (在治疗后两年 "two
// years after treatment"). A number token's concept is made for it: its English is the
// expression's, its part of speech a number.
void add_number_tokens(std::string_view line, std::vector<Token>& tokens);

}  // namespace termnorm::rewriter
