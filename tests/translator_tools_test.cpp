// The translator's tools: term occurrences, the glossary and its writers, the scan's rules,
// the SARIF log, and the HTML review page's escaping and highlights.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "default_normalizer.hpp"
#include "lexicon/csv.hpp"
#include "output/glossary.hpp"
#include "output/glossary_writers.hpp"
#include "output/html_report.hpp"
#include "output/output_spans.hpp"
#include "output/sarif_writer.hpp"
#include "output/scan.hpp"
#include "output/scan_report.hpp"
#include "output/term_occurrences.hpp"
#include "small_lexicon.hpp"

using namespace termnorm;
using namespace termnorm::output;

namespace {

const matcher::Matcher& small_matcher() {
  static const matcher::Matcher matcher(small_lexicon());
  return matcher;
}

const Normalizer& small_normalizer() {
  static const Normalizer normalizer(small_lexicon());
  return normalizer;
}

ScanResult scan(std::string_view text, Target target) {
  Options options;
  options.target = target;
  return scan_document(small_normalizer(), small_matcher(), text, options);
}

// "rule line:column 'text' -> 'suggestion'" for each finding.
std::vector<std::string> summary(const ScanResult& result) {
  std::vector<std::string> out;
  for (const ScanFinding& f : result.findings) {
    out.push_back(std::string(info(f.rule).id) + ' ' + std::to_string(f.line) + ':' + std::to_string(f.column) + " '" +
                  f.text + "' -> '" + f.suggestion + "'");
  }
  return out;
}

std::string read_example(const std::string& name) {
  std::ifstream in(std::string(TERMNORM_SOURCE_DIR) + "/examples/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("term occurrences: concept, form role, line and column in code points", "[glossary]") {
  const auto found = find_term_occurrences(small_lexicon(), small_matcher(), "x\r\n一个干细胞 and Stem-cells therapy\rMSC");
  REQUIRE(found.size() == 3);
  CHECK(found[0].concept_entry->id == "stem-cells");
  CHECK(found[0].line == 2);
  CHECK(found[0].column == 3);
  CHECK(found[0].text == "干细胞");
  CHECK(found[1].concept_entry->id == "stem-cell-therapy");
  CHECK(found[1].form->role == matcher::FormRole::deprecated);
  CHECK(found[1].column == 11);
  CHECK(found[2].line == 3);  // a lone CR ends a line too
  CHECK(found[2].form->role == matcher::FormRole::abbreviation);
  CHECK_THROWS_AS(find_term_occurrences(small_lexicon(), small_matcher(), "ok\n\xff"), InputError);
}

TEST_CASE("glossary: counts, first position, the forms used, kinds", "[glossary]") {
  GlossaryBuilder builder({ConceptKind::term});
  builder.add("a.txt", find_term_occurrences(small_lexicon(), small_matcher(),
                                             "然而 stem cell therapy, Stem cell therapies\n干细胞疗法 and stem cell treatment"));
  builder.add("b.txt", find_term_occurrences(small_lexicon(), small_matcher(), "MSCs and 干细胞治疗"));
  const auto& entries = builder.entries();
  REQUIRE(entries.size() == 2);  // the phrase 然而 is left out
  const GlossaryEntry& therapy = entries[0];
  CHECK(therapy.concept_entry->id == "stem-cell-therapy");
  CHECK(therapy.count == 5);
  CHECK(therapy.first.to_string() == "a.txt:1:4");
  REQUIRE(therapy.forms.size() == 4);
  CHECK(therapy.forms[0].text == "stem cell therapy");  // and its plural, folded together
  CHECK(therapy.forms[0].count == 2);
  CHECK(therapy.forms[1].text == "干细胞疗法");
  CHECK(therapy.forms[1].role == matcher::FormRole::variant);
  CHECK(therapy.forms[2].text == "stem cell treatment");
  CHECK(therapy.forms[3].text == "干细胞治疗");
  CHECK(therapy.forms[3].language == Language::zh);
  CHECK(entries[1].concept_entry->id == "mesenchymal-stem-cells");
  CHECK(entries[1].first.to_string() == "b.txt:1:1");

  GlossaryBuilder with_phrases({ConceptKind::term, ConceptKind::phrase});
  with_phrases.add("a.txt", find_term_occurrences(small_lexicon(), small_matcher(), "然而 stem cells"));
  CHECK(with_phrases.entries().size() == 2);
}

TEST_CASE("glossary writers: CSV columns, table widths, TBX entries", "[glossary]") {
  GlossaryBuilder builder({ConceptKind::term});
  builder.add("a.txt", find_term_occurrences(small_lexicon(), small_matcher(), "干细胞, stem cells, 配送方式, MSCs"));

  std::ostringstream csv;
  write_glossary_csv(csv, builder.entries());
  const auto records = lexicon::read_csv(csv.str());
  REQUIRE(records.size() == 4);
  const auto& header = records[0].fields;
  auto column = [&](const std::string& name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  REQUIRE(column("zh_used") < header.size());
  CHECK(records[1].fields[column("id")] == "stem-cells");
  CHECK(records[1].fields[column("zh")] == "干细胞");
  CHECK(records[1].fields[column("count")] == "2");
  CHECK(records[1].fields[column("first")] == "a.txt:1:1");
  CHECK(records[1].fields[column("en_used")] == "stem cells (1)");
  CHECK(records[1].fields[column("zh_used")] == "干细胞 (1)");
  CHECK(records[2].fields[column("zh_deprecated")] == "配送方式|交付方式");
  CHECK(csv.str().find("\r\n") != std::string::npos);

  std::ostringstream table;
  write_glossary_table(table, builder.entries());
  std::vector<std::string> lines;
  std::istringstream rows(table.str());
  for (std::string line; std::getline(rows, line);) lines.push_back(line);
  REQUIRE(lines.size() == 4);
  // "count" stands at the same terminal column on every line: a Chinese character is two wide.
  CHECK(lines[0].find("count") == lines[0].find("count"));
  const size_t header_column = lines[0].find("count");
  const size_t row_column = lines[2].find(" 1 ") + 1;  // delivery-method: once, after 给药方式
  CHECK(row_column == header_column + std::string("给药方式").size() - 8);
  CHECK(lines[2].find("配送方式 (deprecated) ×1") != std::string::npos);

  std::ostringstream tbx;
  write_glossary_tbx(tbx, builder.entries(), "glossary of a.txt");
  CHECK(tbx.str().find("<conceptEntry id=\"stem-cells\">") != std::string::npos);
  CHECK(tbx.str().find("<conceptEntry id=\"delivery-method\">") != std::string::npos);
  CHECK(tbx.str().find("<conceptEntry id=\"cardiomyocytes\">") == std::string::npos);
  CHECK(tbx.str().find("<p>glossary of a.txt</p>") != std::string::npos);
}

TEST_CASE("scan: each rule, its position and its suggestion", "[scan]") {
  SECTION("English text") {
    const auto found = summary(scan("Stem cell therapy helps.\n干细胞 and 某某 too; stem cell treatment, stem-cells therapy.", Target::en));
    CHECK(found == std::vector<std::string>{
                       "other-language 2:1 '干细胞' -> 'Stem cells'",
                       "untranslated 2:9 '某某' -> ''",
                       "inconsistent 2:17 'stem cell treatment' -> 'stem cell therapy'",
                       "deprecated 2:38 'stem-cells therapy' -> 'stem cell therapy'",
                   });
  }
  SECTION("Chinese text: Traditional and Simplified forms of one term, a deprecated form") {
    const auto found = summary(scan("干细胞和幹細胞。配送方式。", Target::zh));
    CHECK(found == std::vector<std::string>{"inconsistent 1:5 '幹細胞' -> '干细胞'",
                                            "deprecated 1:9 '配送方式' -> '给药方式'"});
  }
  SECTION("a variant alone is consistent; an abbreviation beside its term too") {
    CHECK(scan("Stem cell treatment works. Stem cell treatments work.", Target::en).findings.empty());
    CHECK(scan("Mesenchymal stem cells (MSCs) and MSCs.", Target::en).findings.empty());
  }
  SECTION("the text's dominant language when the target is automatic") {
    const ScanResult result = scan("这是干细胞 therapy 的研究。", Target::automatic);
    CHECK(result.language == Language::zh);
  }
}

TEST_CASE("scan report: compiler-style lines and JSON", "[scan]") {
  ScannedFile file{"a b.txt", "", scan("干细胞 work.", Target::en)};
  std::ostringstream text;
  write_scan_text(text, file);
  CHECK(text.str() == "a b.txt:1:1: warning: Chinese in English text: '干细胞'; use 'Stem cells' [other-language]\n");
  const auto j = scan_json({file, ScannedFile{"gone.txt", "gone.txt: cannot open the file", {}}});
  CHECK(j["files"][0]["findings"][0]["suggestion"] == "Stem cells");
  CHECK(j["files"][0]["findings"][0]["concept"] == "stem-cells");
  CHECK(j["files"][1]["error"] == "gone.txt: cannot open the file");
  CHECK(j["totals"]["findings"] == 1);
  CHECK(j["totals"]["errors"] == 1);
}

TEST_CASE("SARIF 2.1.0: the structure code-scanning services read", "[sarif]") {
  const std::vector<ScannedFile> files = {{"dir/a b.txt", "", scan("Text.\n 干细胞 and 配送方式.", Target::en)},
                                          {"gone.txt", "gone.txt: cannot open the file", {}}};
  const nlohmann::ordered_json log = sarif_log(files);
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const auto& run = log["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "termnorm");
  const auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 4);
  REQUIRE(run["results"].size() == 2);
  for (const auto& result : run["results"]) {
    const std::string rule_id = result["ruleId"];
    CHECK(rules[result["ruleIndex"].get<size_t>()]["id"] == rule_id);
    CHECK((result["level"] == "warning" || result["level"] == "error"));
    CHECK(result["message"]["text"].is_string());
    const auto& location = result["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"] == "dir/a%20b.txt");
    CHECK(location["region"]["startLine"] == 2);
    CHECK(location["region"]["startColumn"].get<int>() >= 1);
  }
  CHECK(run["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 2);
  CHECK(run["results"][0]["locations"][0]["physicalLocation"]["region"]["endColumn"] == 5);
  CHECK(run["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Stem cells");
  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(sarif_uri("<stdin>") == "stdin");
  CHECK(sarif_uri("中.txt") == "%E4%B8%AD.txt");
}

TEST_CASE("review page: self-contained, escaped, highlights where the edits are", "[html]") {
  const std::string input = "<script>alert(1)</script> \"干细胞\" & 某某\n然而, MSCs.\n";
  const Result result = small_normalizer().normalize(input, {Target::en});
  InputReport report;
  report.name = "<a&b>.txt";
  report.keep_texts = true;
  report.input_text = input;
  report.changed = true;
  add_to_report(report, result);
  RunTotals totals;
  totals.add(report);
  std::ostringstream page;
  HtmlReportWriter writer(page, small_lexicon());
  writer.add(report);
  writer.finish(totals);
  const std::string html = page.str();

  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;a&amp;b&gt;.txt") != std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);   // no external script, image or frame
  CHECK(html.find("<link") == std::string::npos);   // no external stylesheet
  CHECK(html.find("url(") == std::string::npos);

  // The highlighted source spans, in order, are the edits' sources and the residuals.
  std::vector<std::string> edited, left;
  const std::regex mark(R"re(<mark class="(edit|untranslated)[^"]*"[^>]*>([^<]*)</mark>)re");
  for (std::sregex_iterator it(html.begin(), html.end(), mark), end; it != end; ++it) {
    ((*it)[1] == "edit" ? edited : left).push_back((*it)[2]);
  }
  std::vector<std::string> expected_edited, expected_left;
  for (const Edit& e : result.edits) {
    expected_edited.push_back(html_escaped(e.source));
    expected_edited.push_back(html_escaped(e.result));
  }
  for (const Residual& r : result.residuals) {
    expected_left.push_back(r.text);
    expected_left.push_back(r.text);
  }
  std::sort(edited.begin(), edited.end());
  std::sort(expected_edited.begin(), expected_edited.end());
  CHECK(edited == expected_edited);
  CHECK(left == std::vector<std::string>{"某某", "某某"});
  CHECK(left.size() == expected_left.size());
  CHECK(html.find(R"("stem-cells":{"id":"stem-cells","kind":"term")") != std::string::npos);
}

TEST_CASE("output spans: each edit's result and each residual's text, found in the output", "[html]") {
  const Normalizer& normalizer = default_normalizer();
  for (const char* name : {"parkinsons.txt", "diabetes-zh.txt", "knee-osteoarthritis.txt", "spinal-cord-injury.txt"}) {
    for (Target target : {Target::en, Target::zh}) {
      CAPTURE(name, static_cast<int>(target));
      const std::string input = read_example(name);
      const Result result = normalizer.normalize(input, {target});
      const OutputSpans spans = find_output_spans(input, result.text, result.edits, result.residuals);
      for (size_t i = 0; i < result.edits.size(); ++i) {
        const OutputSpan s = spans.edits[i];
        CHECK(result.text.substr(s.begin, s.end - s.begin) == result.edits[i].result);
      }
      for (size_t i = 0; i < result.residuals.size(); ++i) {
        const OutputSpan s = spans.residuals[i];
        CHECK(result.text.substr(s.begin, s.end - s.begin) == result.residuals[i].text);
      }
    }
  }
}
