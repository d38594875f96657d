// The review page's markup: per input a side-by-side table whose cells carry the highlighted
// spans, then the data the script reads (totals, concept cards) as JSON.
#include "output/html_report.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "lexicon/format_names.hpp"
#include "output/output_spans.hpp"
#include "output/review_page_assets.hpp"
#include "termnorm/version.hpp"

namespace termnorm::output {
namespace {

using Json = nlohmann::ordered_json;

// A highlighted span of one column's text: bytes [begin, end), and its opening tag.
struct Mark {
  size_t begin = 0;
  size_t end = 0;
  std::string open_tag;
};

std::string_view language_name(Language language) { return language == Language::en ? "English" : "Chinese"; }

std::string edit_title(const Edit& e) {
  std::string title = std::string(to_string(e.kind)) + ": '" + e.source + "' \u2192 '" + e.result + "'";
  if (!e.concept_id.empty()) title += " [" + e.concept_id + "]";
  return title;
}

std::string edit_tag(const Edit& e, size_t index) {
  std::string tag = "<mark class=\"edit k-" + std::string(to_string(e.kind)) + "\" data-edit=\"" +
                    std::to_string(index) + "\"";
  if (!e.concept_id.empty()) tag += " data-concept=\"" + html_escaped(e.concept_id) + "\"";
  return tag + " title=\"" + html_escaped(edit_title(e)) + "\">";
}

std::string residual_tag(const Residual& r, size_t index, Language target) {
  const std::string title = "left in " + std::string(language_name(target == Language::en ? Language::zh : Language::en)) +
                            ": no termbase entry covers '" + r.text + "'";
  return "<mark class=\"untranslated\" data-left=\"" + std::to_string(index) + "\" title=\"" + html_escaped(title) +
         "\">";
}

// One column's text as table-cell contents, line by line, with its marks. Marks are sorted;
// one that would cross a line end or an enclosing mark's end is cut there.
std::vector<std::string> marked_lines(std::string_view text, std::vector<Mark> marks) {
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<std::string> lines(1);
  std::vector<size_t> open_ends;  // ends of the marks open at this point, innermost last
  size_t next = 0;
  auto close_until = [&](size_t pos) {
    while (!open_ends.empty() && open_ends.back() <= pos) {
      lines.back() += "</mark>";
      open_ends.pop_back();
    }
  };
  for (size_t pos = 0; pos <= text.size(); ++pos) {
    close_until(pos);
    for (; next < marks.size() && marks[next].begin == pos; ++next) {
      size_t end = std::min(marks[next].end, text.find_first_of("\r\n", pos));
      if (!open_ends.empty()) end = std::min(end, open_ends.back());
      lines.back() += marks[next].open_tag;
      if (end <= pos) {
        lines.back() += "</mark>";
      } else {
        open_ends.push_back(end);
      }
    }
    if (pos == text.size()) break;
    const char c = text[pos];
    if (c == '\n' || c == '\r') {
      close_until(text.size());
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      if (pos + 1 < text.size()) lines.emplace_back();
      continue;
    }
    lines.back() += html_escaped(text.substr(pos, 1));
  }
  close_until(text.size());
  return lines;
}

std::string file_section(const InputReport& report, size_t number) {
  std::string html = "<section class=\"file\" id=\"file-" + std::to_string(number) + "\" data-file=\"" +
                     html_escaped(report.name) + "\">\n<h2>" + html_escaped(report.name);
  if (!report.error.empty()) {
    return html + "</h2>\n<p class=\"error\">" + html_escaped(report.error) + "</p>\n</section>\n";
  }
  html += "<span class=\"meta\">into " + std::string(language_name(report.target)) + " \u00b7 " +
          std::to_string(report.edit_count) + " replacements \u00b7 " + std::to_string(report.residual_count) +
          " untranslated spans</span></h2>\n";

  const OutputSpans spans = find_output_spans(report.input_text, report.output_text, report.edits, report.residuals);
  std::vector<Mark> source_marks, output_marks;
  for (size_t i = 0; i < report.edits.size(); ++i) {
    const Edit& e = report.edits[i];
    const std::string tag = edit_tag(e, i);
    source_marks.push_back({e.begin, e.end, tag});
    output_marks.push_back({spans.edits[i].begin, spans.edits[i].end, tag});
  }
  for (size_t i = 0; i < report.residuals.size(); ++i) {
    const Residual& r = report.residuals[i];
    const std::string tag = residual_tag(r, i, report.target);
    source_marks.push_back({r.begin, r.end, tag});
    output_marks.push_back({spans.residuals[i].begin, spans.residuals[i].end, tag});
  }
  const std::vector<std::string> source = marked_lines(report.input_text, source_marks);
  const std::vector<std::string> output = marked_lines(report.output_text, output_marks);

  html += "<table class=\"side-by-side\"><colgroup><col class=\"ln\"><col><col></colgroup>\n"
          "<thead><tr><th></th><th>Source</th><th>Result (" +
          std::string(language_name(report.target)) + ")</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < std::max(source.size(), output.size()); ++i) {
    html += "<tr><td class=\"ln\">" + std::to_string(i + 1) + "</td><td class=\"src\">" +
            (i < source.size() ? source[i] : "") + "</td><td class=\"out\">" + (i < output.size() ? output[i] : "") +
            "</td></tr>\n";
  }
  return html + "</tbody></table>\n</section>\n";
}

Json forms_json(const LanguageForms& f) {
  Json j{{"term", f.term}};
  if (!f.abbr.empty()) j["abbr"] = f.abbr;
  if (!f.variants.empty()) j["variants"] = f.variants;
  if (!f.deprecated.empty()) j["deprecated"] = f.deprecated;
  if (!f.traditional.empty()) j["traditional"] = f.traditional;
  return j;
}

// The card of a concept, or of a rule (kind "rule", its two sides as the terms).
Json card_json(const Lexicon& lexicon, const std::string& id) {
  if (const Concept* c = lexicon.find(id)) {
    return Json{{"id", c->id},
                {"kind", std::string(lexicon::to_string(c->kind))},
                {"pos", std::string(lexicon::to_string(c->pos))},
                {"domain", c->domain},
                {"en", forms_json(c->en)},
                {"zh", forms_json(c->zh)}};
  }
  for (const Rule& rule : lexicon.rules()) {
    if (rule.id == id) return Json{{"id", id}, {"kind", "rule"}, {"en", {{"term", rule.en}}}, {"zh", {{"term", rule.zh}}}};
  }
  return Json{{"id", id}, {"kind", "unknown"}};
}

// JSON for a <script> element: '<' written as \u003c, so no "</script>" can end it early.
std::string script_safe(const Json& j) {
  const std::string dumped = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string out;
  for (const char c : dumped) {
    if (c == '<') out += "\\u003c";
    else out += c;
  }
  return out;
}

}  // namespace

