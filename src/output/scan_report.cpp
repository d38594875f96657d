// Scan findings as text lines and as one JSON document.
#include "output/scan_report.hpp"

#include "termnorm/version.hpp"

namespace termnorm::output {

void write_scan_text(std::ostream& out, const ScannedFile& file) {
  for (const ScanFinding& f : file.scan.findings) {
    const ScanRuleInfo& rule = info(f.rule);
    out << file.name << ':' << f.line << ':' << f.column << ": " << to_string(rule.severity) << ": " << f.message
        << " [" << rule.id << "]\n";
  }
}

nlohmann::ordered_json scan_json(const std::vector<ScannedFile>& files) {
  using Json = nlohmann::ordered_json;
  Json j{{"schema", "termnorm-scan"}, {"version", 1}, {"termnorm", std::string(kVersion)}};
  Json& list = j["files"] = Json::array();
  size_t errors = 0, findings = 0, by_severity[2] = {0, 0};
  for (const ScannedFile& file : files) {
    if (!file.error.empty()) {
      ++errors;
      list.push_back(Json{{"file", file.name}, {"error", file.error}});
      continue;
    }
    Json items = Json::array();
    for (const ScanFinding& f : file.scan.findings) {
      const ScanRuleInfo& rule = info(f.rule);
      Json item{{"rule", std::string(rule.id)},
                {"severity", std::string(to_string(rule.severity))},
                {"line", f.line},
                {"column", f.column},
                {"end_column", f.end_column},
                {"begin", f.begin},
                {"end", f.end},
                {"text", f.text}};
      if (!f.suggestion.empty()) item["suggestion"] = f.suggestion;
      if (!f.concept_id.empty()) item["concept"] = f.concept_id;
      item["message"] = f.message;
      items.push_back(std::move(item));
      ++findings;
      ++by_severity[rule.severity == ScanSeverity::error ? 0 : 1];
    }
    list.push_back(Json{{"file", file.name}, {"language", std::string(to_string(file.scan.language))}, {"findings", items}});
  }
  j["totals"] = Json{{"files", files.size()},
                     {"errors", errors},
                     {"findings", findings},
                     {"error", by_severity[0]},
                     {"warning", by_severity[1]}};
  return j;
}

}  // namespace termnorm::output
