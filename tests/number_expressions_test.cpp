// Number expressions of Chinese text in English output (src/rewriter/number_expressions):
// the recognizer on its own, then through the default termbase.
#include "rewriter/number_expressions.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "default_normalizer.hpp"
#include "termnorm/normalizer.hpp"

using namespace termnorm;

namespace {

// The English of the one expression `text` holds whole; "" when it holds none or another span.
std::string expression(const std::string& text) {
  const auto found = rewriter::find_number_expressions(text);
  if (found.size() != 1 || found[0].begin != 0 || found[0].end != text.size()) return "";
  return found[0].english;
}

}  // namespace

TEST_CASE("years and dates", "[numbers]") {
  CHECK(expression("1998年") == "1998");
  CHECK(expression("2021年11月") == "November 2021");
  CHECK(expression("2021年11月30日") == "30 November 2021");
  CHECK(expression("2021年十一月") == "November 2021");
  CHECK(expression("2021年13月").empty());    // no thirteenth month: the year and a stray 13月
  CHECK(expression("12年") == "12 years");   // not four digits: a duration
}

TEST_CASE("in and on a time, a year that opens a sentence before a comma", "[numbers]") {
  CHECK(expression("于2017年") == "in 2017");
  CHECK(expression("在2017年2月") == "in February 2017");
  CHECK(expression("于2017年2月14日") == "on 14 February 2017");
  CHECK(expression("在60年代") == "in the 1960s");
  CHECK(rewriter::find_number_expressions("1999年，首个试验开始")[0].english == "In 1999");
  CHECK(rewriter::find_number_expressions("Then 1999年, it began")[0].english == "1999");
}

TEST_CASE("decades and centuries", "[numbers]") {
  CHECK(expression("19世纪") == "the 19th century");
  CHECK(expression("二十一世纪") == "the 21st century");
  CHECK(expression("20世纪90年代") == "the 1990s");
  CHECK(expression("21世纪10年代") == "the 2010s");
  CHECK(expression("70年代") == "the 1970s");
  CHECK(expression("上世纪六十年代") == "the 1960s");
  CHECK(expression("2000年代") == "the 2000s");
  CHECK(expression("85年代").empty());
  CHECK(expression("20世纪末") == "the late 20th century");
  CHECK(expression("90年代初") == "the early 1990s");
  CHECK(expression("20世纪70年代中期") == "the mid-1970s");
}

TEST_CASE("since a time", "[numbers]") {
  CHECK(expression("2010年以来") == "since 2010");
  CHECK(expression("自2016年起") == "since 2016");
  CHECK(expression("从20世纪50年代至今") == "since the 1950s");
  CHECK(expression("自") .empty());
}

TEST_CASE("durations and their frames", "[numbers]") {
  CHECK(expression("9个月") == "9 months");
  CHECK(expression("四个星期") == "four weeks");
  CHECK(expression("一年") == "one year");
  CHECK(expression("48小时") == "48 hours");
  CHECK(expression("十二周") == "12 weeks");
  CHECK(expression("三十年") == "thirty years");
  CHECK(expression("1.5年") == "1.5 years");
  CHECK(expression("两周后") == "after two weeks");
  CHECK(expression("30天内") == "within 30 days");
  CHECK(expression("5年来") == "over the past 5 years");
  CHECK(expression("8周的") == "8 weeks of");
  CHECK(expression("在3天后") == "after 3 days");
  CHECK(expression("十年前") == "ten years ago");
  CHECK(expression("2周以上") == "more than 2 weeks");
  CHECK(expression("5年及以上") == "5 years or more");
  CHECK(expression("3个月左右") == "about 3 months");
  CHECK(expression("于两周内") == "within two weeks");
  CHECK(rewriter::find_number_expressions("在6个月")[0].english == "6 months");  // 在 stays the lexicon's
  CHECK(expression("6月").empty());  // June, or loose writing: not read
}

