// Writing and reading the lexicon image: fields in declaration order, integers as 32-bit
// little-endian words, strings as a length word and their bytes.
#include "lexicon/lexicon_image.hpp"

#include <cstdint>
#include <cstring>

namespace termnorm::lexicon_image {
namespace {

constexpr std::string_view kMagic = "termnorm-lexicon-image-1\n";

class Writer {
 public:
  void number(size_t value) {
    const auto v = static_cast<uint32_t>(value);
    const unsigned char bytes[4] = {static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
                                    static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24)};
    out_.append(reinterpret_cast<const char*>(bytes), 4);
  }
  void string(std::string_view s) {
    number(s.size());
    out_.append(s);
  }
  void strings(const std::vector<std::string>& list) {
    number(list.size());
    for (const auto& s : list) string(s);
  }
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
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view image) : in_(image) {}

  size_t number() {
    need(4);
    const auto* b = reinterpret_cast<const unsigned char*>(in_.data() + at_);
    at_ += 4;
    return static_cast<size_t>(b[0] | b[1] << 8 | b[2] << 16 | static_cast<uint32_t>(b[3]) << 24);
  }
  std::string string() {
    const size_t size = number();
    need(size);
    std::string s(in_.substr(at_, size));
    at_ += size;
    return s;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> list(number());
    for (auto& s : list) s = string();
    return list;
  }
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
  void expect(std::string_view literal) {
    need(literal.size());
    if (in_.substr(at_, literal.size()) != literal) throw Error("not a termnorm lexicon image");
    at_ += literal.size();
  }
  bool done() const { return at_ == in_.size(); }

 private:
  void need(size_t size) const {
    if (in_.size() - at_ < size) throw Error("truncated termnorm lexicon image");
  }
  std::string_view in_;
  size_t at_ = 0;
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
