// Reading numerals as Chinese text writes them and writing them in English
// (src/text/chinese_numerals).
#include <catch2/catch.hpp>

#include <string>

#include "text/chinese_numerals.hpp"

using namespace termnorm::text;

TEST_CASE("Arabic digits, with a decimal point, full-width or scaled by 万 and 亿", "[numerals]") {
  Numeral n = read_numeral("42名", 0, true);
  CHECK(n.length == 2);
  CHECK(n.value == 42);
  CHECK_FALSE(n.chinese);
  n = read_numeral("2.75倍", 0, true);
  CHECK(n.digits == "2.75");
  CHECK(n.length == 4);
  n = read_numeral("１２天", 0, true);
  CHECK(n.value == 12);
  CHECK(n.digits == "12");
  n = read_numeral("3.2万人", 0, true);
  CHECK(n.scaled);
  CHECK(n.value == 32000);
  CHECK(read_numeral("3.2万人", 0, false).length == 3);  // no scaling asked: "3.2"
  CHECK(read_numeral("7.", 0, true).digits == "7");     // a full stop is no decimal point
  CHECK(read_numeral("12345678901234567890万", 0, true).length == 0);  // a code, not a count
}

TEST_CASE("Chinese numerals up to the thousands, scaled only after a digit", "[numerals]") {
  CHECK(read_numeral("九天", 0, true).value == 9);
  CHECK(read_numeral("十四周", 0, true).value == 14);
  CHECK(read_numeral("三十七岁", 0, true).value == 37);
  CHECK(read_numeral("两百例", 0, true).value == 200);
  CHECK(read_numeral("四千零六", 0, true).value == 4006);
  CHECK(read_numeral("三万", 0, true).value == 30000);
  CHECK(read_numeral("三万", 0, false).length == 3);  // 三, and 万 is left
  CHECK(read_numeral("八百万人", 0, true).value == 8e6);
  CHECK_FALSE(read_numeral("千万", 0, true).scaled);  // a word ("by all means")
  CHECK_FALSE(read_numeral("百万", 0, true).scaled);  // "per million" frames (每百万人)
  CHECK(read_numeral("十万", 0, true).value == 1e5);  // 十 leads like a digit (十万人)
  CHECK(read_numeral("研究", 0, true).length == 0);
  CHECK(read_numeral("七八天", 0, true).length == 0);  // an estimate, not a number
}

TEST_CASE("Roman numerals, ASCII and the Unicode forms", "[numerals]") {
  CHECK(read_roman_numeral("IV期", 0).digits == "IV");
  CHECK(read_roman_numeral("Ⅲ期", 0).digits == "III");
  CHECK(read_roman_numeral("VIII", 0).value == 8);
  CHECK(read_roman_numeral("期", 0).length == 0);
}

TEST_CASE("English cardinals: words to ten for Chinese numerals, millions and grouped digits for scaled ones", "[numerals]") {
  CHECK(english_cardinal(read_numeral("七", 0, true)) == "seven");
  CHECK(english_cardinal(read_numeral("十五", 0, true)) == "15");
  CHECK(english_cardinal(read_numeral("六十", 0, true)) == "sixty");
  CHECK(english_cardinal(read_numeral("7", 0, true)) == "7");
  CHECK(english_cardinal(read_numeral("2500万", 0, true)) == "25 million");
  CHECK(english_cardinal(read_numeral("4.2亿", 0, true)) == "420 million");
  CHECK(english_cardinal(read_numeral("14亿", 0, true)) == "1.4 billion");
  CHECK(english_cardinal(read_numeral("35万", 0, true)) == "350,000");
  CHECK(english_cardinal(read_numeral("1.25万", 0, true)) == "12,500");
  CHECK(english_cardinal(read_numeral("八百万", 0, true)) == "eight million");
  CHECK(english_cardinal(read_numeral("五千万", 0, true)) == "50 million");
  CHECK(english_cardinal(read_numeral("两万", 0, true)) == "20,000");
  CHECK(english_cardinal(read_numeral("十万", 0, true)) == "100,000");
  CHECK(english_cardinal(read_numeral("十五万", 0, true)) == "150,000");
}

TEST_CASE("English ordinals", "[numerals]") {
  CHECK(english_ordinal(2) == "second");
  CHECK(english_ordinal(10) == "tenth");
  CHECK(english_ordinal(11) == "11th");
  CHECK(english_ordinal(12) == "12th");
  CHECK(english_ordinal(21) == "21st");
  CHECK(english_ordinal(32) == "32nd");
  CHECK(english_ordinal(43) == "43rd");
  CHECK(english_ordinal(113) == "113th");
}
