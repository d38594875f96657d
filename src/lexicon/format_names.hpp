// The termbase format's names for concept kinds and parts of speech (lexicon/README.md), in
// both directions: for the loader, and for the tools that write termbases out.
#pragma once

#include <optional>
#include <string_view>
#include <utility>

#include "termnorm/lexicon.hpp"

namespace termnorm::lexicon {

inline constexpr std::pair<std::string_view, ConceptKind> kKindNames[] = {
    {"term", ConceptKind::term}, {"phrase", ConceptKind::phrase}, {"word", ConceptKind::word}};

inline constexpr std::pair<std::string_view, PartOfSpeech> kPartOfSpeechNames[] = {
    {"noun", PartOfSpeech::noun}, {"adj", PartOfSpeech::adj},   {"verb", PartOfSpeech::verb},
    {"adv", PartOfSpeech::adv},   {"conj", PartOfSpeech::conj}, {"prep", PartOfSpeech::prep},
    {"pron", PartOfSpeech::pron}, {"det", PartOfSpeech::det},   {"num", PartOfSpeech::num},
    {"mw", PartOfSpeech::mw},     {"part", PartOfSpeech::part}};

inline std::string_view to_string(ConceptKind kind) {
  for (const auto& [name, value] : kKindNames) {
    if (value == kind) return name;
  }
  return {};
}

inline std::string_view to_string(PartOfSpeech pos) {
  for (const auto& [name, value] : kPartOfSpeechNames) {
    if (value == pos) return name;
  }
  return {};
}

inline std::optional<ConceptKind> parse_kind(std::string_view name) {
  for (const auto& [n, value] : kKindNames) {
    if (n == name) return value;
  }
  return std::nullopt;
}

inline std::optional<PartOfSpeech> parse_part_of_speech(std::string_view name) {
  for (const auto& [n, value] : kPartOfSpeechNames) {
    if (n == name) return value;
  }
  return std::nullopt;
}

}  // namespace termnorm::lexicon
