#!/usr/bin/env python3
"""Scores termnorm on the development corpus: what is left in the other script, and chrF.

Each en/NAME.mixed.txt is normalized with --to en and compared with en/NAME.clean.txt; each
zh/NAME.mixed.txt with --to zh against zh/NAME.clean.txt. Per article and in total it prints:

  left   the share of the input's other-script characters still in the output (Han characters
         in English output, Latin letters in Chinese output);
  clean  the same share in the clean version (Latin abbreviations glossed in clean Chinese):
         the floor below which `left` cannot go;
  excess left minus clean: what should have been translated and was not;
  chrF   the character n-gram F-score against the clean version (n = 1..6, beta = 2,
         whitespace ignored, statistics summed over lines: Popovic 2015, sacrebleu's defaults).

Usage:
  score.py --termnorm build/termnorm [--show N] [--min-chrf-en F] [--max-excess-en S] ...
           [-- extra termnorm args]

With a --min-*/--max-* bound it exits 1 when a direction's total misses it (a regression gate).
Standard library only.
"""

import argparse
import os
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

CHRF_ORDER = 6
CHRF_BETA = 2.0


def chrf_statistics(hypothesis, reference, order=CHRF_ORDER):
    """[hyp n-grams, ref n-grams, common n-grams] for n = 1..order, whitespace removed."""
    hyp = "".join(hypothesis.split())
    ref = "".join(reference.split())
    stats = []
    for n in range(1, order + 1):
        hyp_grams = Counter(hyp[i:i + n] for i in range(len(hyp) - n + 1))
        ref_grams = Counter(ref[i:i + n] for i in range(len(ref) - n + 1))
        common = hyp_grams & ref_grams
        stats += [sum(hyp_grams.values()), sum(ref_grams.values()), sum(common.values())]
    return stats


def chrf_from_statistics(stats, beta=CHRF_BETA):
    """chrF in [0, 1]: precision and recall averaged over the orders both sides have, then F-beta."""
    precision = recall = 0.0
    effective_order = 0
    for i in range(0, len(stats), 3):
        hyp_count, ref_count, common = stats[i:i + 3]
        if hyp_count > 0 and ref_count > 0:
            precision += common / hyp_count
            recall += common / ref_count
            effective_order += 1
    if effective_order == 0:
        return 1.0 if not any(stats) else 0.0
    precision /= effective_order
    recall /= effective_order
    if precision + recall == 0:
        return 0.0
    factor = beta * beta
    return (1 + factor) * precision * recall / (factor * precision + recall)


def chrf(hypothesis, reference):
    """chrF of one text against one reference."""
    return chrf_from_statistics(chrf_statistics(hypothesis, reference))


def is_han(char):
    return unicodedata.name(char, "").startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH"))


def is_latin_letter(char):
    return unicodedata.category(char).startswith("L") and "LATIN" in unicodedata.name(char, "")


def count_other_script(text, target):
    """Characters of the script the target language should not contain."""
    other = is_han if target == "en" else is_latin_letter
    return sum(1 for char in text if other(char))


@dataclass
class Score:
    """Counts of one article or one direction's total."""
    name: str
    input_other: int = 0
    output_other: int = 0
    clean_other: int = 0
    stats: list = field(default_factory=lambda: [0] * (3 * CHRF_ORDER))

    def add(self, other):
        self.input_other += other.input_other
        self.output_other += other.output_other
        self.clean_other += other.clean_other
        self.stats = [a + b for a, b in zip(self.stats, other.stats)]

    def left(self):
        return self.output_other / self.input_other if self.input_other else 0.0

    def clean(self):
        return self.clean_other / self.input_other if self.input_other else 0.0

    def excess(self):
        return self.left() - self.clean()

    def chrf(self):
        return chrf_from_statistics(self.stats)


