#!/usr/bin/env python3
"""Unit tests of the corpus scorer's chrF and script counts, on small cases worked by hand."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402


class ChrfTest(unittest.TestCase):
    def test_identical_texts_score_one(self):
        self.assertEqual(score.chrf("stem cell therapy", "stem cell therapy"), 1.0)

    def test_texts_without_a_common_character_score_zero(self):
        self.assertEqual(score.chrf("abc", "xyz"), 0.0)

    def test_whitespace_is_ignored(self):
        self.assertEqual(score.chrf("stem  cell\ttherapy", "stemcell therapy"), 1.0)

    def test_a_case_worked_by_hand(self):
        # hypothesis "ab", reference "abc": unigrams P 2/2, R 2/3; bigrams P 1/1, R 1/2; no
        # trigram in the hypothesis, so orders 3..6 do not count. Averages P = 1, R = 7/12;
        # F2 = 5 * P * R / (4 * P + R) = (35/12) / (55/12) = 7/11.
        self.assertAlmostEqual(score.chrf("ab", "abc"), 7 / 11)

    def test_a_published_sentence_score(self):
        # The sentence pair of the chrF metric card of the Hugging Face metrics (sacrebleu's
        # defaults: 6 character orders, beta 2, whitespace removed): 61.576379378113785.
        hypothesis = "The relationship between Obama and Netanyahu is not exactly friendly."
        reference = "The ties between Obama and Netanyahu are not particularly friendly."
        self.assertAlmostEqual(score.chrf(hypothesis, reference), 0.61576379378113785)

    def test_statistics_sum_over_lines(self):
        stats = [a + b for a, b in zip(score.chrf_statistics("ab", "abc"), score.chrf_statistics("xy", "xy"))]
        # unigrams P 4/4, R 4/5; bigrams P 2/2, R 2/3; averages P = 1, R = 11/15.
        recall = 11 / 15
        self.assertAlmostEqual(score.chrf_from_statistics(stats), 5 * recall / (4 + recall))


class ScriptCountTest(unittest.TestCase):
    def test_han_characters_in_english_output(self):
        self.assertEqual(score.count_other_script("Stem cells 干细胞 (幹細胞), β cells。", "en"), 6)

    def test_latin_letters_in_chinese_output(self):
        self.assertEqual(score.count_other_script("间充质干细胞（MSC）和β细胞，ｉＰＳＣ", "zh"), 7)


if __name__ == "__main__":
    unittest.main()
