// English word forms and casing (src/text/english).
#include <catch2/catch.hpp>

#include "text/english.hpp"

using namespace termnorm::text;

TEST_CASE("regular plurals and singulars of a term's last word", "[english]") {
  auto [singular, plural] = GENERATE(table<std::string, std::string>({
      {"stem cell", "stem cells"},
      {"stem cell therapy", "stem cell therapies"},
      {"approach", "approaches"},
      {"analysis", "analyses"},
      {"disease", "diseases"},
      {"process", "processes"},
  }));
  CAPTURE(singular, plural);
  CHECK(pluralize(singular) == plural);
  CHECK(singularize(plural) == singular);
}

TEST_CASE("words that do not look plural stay as they are", "[english]") {
  CHECK(singularize("fibrosis") == "fibrosis");
  CHECK(singularize("stem cell niche") == "stem cell niche");
  CHECK(singularize("virus") == "virus");
}

TEST_CASE("verbs in their -ing form", "[english]") {
  CHECK(ing_form("promote") == "promoting");
  CHECK(ing_form("harness") == "harnessing");
  CHECK(ing_form("lead to") == "leading to");
  CHECK(ing_form("see") == "seeing");
  CHECK(ing_form("die") == "dying");
}

TEST_CASE("sentence case and title case", "[english]") {
  CHECK(capitalize_first("stem cell therapy") == "Stem cell therapy");
  CHECK(capitalize_first("β cells") == "Β cells");
  CHECK(title_case("future directions and challenges of stem cell therapy", true) ==
        "Future Directions and Challenges of Stem Cell Therapy");
  CHECK(title_case("the long-term outcomes of MSCs", false) == "the Long-Term Outcomes of MSCs");
  CHECK(title_case("a novel approach", true) == "A Novel Approach");
}

TEST_CASE("a or an", "[english]") {
  CHECK(takes_an("effective"));
  CHECK(takes_an("MSC"));
  CHECK_FALSE(takes_an("novel"));
  CHECK_FALSE(takes_an("unique"));
  CHECK_FALSE(takes_an("CD34"));
}
