// Writing and reading the lexicon image: fields in declaration order, in image_bytes' layout.
// One list of fields per value serves both directions, so writer and reader never disagree.
#include "lexicon/lexicon_image.hpp"

#include <algorithm>
#include <cstdint>
#include <numeric>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "lexicon/image_bytes.hpp"

namespace termnorm::lexicon_image {
namespace {

constexpr std::string_view kMagic = "termnorm-lexicon-image-1\n";

class Writer : public ImageWriter {
 public:
  template <typename Enum>  // an enumeration or a bool
  void enumeration(Enum value) { number(static_cast<size_t>(value)); }
  void count(size_t value) { number(value); }
  void flags(bool first, bool second) { number(static_cast<size_t>(first) | static_cast<size_t>(second) << 1); }
  void optional_language(const std::optional<Language>& language) {
    number(language ? static_cast<size_t>(*language) + 1 : 0);
  }
};

// Each field is read into its place: no temporary strings.
class Reader : public ImageReader {
 public:
  using ImageReader::ImageReader;
  template <typename Enum>  // an enumeration or a bool
  void enumeration(Enum& value) { value = static_cast<Enum>(number()); }
  void count(size_t& value) { value = number(); }
  void flags(bool& first, bool& second) {
    const size_t bits = number();
    first = bits & 1;
    second = bits & 2;
  }
  void optional_language(std::optional<Language>& language) {
    if (const size_t from = number(); from != 0) language = static_cast<Language>(from - 1);
  }
};

// The fields of each value in image order; `Io` is Writer (const values) or Reader.
template <typename Io, typename Where>
void position_fields(Io& io, Where& where) {
  io.string(where.file);
  io.count(where.line);
  io.count(where.column);
}

template <typename Io, typename Forms>
void forms_fields(Io& io, Forms& f) {
  io.string(f.term);
  io.string(f.abbr);
  io.strings(f.variants);
  io.strings(f.deprecated);
  io.string(f.traditional);
  io.flags(f.definite_article, f.present);
}

template <typename Io, typename ConceptValue>
void concept_fields(Io& io, ConceptValue& c) {
  io.string(c.id);
  io.enumeration(c.kind);
  io.enumeration(c.pos);
  io.string(c.domain);
  io.string(c.ing);
  io.string(c.note);
  io.strings(c.homonyms);
  forms_fields(io, c.en);
  forms_fields(io, c.zh);
  position_fields(io, c.where);
}

template <typename Io, typename RuleValue>
void rule_fields(Io& io, RuleValue& r) {
  io.string(r.id);
  io.optional_language(r.from);
  io.string(r.en);
  io.string(r.zh);
  io.string(r.en_heading);
  io.string(r.zh_heading);
  io.enumeration(r.sentence_start);
  position_fields(io, r.where);
}

// Maps the fresh pages of [data, data + size) in one system call instead of one page fault
// each (the default termbase's concepts are 5 MB, 1,200 pages, of fresh memory). Where the
// kernel cannot (before Linux 5.14, or elsewhere) nothing happens and the pages fault in as
// they are written.
void prefault(void* data, size_t size) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  constexpr uintptr_t kPage = 4096;
  const uintptr_t first = (reinterpret_cast<uintptr_t>(data) + kPage - 1) & ~(kPage - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + size) & ~(kPage - 1);
  if (end > first) madvise(reinterpret_cast<void*>(first), end - first, MADV_POPULATE_WRITE);
#else
  (void)data;
  (void)size;
#endif
}

}  // namespace

std::string write(const Lexicon& lexicon) {
  Writer w;
  w.out() = kMagic;
  w.number(lexicon.concepts().size());
  for (const Concept& c : lexicon.concepts()) concept_fields(w, c);
  // The concepts' indices in the order of their ids (unique in a Lexicon), for find().
  const std::vector<Concept>& concepts = lexicon.concepts();
  std::vector<uint32_t> id_order(concepts.size());
  std::iota(id_order.begin(), id_order.end(), 0u);
  std::sort(id_order.begin(), id_order.end(), [&](uint32_t a, uint32_t b) { return concepts[a].id < concepts[b].id; });
  w.numbers(id_order);
  w.number(lexicon.rules().size());
  for (const Rule& r : lexicon.rules()) rule_fields(w, r);
  return std::move(w.out());
}

Lexicon read(std::string_view image) {
  Reader r(image);
  r.expect(kMagic);
  const size_t concept_count = r.number();
  std::vector<Concept> concepts;
  concepts.reserve(concept_count);
  prefault(concepts.data(), concept_count * sizeof(Concept));
  concepts.resize(concept_count);
  for (Concept& c : concepts) concept_fields(r, c);
  std::vector<uint32_t> id_order = r.numbers();
  std::vector<Rule> rules(r.number());
  for (Rule& rule : rules) rule_fields(r, rule);
  if (!r.done()) throw Error("trailing bytes after a termnorm lexicon image");
  // The ids strictly ascending in this order make it a permutation of unique ids: what
  // from_values would have sorted and checked.
  const auto out_of_order = [&](uint32_t a, uint32_t b) { return !(concepts[a].id < concepts[b].id); };
  if (id_order.size() != concepts.size() ||
      std::any_of(id_order.begin(), id_order.end(), [&](uint32_t i) { return i >= concepts.size(); }) ||
      std::adjacent_find(id_order.begin(), id_order.end(), out_of_order) != id_order.end()) {
    throw Error("damaged termnorm lexicon image: the concepts' id order");
  }
  Lexicon lexicon;
  lexicon.concepts_ = std::move(concepts);
  lexicon.rules_ = std::move(rules);  // written from a Lexicon: their ids are unique
  lexicon.id_order_ = std::move(id_order);
  return lexicon;
}

}  // namespace termnorm::lexicon_image
