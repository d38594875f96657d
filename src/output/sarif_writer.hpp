// The scan's findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange
// Format), for code-scanning services in CI: one run whose tool.driver lists the four rules;
// a result per finding with ruleId, level, message and a physical location (the file as a
// relative URI, a region with start and end line and column, columns in Unicode code points),
// and a fix when there is a suggested replacement. Inputs that could not be read become
// error notifications of the invocation.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "output/scan_report.hpp"

namespace termnorm::output {

nlohmann::ordered_json sarif_log(const std::vector<ScannedFile>& files);

// A file name as a SARIF URI reference: bytes outside RFC 3986's unreserved characters and
// '/' are percent-encoded ("a b.txt" → "a%20b.txt"); "<stdin>" becomes "stdin".
std::string sarif_uri(std::string_view file);

}  // namespace termnorm::output
