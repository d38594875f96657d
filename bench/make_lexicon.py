#!/usr/bin/env python3
"""Synthetic termbases for the benchmark, of any size, with the same match density.

A synthetic lexicon of N concepts holds the same few hundred Chinese n-grams that occur in
the corpus (so every size finds the same matches in it) and N minus that many fillers: random
Chinese strings that start with characters of the corpus (so the scan walks into them) but
almost never occur in it. Only the size of the structures changes from one N to the next.

Writes a termnorm termbase (YAML) and the same pairs as tab-separated "chinese<TAB>english"
lines, the dictionary every other tool of the comparison is given.

Usage: make_lexicon.py --concepts N --corpus FILE --yaml OUT.yaml --pairs OUT.tsv
"""
import argparse
import collections
import random
import re

MATCHING = 500  # n-grams of the corpus in every lexicon


def english_word(n):
    letters = ""
    n += 26 * 26  # at least three letters
    while n:
        n, r = divmod(n, 26)
        letters = chr(ord("a") + r) + letters
    return letters


def corpus_ngrams(text, count):
    """The `count` most frequent Han n-grams of length 2 to 4, most frequent first."""
    counts = collections.Counter()
    for run in re.findall(r"[\u4e00-\u9fff]+", text):
        for length in (2, 3, 4):
            for i in range(len(run) - length + 1):
                counts[run[i:i + length]] += 1
    return [gram for gram, _ in counts.most_common(count)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--yaml", required=True)
    parser.add_argument("--pairs", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        text = f.read(4 << 20)
    rng = random.Random(args.seed)
    chinese = corpus_ngrams(text, min(MATCHING, args.concepts))
    seen = set(chinese)
    first_chars = sorted({ch for ch in text if "\u4e00" <= ch <= "\u9fff"})
    while len(chinese) < args.concepts:
        filler = rng.choice(first_chars) + "".join(
            chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(2, 5)))
        if filler not in seen:
            seen.add(filler)
            chinese.append(filler)

    with open(args.yaml, "w", encoding="utf-8") as yaml, open(args.pairs, "w", encoding="utf-8") as pairs:
        yaml.write("termnorm-lexicon: 1\ndomain: synthetic\nconcepts:\n")
        for i, zh in enumerate(chinese):
            en = english_word(2 * i) + " " + english_word(2 * i + 1)
            yaml.write(f"  - {{id: s{i}, en: {en}, zh: {zh}}}\n")
            pairs.write(f"{zh}\t{en}\n")


if __name__ == "__main__":
    main()
