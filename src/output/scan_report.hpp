// The scan's findings as compiler-style text and as JSON. SARIF is in sarif_writer.hpp.
//
// Text, one line per finding (editors and terminals make "file:line:col" clickable):
//   examples/a.txt:3:14: warning: Chinese in English text: '干细胞'; use 'stem cells' [other-language]
// JSON: {"schema": "termnorm-scan", "version": 1, "termnorm": VERSION,
//        "files": [{"file", "language", "findings": [{"rule", "severity", "line", "column",
//                   "end_column", "begin", "end", "text", "suggestion"?, "concept"?, "message"}]}
//                  | {"file", "error"}],
//        "totals": {"files", "errors", "findings", "error", "warning"}}
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "output/scan.hpp"

namespace termnorm::output {

// One input of a scan: its name as given ("<stdin>" for a pipe), and either its findings or
// why it could not be scanned.
struct ScannedFile {
  std::string name;
  std::string error;
  ScanResult scan;
};

// Writes the file's findings, one line each (nothing for an input that could not be read).
void write_scan_text(std::ostream& out, const ScannedFile& file);

nlohmann::ordered_json scan_json(const std::vector<ScannedFile>& files);

}  // namespace termnorm::output
