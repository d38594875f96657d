// Enumeration commas between translated English words.
#include "rewriter/enumeration.hpp"

namespace termnorm::rewriter {
namespace {

bool names_something(const Token& t) {
  const PartOfSpeech pos = t.matched_concept->pos;
  return pos == PartOfSpeech::noun || pos == PartOfSpeech::adj || pos == PartOfSpeech::num;
}

// Tokens `i` and `i + 1` stand in one run of English words (only spaces and hyphens between).
bool joined(std::string_view line, const std::vector<Token>& tokens, size_t i) {
  const std::string_view gap = line.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
  return tokens[i].entry->language == Language::en && tokens[i + 1].entry->language == Language::en &&
         gap.find_first_not_of(" -") == std::string_view::npos;
}

bool translated_name(const std::vector<Token>& tokens, const std::vector<bool>& translated, size_t i) {
  return tokens[i].entry->language == Language::en && translated[i] && names_something(tokens[i]);
}

}  // namespace

std::vector<bool> enumeration_commas(std::string_view line, const std::vector<Token>& tokens,
                                     const std::vector<bool>& translated) {
  std::vector<bool> comma_after(tokens.size());
  // run_names[i]: whether every token of the run that ends at i is translated and names something.
  std::vector<bool> run_names(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    run_names[i] = translated_name(tokens, translated, i) && (i == 0 || !joined(line, tokens, i - 1) || run_names[i - 1]);
  }
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    const std::string_view gap = line.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
    if (gap.empty() || gap[0] != ',' || gap.find_first_not_of(' ', 1) != std::string_view::npos) continue;
    if (!run_names[i]) continue;
    bool right_names = true;  // the run that starts at i + 1
    for (size_t j = i + 1; j < tokens.size(); ++j) {
      right_names = right_names && translated_name(tokens, translated, j);
      if (j + 1 == tokens.size() || !joined(line, tokens, j)) break;
    }
    comma_after[i] = right_names;
  }
  return comma_after;
}

std::string_view without_trailing_de(std::string_view chinese) {
  constexpr std::string_view kDe = "的";
  if (chinese.size() > kDe.size() && chinese.substr(chinese.size() - kDe.size()) == kDe) {
    chinese.remove_suffix(kDe.size());
  }
  return chinese;
}

}  // namespace termnorm::rewriter
