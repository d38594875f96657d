// JSON report entries, built with nlohmann-json and written one input at a time.
#include "output/json_report.hpp"

#include <nlohmann/json.hpp>

#include "termnorm/version.hpp"

namespace termnorm::output {
namespace {

using Json = nlohmann::ordered_json;

Json position(size_t line, size_t column, size_t begin, size_t end) {
  return Json{{"line", line}, {"column", column}, {"begin", begin}, {"end", end}};
}

Json entry(const InputReport& report) {
  Json j;
  j["file"] = report.name;
  if (!report.error.empty()) {
    j["status"] = "error";
    j["error"] = report.error;
    return j;
  }
  j["status"] = report.changed ? "changed" : "unchanged";
  j["target"] = std::string(to_string(report.target));
  if (const InvalidUtf8Replaced& invalid = report.invalid_replaced; invalid.count > 0) {
    j["invalid_utf8"] = Json{{"replaced", invalid.count}, {"line", invalid.line}, {"column", invalid.column}};
  }
  Json& edits = j["replacements"] = Json::array();
  for (const Edit& e : report.edits) {
    Json item = position(e.line, e.column, e.begin, e.end);
    item["source"] = e.source;
    item["result"] = e.result;
    item["kind"] = std::string(to_string(e.kind));
    if (!e.concept_id.empty()) item["concept"] = e.concept_id;
    edits.push_back(std::move(item));
  }
  Json& residuals = j["untranslated"] = Json::array();
  for (const Residual& r : report.residuals) {
    Json item = position(r.line, r.column, r.begin, r.end);
    item["text"] = r.text;
    item["words"] = r.words;
    residuals.push_back(std::move(item));
  }
  j["totals"] = Json{{"replacements", report.edit_count},
                     {"untranslated_spans", report.residual_count},
                     {"untranslated_characters", report.residual_characters},
                     {"target_share", target_share(report)}};
  return j;
}

}  // namespace

JsonReportWriter::JsonReportWriter(std::ostream& out) : out_(out) {
  out_ << R"({"schema":"termnorm-report","version":1,"termnorm":)" << Json(std::string(kVersion)).dump()
       << R"(,"files":[)";
}

void JsonReportWriter::add(const InputReport& report) {
  if (!first_) out_ << ',';
  first_ = false;
  out_ << '\n' << entry(report).dump();
}

void JsonReportWriter::finish(const RunTotals& totals) {
  Json j{{"files", totals.files},
               {"changed", totals.changed},
               {"with_untranslated", totals.with_untranslated},
               {"errors", totals.errors},
               {"skipped", totals.skipped},
               {"replacements", totals.replacements},
               {"untranslated_spans", totals.untranslated_spans},
               {"untranslated_characters", totals.untranslated_characters}};
  if (totals.invalid_utf8_replaced > 0) j["invalid_utf8_replaced"] = totals.invalid_utf8_replaced;
  out_ << "\n],\"totals\":" << j.dump() << "}\n";
  out_.flush();
}

}  // namespace termnorm::output
