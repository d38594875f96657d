// The rewriter: decides what each lexicon match becomes in the target language. It chooses
// the entry for each match, collapses redundant glosses ("A (A)"), applies the construction
// rules over the skeleton, and emits Replacements. It does no typography: casing, spacing and
// punctuation are the renderer's.
#pragma once

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "matcher/matcher.hpp"
#include "rewriter/inflection.hpp"
#include "rewriter/rule_set.hpp"
#include "rewriter/token.hpp"

namespace termnorm::rewriter {

// What the rewriter remembers across the paragraphs of one document.
struct DocumentState {
  std::set<uint32_t> defined_abbreviations;  // zh output: concepts whose abbreviation the text defined
  std::set<uint32_t> introduced_abbreviations;  // en output, Abbreviations::first: concepts mentioned
};

struct ParagraphPlan {
  std::vector<Token> tokens;              // every match, glosses merged
  std::vector<Replacement> replacements;  // sorted, non-overlapping
};

class Rewriter {
 public:
  Rewriter(const Lexicon& lexicon, const matcher::Matcher& matcher, const RuleSet& zh_rules,
           const RuleSet& en_rules);

  // Plans the replacements of one line of text (no line break inside); `heading` tells
  // whether the line is a heading, where rules use their heading templates.
  ParagraphPlan plan(std::string_view line, Language target, const Options& options, bool heading,
                     DocumentState& state) const;

 private:
  std::vector<Token> tokenize(std::string_view paragraph, Language target, const Options& options) const;
  // English output under an abbreviation style: `full` (the term as it would be written) or
  // its abbreviation, or both at a first mention.
  std::string abbreviation_style(std::string_view paragraph, const Token& token, std::string full,
                                 const Options& options, DocumentState& state) const;
  // The entry of the match that covers all of `form`, best for `language`, or nullptr.
  const matcher::Entry* whole_form_entry(std::string_view form, Language language) const;
  // English output under an abbreviation style: a translated token and the term after it
  // whose English together is a form of another term with an abbreviation (脂肪来源的 +
  // 间充质干细胞: "adipose-derived mesenchymal stem cells", a form of adipose-derived stem
  // cells) become one token of that term, which a second run would read them as.
  void join_composed_terms(std::string_view paragraph, std::vector<Token>& tokens) const;
  // English output: a noun term made of a noun and a verb (症状改善 "symptom improvement") before
  // a 了 that closes its clause, or a 了 and a quantity, tells what happened: two tokens, the noun
  // and the verb, which inflection puts in the past (症状改善了 "the symptoms improved", 细胞存活了
  // 六个月 "the cells survived six months").
  void split_narrated_compounds(std::string_view paragraph, std::vector<Token>& tokens) const;
  // "Dopaminergic Neurons (DA Neurons)": the abbreviation of `t`'s concept, title-cased as a
  // heading writes it, in parentheses after `t`, which the matcher (abbreviations match their
  // case) does not see. Makes it `t`'s gloss and returns the end of the parentheses, or npos.
  size_t title_cased_gloss(std::string_view paragraph, Token& t) const;
  const RuleSet& rules_for(Language target) const;
  void emit(std::string_view paragraph, ParagraphPlan& plan, const std::vector<RuleMatch>& rules,
            const std::vector<Inflection>& inflections, Language target, const Options& options,
            DocumentState& state) const;
  // The target-language text of one token; `changed` tells whether it differs from the source.
  std::string render_token(std::string_view paragraph, const Token& token, Language target, const Options& options,
                           DocumentState& state, bool& changed) const;
  std::string render_rule(std::string_view paragraph, const RuleMatch& match, const std::vector<Token>& tokens,
                          const std::vector<Inflection>& inflections, Language target, const Options& options,
                          DocumentState& state) const;
  // A rule's English `english` that opens with a verb its template writes in the base form
  // ("provide {Y} for {X}", or after an adverb: "rarely {V}"), after a singular pronoun subject
  // (他为患者提供帮助): the verb agrees ("he provides help for patients").
  std::string agreeing_with_pronoun(std::string_view paragraph, const std::vector<Token>& tokens,
                                    const RuleMatch& match, std::string english) const;
  // Whether --unify rewrites the form of entry `e` to its concept's preferred term: a variant
  // of a term or phrase does (a word's variants are its grammatical forms, 重要/重要的 or
  // 后/之后, not terminology to make consistent), unless some concept keeps that form (its
  // preferred term or abbreviation, in any number), which the normalizer writes itself:
  // rewriting it would change the output of a first run on a second ("dosage", a word's own
  // form and another concept's variant of "dose").
  bool unifies(const matcher::Entry& e, const Options& options) const;

  const Lexicon& lexicon_;
  const matcher::Matcher& matcher_;
  const RuleSet& zh_rules_;
  const RuleSet& en_rules_;
  NounSenses noun_senses_;
  // Folded keys (plus a language byte) that no concept unifies, built when first asked.
  struct KeptForms {
    std::once_flag once;
    std::unordered_set<std::string> keys;
  };
  const std::unordered_set<std::string>& kept_forms() const;
  std::unique_ptr<KeptForms> kept_forms_;
  // The entry of each Chinese adjective form that ends in 的 and whose form without it is a
  // noun, with that noun's entry (Token::noun_stem), built when first asked.
  struct NounStems {
    std::once_flag once;
    std::unordered_map<const matcher::Entry*, const matcher::Entry*> of;
  };
  const matcher::Entry* noun_stem(const matcher::Entry& adjective) const;
  std::unique_ptr<NounStems> noun_stems_;
};

}  // namespace termnorm::rewriter
