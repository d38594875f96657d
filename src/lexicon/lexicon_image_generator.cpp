// Build-time tool: loads the default termbase (lexicon/*.yaml, in the order given) and writes
// a C++ source holding its lexicon image and its compiled matcher's image as string
// literals, so that start-up neither parses YAML nor builds the matcher. A schema error in a
// default termbase file fails the build with its file:line:column.
//
// Usage: lexicon_image_generator OUTPUT.cpp FILE.yaml...
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "lexicon/lexicon_image.hpp"
#include "matcher/matcher.hpp"

namespace {

// `bytes` as the body of a C++ string literal, cut into lines of adjacent literals.
void write_literal(std::ostream& out, std::string_view bytes) {
  constexpr size_t kLine = 96;
  size_t column = 0;
  out << "    \"";
  for (const char ch : bytes) {
    const auto b = static_cast<unsigned char>(ch);
    if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\') {
      out << ch;
      ++column;
    } else {
      out << '\\' << static_cast<char>('0' + (b >> 6)) << static_cast<char>('0' + ((b >> 3) & 7))
          << static_cast<char>('0' + (b & 7));
      column += 4;
    }
    if (column >= kLine) {
      out << "\"\n    \"";
      column = 0;
    }
  }
  out << "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: lexicon_image_generator OUTPUT.cpp FILE.yaml...\n";
    return 2;
  }
  termnorm::Lexicon lexicon;
  try {
    for (int i = 2; i < argc; ++i) {
      std::ifstream in(argv[i], std::ios::binary);
      if (!in) throw termnorm::LexiconError({argv[i], 0, 0}, "cannot read the termbase file");
      std::ostringstream text;
      text << in.rdbuf();
      const std::string name = "<default>/" + std::filesystem::path(argv[i]).filename().string();
      lexicon.merge(termnorm::Lexicon::from_yaml(text.str(), name));
    }
  } catch (const termnorm::Error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
  const std::string image = termnorm::lexicon_image::write(lexicon);
  const std::string matcher_image = termnorm::matcher::Matcher(lexicon).write();
  const std::string temporary = std::string(argv[1]) + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << "// Generated from lexicon/*.yaml by lexicon_image_generator. Do not edit.\n"
        << "#include \"lexicon/builtin_lexicon_image.hpp\"\n\n"
        << "namespace termnorm {\nnamespace {\n"
        << "constexpr char kImage[] =\n";
    write_literal(out, image);
    // Aligned: the matcher reads its trie's arrays of words in place.
    out << ";\nalignas(4) constexpr char kMatcherImage[] =\n";
    write_literal(out, matcher_image);
    out << ";\n}  // namespace\n\n"
        << "std::string_view builtin_lexicon_image() { return {kImage, sizeof kImage - 1}; }\n"
        << "std::string_view builtin_matcher_image() { return {kMatcherImage, sizeof kMatcherImage - 1}; }\n"
        << "size_t builtin_concept_count() { return " << lexicon.concepts().size() << "; }\n\n"
        << "}  // namespace termnorm\n";
    if (!out) {
      std::cerr << argv[1] << ": cannot write the generated source\n";
      return 1;
    }
  }
  std::filesystem::rename(temporary, argv[1]);
  return 0;
}