TEST_CASE("counts of time that name no number, with their frames", "[numbers]") {
  CHECK(expression("数年来") == "for several years");
  CHECK(expression("多年来") == "for many years");
  CHECK(expression("几个月以来") == "for several months");
  CHECK(expression("数月来") == "for several months");  // 月 with no 个: no date here
  CHECK(expression("数周后") == "after several weeks");
  CHECK(expression("在几天后") == "after several days");
  CHECK(expression("数天内") == "within several days");
  CHECK(expression("数年") == "several years");  // a token only after a word ending in 后
  CHECK(rewriter::find_number_expressions("多种细胞").empty());
  CHECK(rewriter::find_number_expressions("很多人").empty());
  // In English output: the frame goes first; bare, 数年 is the lexicon's word.
  CHECK(english("数年来, the field grew.") == "For several years, the field grew.");
  CHECK(english("多年来干细胞疗法 has changed.") == "For many years stem cell therapy has changed.");
  CHECK(english("数周后, the wound healed.") == "After several weeks, the wound healed.");
  CHECK(english("治疗后数周, the wound healed.") == "Several weeks after treatment, the wound healed.");
  CHECK(english("数年, the field grew.") == "Several years, the field grew.");
}

TEST_CASE("ordinals of time", "[numbers]") {
  CHECK(expression("第2周") == "the second week");
  CHECK(expression("第十二个月") == "the 12th month");
  CHECK(expression("第一天") == "the first day");
  CHECK(expression("第三").empty());  // no unit: the lexicon's
}

TEST_CASE("ages", "[numbers]") {
  CHECK(expression("42岁") == "42 years old");
  CHECK(expression("七十岁以上") == "70 years and older");
  CHECK(expression("18岁以下") == "younger than 18 years");
  CHECK(expression("50岁的") == "50-year-old");
  CHECK(expression("20至40岁") == "20 to 40 years old");
  CHECK(expression("20到40岁的") == "20 to 40 years");  // the noun after it goes first
}

TEST_CASE("ranges of durations and multiples", "[numbers]") {
  CHECK(expression("两到四周") == "two to four weeks");
  CHECK(expression("3至6个月后") == "after 3 to 6 months");
  CHECK(expression("五至八年内") == "within five to eight years");
  CHECK(expression("两到三倍") == "two to three times");
  CHECK(rewriter::find_number_expressions("5到3年")[0].english == "3 years");  // not a range: it falls
  CHECK(rewriter::find_number_expressions("5%到10%").empty());                 // no unit of time or age
  CHECK(english("We enrolled 18至30岁的女性.") == "We enrolled women aged 18 to 30 years.");
}

TEST_CASE("多 after a round number is an approximate count", "[numbers]") {
  CHECK(expression("三十多年") == "more than thirty years");
  CHECK(expression("十多年后") == "after more than ten years");
  CHECK(expression("200多") == "more than 200");
  CHECK(rewriter::find_number_expressions("三多").empty());  // not a round number
  CHECK(english("Grafts failed 在移植二十多年后.") == "Grafts failed more than twenty years after transplantation.");
}

TEST_CASE("percentages of a group, scaled numbers, stages and phases", "[numbers]") {
  CHECK(expression("45%的") == "45% of");
  CHECK(expression("12.5％的") == "12.5% of");
  CHECK(rewriter::find_number_expressions("45%").empty());
  CHECK(expression("800万") == "8 million");
  CHECK(expression("2.3亿") == "230 million");
  CHECK(expression("4期") == "stage 4");
  CHECK(expression("IV期") == "stage IV");
  CHECK(rewriter::find_number_expressions("二期试验")[0].english == "phase 2");
  CHECK(rewriter::find_number_expressions("Ⅰ期研究")[0].english == "phase I");
  CHECK(rewriter::find_number_expressions("2期多中心双盲试验")[0].english == "phase 2");
  CHECK(rewriter::find_number_expressions("a 3期 trial")[0].english == "phase 3");
  CHECK(rewriter::find_number_expressions("一项II期open-label study")[0].english == "phase II");
  CHECK(rewriter::find_number_expressions("4期肿瘤患者")[0].english == "stage 4");
  CHECK(rewriter::find_number_expressions("3期。试验")[0].english == "stage 3");
}

TEST_CASE("numbers inside Latin words and lone numerals are not expressions", "[numbers]") {
  CHECK(rewriter::find_number_expressions("CD34天然").empty());
  CHECK(rewriter::find_number_expressions("2019 was a good year").empty());
  CHECK(rewriter::find_number_expressions("一致的结果").empty());
  CHECK(rewriter::find_number_expressions("千万不要放弃").empty());
  CHECK(rewriter::find_number_expressions("第99999999999999999999个月").empty());
}