std::string html_escaped(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

HtmlReportWriter::HtmlReportWriter(std::ostream& out, const Lexicon& lexicon) : out_(out), lexicon_(lexicon) {}

void HtmlReportWriter::add(const InputReport& report) {
  for (const Edit& e : report.edits) {
    const bool known = std::find(concept_ids_.begin(), concept_ids_.end(), e.concept_id) != concept_ids_.end();
    if (!e.concept_id.empty() && !known) concept_ids_.push_back(e.concept_id);
  }
  sections_ += file_section(report, ++section_count_);
}

void HtmlReportWriter::finish(const RunTotals& totals) {
  Json cards = Json::object();
  for (const std::string& id : concept_ids_) cards[id] = card_json(lexicon_, id);
  const Json data{{"totals",
                   {{"files", totals.files},
                    {"changed", totals.changed},
                    {"errors", totals.errors},
                    {"replacements", totals.replacements},
                    {"untranslated_spans", totals.untranslated_spans},
                    {"untranslated_characters", totals.untranslated_characters}}},
                  {"concepts", cards}};
  out_ << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
       << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       << "<meta name=\"generator\" content=\"termnorm " << kVersion << "\">\n"
       << "<title>termnorm review</title>\n<style>" << kReviewPageStyle << "</style>\n</head>\n<body>\n"
       << "<header><h1>termnorm review</h1>\n<div id=\"totals\">"
       << "<noscript>" << totals.files << " files, " << totals.replacements << " replacements, "
       << totals.untranslated_spans << " untranslated spans</noscript></div>\n"
       << "<div class=\"legend\"><span class=\"swatch edit\">replaced</span>"
       << "<span class=\"swatch untranslated\">left in the other language</span>"
       << "<span>hover or click a highlight for its concept card</span></div></header>\n"
       << "<main>\n" << sections_ << "</main>\n<aside id=\"card\" hidden></aside>\n"
       << "<script type=\"application/json\" id=\"termnorm-data\">" << script_safe(data) << "</script>\n"
       << "<script>" << kReviewPageScript << "</script>\n</body>\n</html>\n";
  out_.flush();
}

}  // namespace termnorm::output