def run_termnorm(termnorm, target, path, extra_args):
    result = subprocess.run([termnorm, "--to", target, *extra_args, path],
                            capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        sys.exit(f"{path}: termnorm exited with {result.returncode}: {result.stderr.strip()}")
    return result.stdout


def score_article(termnorm, target, mixed_path, clean_path, extra_args, worst_lines):
    with open(mixed_path, encoding="utf-8") as f:
        mixed = f.read()
    with open(clean_path, encoding="utf-8") as f:
        clean = f.read()
    output = run_termnorm(termnorm, target, mixed_path, extra_args)
    output_lines, clean_lines, mixed_lines = output.splitlines(), clean.splitlines(), mixed.splitlines()
    if not (len(output_lines) == len(clean_lines) == len(mixed_lines)):
        sys.exit(f"{mixed_path}: {len(mixed_lines)} lines in, {len(output_lines)} out, "
                 f"{len(clean_lines)} in the clean version")
    name = os.path.basename(mixed_path)[:-len(".mixed.txt")]
    score = Score(f"{target}/{name}", count_other_script(mixed, target),
                  count_other_script(output, target), count_other_script(clean, target))
    for number, (out_line, clean_line, mixed_line) in enumerate(zip(output_lines, clean_lines, mixed_lines), 1):
        line_stats = chrf_statistics(out_line, clean_line)
        score.stats = [a + b for a, b in zip(score.stats, line_stats)]
        if out_line != clean_line:
            worst_lines.append((chrf_from_statistics(line_stats), f"{score.name}:{number}",
                                mixed_line, out_line, clean_line))
    return score


def print_row(score):
    print(f"{score.name:<40} {score.left():7.2%} {score.clean():7.2%} {score.excess():7.2%} {score.chrf():7.4f}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--termnorm", required=True, help="the termnorm binary")
    parser.add_argument("--corpus", default=here, help="the corpus folder (default: this script's)")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="also print the N lines with the lowest chrF (input, output, clean)")
    for target in ("en", "zh"):
        parser.add_argument(f"--min-chrf-{target}", type=float, metavar="F",
                            help=f"fail when the total chrF of --to {target} is below F")
        parser.add_argument(f"--max-excess-{target}", type=float, metavar="S",
                            help=f"fail when the excess share left by --to {target} is above S (0..1)")
    parser.add_argument("extra", nargs="*", help="extra termnorm arguments, after --")
    args = parser.parse_args()

    totals = {}
    worst_lines = []
    print(f"{'article':<40} {'left':>7} {'clean':>7} {'excess':>7} {'chrF':>7}")
    for target in ("en", "zh"):
        folder = os.path.join(args.corpus, target)
        names = sorted(n for n in os.listdir(folder) if n.endswith(".mixed.txt")) if os.path.isdir(folder) else []
        total = Score(f"total --to {target} ({len(names)} articles)")
        for name in names:
            mixed_path = os.path.join(folder, name)
            clean_path = mixed_path[:-len(".mixed.txt")] + ".clean.txt"
            score = score_article(args.termnorm, target, mixed_path, clean_path, args.extra, worst_lines)
            print_row(score)
            total.add(score)
        totals[target] = total
    for total in totals.values():
        print_row(total)

    for line_chrf, where, mixed_line, out_line, clean_line in sorted(worst_lines)[:args.show]:
        print(f"\n{where}  chrF {line_chrf:.3f}\n  in:    {mixed_line}\n  out:   {out_line}\n  clean: {clean_line}")

    failures = []
    for target, total in totals.items():
        floor = getattr(args, f"min_chrf_{target}")
        if floor is not None and total.chrf() < floor:
            failures.append(f"--to {target}: chrF {total.chrf():.4f} is below the floor {floor}")
        ceiling = getattr(args, f"max_excess_{target}")
        if ceiling is not None and total.excess() > ceiling:
            failures.append(f"--to {target}: {total.excess():.2%} left in excess is above the ceiling {ceiling:.2%}")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