TEST_CASE("number expressions in English output", "[numbers]") {
  CHECK(english("The registry opened in 2012年.") == "The registry opened in 2012.");
  CHECK(english("Enrollment closed in 2020年6月.") == "Enrollment closed in June 2020.");
  CHECK(english("20世纪90年代以来, interest has grown.") == "Since the 1990s, interest has grown.");
  CHECK(english("Roughly 2000万人 live with the condition.") == "Roughly 20 million people live with the condition.");
  CHECK(english("治疗后12个月, the grafts were intact.") == "12 months after treatment, the grafts were intact.");
  CHECK(english("Welcome to the 22世纪.") == "Welcome to the 22nd century.");
  CHECK(english("手术后2周, the wound closed.") == "2 weeks after surgery, the wound closed.");
  CHECK(english("20%的患者 relapsed.") == "20% of patients relapsed.");
  CHECK(english("We enrolled 70岁以上的患者.") == "We enrolled patients aged 70 years and older.");
}

TEST_CASE("a procedure before a duration and 后 is what the duration follows", "[numbers]") {
  CHECK(english("手术3周后, the scar faded.") == "3 weeks after surgery, the scar faded.");
  CHECK(english("在输注五天后, fever appeared.") == "Five days after infusion, fever appeared.");
  // 在 before a word ending in 后 and the duration goes with them, not "in".
  CHECK(english("在手术后两年, most scars faded.") == "Two years after surgery, most scars faded.");
  CHECK(english("在治疗后10天, fever appeared.") == "10 days after treatment, fever appeared.");
  CHECK(english("Mice 6个月后 were weighed.") == "Mice after 6 months were weighed.");
}

TEST_CASE("percentages written 百分之, approximate counts with 余, sums in 万元", "[numbers]") {
  CHECK(english("百分之四十的患者 relapsed.") == "40% of patients relapsed.");
  CHECK(english("About 百分之12.5 responded.") == "About 12.5% responded.");
  CHECK(english("十万人 live with the condition.") == "100,000 people live with the condition.");
  CHECK(english("Nearly 三百余人 enrolled.") == "Nearly more than 300 people enrolled.");
  CHECK(english("Follow-up lasted 二十余年.") == "Follow-up lasted more than twenty years.");
  CHECK(english("Each course costs 12万元.") == "Each course costs 120,000 yuan.");
  CHECK(english("Each course costs 5000元.") == "Each course costs 5000 yuan.");
  // A list of numbers after a comma is no grouped number: each is read.
  CHECK(english("Visits at 3,6个月.") == "Visits at 3, 6 months.");
}

TEST_CASE("fractions written N分之M, with 的 a share of a group", "[numbers]") {
  CHECK(english("三分之二的患者 improved.") == "Two thirds of patients improved.");
  CHECK(english("About 四分之一的细胞 died.") == "About one quarter of cells died.");
  CHECK(english("Only 二十分之一 responded.") == "Only 1/20 responded.");
  CHECK(english("It fell by 二分之一.") == "It fell by one half.");
  // Not a fraction: a numerator as large as the whole, or none.
  CHECK(english("三分之三 is written.").find("three thirds") == std::string::npos);
}

TEST_CASE("Chinese output keeps Chinese numbers as they are", "[numbers]") {
  const Normalizer& n = default_normalizer();
  CHECK(n.normalize("该试验于2019年3月开始，随访6个月。", {Target::zh}).text == "该试验于2019年3月开始，随访6个月。");
}

TEST_CASE("an age right before a noun modifies it", "[numbers]") {
  CHECK(english("一名7岁男孩 was treated.") == "One 7-year-old boy was treated.");
  CHECK(english("一名65岁的女性 was treated.") == "One 65-year-old woman was treated.");
  CHECK(english("3岁儿童 were treated.") == "3-year-old children were treated.");
  // Alone, or after a range, the age stays "years old".
  CHECK(english("The boy was 7岁.") == "The boy was 7 years old.");
  CHECK(english("20至40岁 adults were enrolled.") == "20 to 40 years old adults were enrolled.");
}
