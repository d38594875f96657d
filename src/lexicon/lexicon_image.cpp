// Writing and reading the lexicon image: fields in declaration order, in image_bytes' layout.
#include "lexicon/lexicon_image.hpp"

#include "lexicon/image_bytes.hpp"

namespace termnorm::lexicon_image {
namespace {

constexpr std::string_view kMagic = "termnorm-lexicon-image-1\n";

class Writer : public ImageWriter {
 public:
  void position(const SourcePosition& where) {
    string(where.file);
    number(where.line);
    number(where.column);
  }
  void forms(const LanguageForms& f) {
    string(f.term);
    string(f.abbr);
    strings(f.variants);
    strings(f.deprecated);
    string(f.traditional);
    number(static_cast<size_t>(f.definite_article) | static_cast<size_t>(f.present) << 1);
  }
};

class Reader : public ImageReader {
 public:
  using ImageReader::ImageReader;
  SourcePosition position() {
    SourcePosition where;
    where.file = string();
    where.line = number();
    where.column = number();
    return where;
  }
  LanguageForms forms() {
    LanguageForms f;
    f.term = string();
    f.abbr = string();
    f.variants = strings();
    f.deprecated = strings();
    f.traditional = string();
    const size_t flags = number();
    f.definite_article = flags & 1;
    f.present = flags & 2;
    return f;
  }
};

}  // namespace

std::string write(const Lexicon& lexicon) {
  Writer w;
  w.out() = kMagic;
  w.number(lexicon.concepts().size());
  for (const Concept& c : lexicon.concepts()) {
    w.string(c.id);
    w.number(static_cast<size_t>(c.kind));
    w.number(static_cast<size_t>(c.pos));
    w.string(c.domain);
    w.string(c.ing);
    w.string(c.note);
    w.strings(c.homonyms);
    w.forms(c.en);
    w.forms(c.zh);
    w.position(c.where);
  }
  w.number(lexicon.rules().size());
  for (const Rule& r : lexicon.rules()) {
    w.string(r.id);
    w.number(r.from ? static_cast<size_t>(*r.from) + 1 : 0);
    w.string(r.en);
    w.string(r.zh);
    w.string(r.en_heading);
    w.string(r.zh_heading);
    w.number(r.sentence_start);
    w.position(r.where);
  }
  return std::move(w.out());
}

Lexicon read(std::string_view image) {
  Reader r(image);
  r.expect(kMagic);
  std::vector<Concept> concepts(r.number());
  for (Concept& c : concepts) {
    c.id = r.string();
    c.kind = static_cast<ConceptKind>(r.number());
    c.pos = static_cast<PartOfSpeech>(r.number());
    c.domain = r.string();
    c.ing = r.string();
    c.note = r.string();
    c.homonyms = r.strings();
    c.en = r.forms();
    c.zh = r.forms();
    c.where = r.position();
  }
  std::vector<Rule> rules(r.number());
  for (Rule& rule : rules) {
    rule.id = r.string();
    if (const size_t from = r.number(); from != 0) rule.from = static_cast<Language>(from - 1);
    rule.en = r.string();
    rule.zh = r.string();
    rule.en_heading = r.string();
    rule.zh_heading = r.string();
    rule.sentence_start = r.number() != 0;
    rule.where = r.position();
  }
  if (!r.done()) throw Error("trailing bytes after a termnorm lexicon image");
  return Lexicon::from_values(std::move(concepts), std::move(rules));
}

}  // namespace termnorm::lexicon_image
