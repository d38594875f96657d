// Building the SARIF log with nlohmann-json.
#include "output/sarif_writer.hpp"

#include "termnorm/version.hpp"

namespace termnorm::output {
namespace {

using Json = nlohmann::ordered_json;

Json region(const ScanFinding& f) {
  return Json{{"startLine", f.line}, {"startColumn", f.column}, {"endLine", f.line}, {"endColumn", f.end_column},
              {"snippet", {{"text", f.text}}}};
}

Json result(const std::string& uri, const ScanFinding& f) {
  const ScanRuleInfo& rule = info(f.rule);
  Json r{{"ruleId", std::string(rule.id)},
         {"ruleIndex", static_cast<size_t>(f.rule)},
         {"level", std::string(to_string(rule.severity))},
         {"message", {{"text", f.message}}},
         {"locations",
          Json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}, {"region", region(f)}}}}})}};
  if (!f.suggestion.empty()) {
    Json replacement{{"deletedRegion", region(f)}, {"insertedContent", {{"text", f.suggestion}}}};
    replacement["deletedRegion"].erase("snippet");
    r["fixes"] = Json::array({{{"description", {{"text", "Replace with '" + f.suggestion + "'"}}},
                               {"artifactChanges", Json::array({{{"artifactLocation", {{"uri", uri}}},
                                                                 {"replacements", Json::array({replacement})}}})}}});
  }
  return r;
}

}  // namespace

std::string sarif_uri(std::string_view file) {
  if (file == "<stdin>") return "stdin";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : file) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

nlohmann::ordered_json sarif_log(const std::vector<ScannedFile>& files) {
  Json rules = Json::array();
  for (const ScanRuleInfo& rule : scan_rules()) {
    rules.push_back({{"id", std::string(rule.id)},
                     {"shortDescription", {{"text", std::string(rule.summary)}}},
                     {"defaultConfiguration", {{"level", std::string(to_string(rule.severity))}}}});
  }
  Json results = Json::array();
  Json notifications = Json::array();
  for (const ScannedFile& file : files) {
    const std::string uri = sarif_uri(file.name);
    if (!file.error.empty()) {
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", file.error}}},
                               {"locations", Json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}}}}})}});
      continue;
    }
    for (const ScanFinding& f : file.scan.findings) results.push_back(result(uri, f));
  }
  Json invocation{{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
  Json run{{"tool", {{"driver", {{"name", "termnorm"}, {"version", std::string(kVersion)}, {"rules", rules}}}}},
           {"invocations", Json::array({invocation})},
           {"columnKind", "unicodeCodePoints"},
           {"results", results}};
  return Json{{"version", "2.1.0"}, {"runs", Json::array({run})}};
}

}  // namespace termnorm::output
