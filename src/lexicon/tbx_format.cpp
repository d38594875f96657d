// Writing TBX-Basic: XML by hand, escaped, indented two spaces per level.
#include "lexicon/tbx_format.hpp"

#include <string>
#include <string_view>

namespace termnorm::lexicon {
namespace {

std::string escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// An XML ID: a letter or '_' first, then letters, digits, '-', '_', '.'.
std::string xml_id(std::string_view id) {
  std::string out;
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id.front()))) out += '_';
  for (char c : id) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
    out += ok ? c : '_';
  }
  return out;
}

// TBX-Basic's partOfSpeech picklist: noun, verb, adjective, adverb, properNoun, other.
std::string_view tbx_part_of_speech(PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::noun: return "noun";
    case PartOfSpeech::verb: return "verb";
    case PartOfSpeech::adj: return "adjective";
    case PartOfSpeech::adv: return "adverb";
    default: return "other";
  }
}

enum class Status { preferred, admitted, deprecated };

std::string_view status_value(Status status) {
  switch (status) {
    case Status::preferred: return "preferredTerm-admn-sts";
    case Status::admitted: return "admittedTerm-admn-sts";
    case Status::deprecated: return "deprecatedTerm-admn-sts";
  }
  return {};
}

class TbxWriter {
 public:
  explicit TbxWriter(std::ostream& out) : out_(out) {}

  void term(const Concept& c, std::string_view form, Status status, bool abbreviation) {
    out_ << "          <termSec>\n"
         << "            <term>" << escaped(form) << "</term>\n"
         << "            <termNote type=\"partOfSpeech\">" << tbx_part_of_speech(c.pos) << "</termNote>\n";
    if (abbreviation) out_ << "            <termNote type=\"termType\">abbreviation</termNote>\n";
    out_ << "            <termNote type=\"administrativeStatus\">" << status_value(status) << "</termNote>\n"
         << "          </termSec>\n";
  }

  void language_section(const Concept& c, std::string_view lang, const LanguageForms& f) {
    if (f.term.empty()) return;  // a word that English drops has no English term
    out_ << "        <langSec xml:lang=\"" << lang << "\">\n";
    term(c, f.term, Status::preferred, f.term == f.abbr);
    if (!f.abbr.empty() && f.abbr != f.term) term(c, f.abbr, Status::admitted, true);
    for (const auto& v : f.variants) term(c, v, Status::admitted, false);
    for (const auto& d : f.deprecated) term(c, d, Status::deprecated, false);
    out_ << "        </langSec>\n";
  }

  void concept_entry(const Concept& c) {
    out_ << "      <conceptEntry id=\"" << escaped(xml_id(c.id)) << "\">\n";
    if (!c.domain.empty()) out_ << "        <descrip type=\"subjectField\">" << escaped(c.domain) << "</descrip>\n";
    if (!c.note.empty()) out_ << "        <note>" << escaped(c.note) << "</note>\n";
    language_section(c, "en", c.en);
    language_section(c, "zh-Hans", c.zh);
    if (!c.zh.traditional.empty()) {
      out_ << "        <langSec xml:lang=\"zh-Hant\">\n";
      term(c, c.zh.traditional, Status::preferred, false);
      out_ << "        </langSec>\n";
    }
    out_ << "      </conceptEntry>\n";
  }

 private:
  std::ostream& out_;
};

}  // namespace

void export_tbx(std::ostream& out, const std::vector<const Concept*>& concepts, std::string_view description) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
      << "  <tbxHeader>\n"
      << "    <fileDesc>\n"
      << "      <sourceDesc>\n"
      << "        <p>" << escaped(description) << "</p>\n"
      << "      </sourceDesc>\n"
      << "    </fileDesc>\n"
      << "  </tbxHeader>\n"
      << "  <text>\n"
      << "    <body>\n";
  TbxWriter writer(out);
  for (const Concept* c : concepts) writer.concept_entry(*c);
  out << "    </body>\n"
      << "  </text>\n"
      << "</tbx>\n";
}

void export_tbx(std::ostream& out, const Lexicon& lexicon) {
  std::vector<const Concept*> concepts;
  for (const Concept& c : lexicon.concepts()) concepts.push_back(&c);
  export_tbx(out, concepts,
             "termnorm termbase, " + std::to_string(lexicon.concepts().size()) + " concepts, English and Chinese");
}

}  // namespace termnorm::lexicon
