#!/usr/bin/env python3
"""The default termbase as the comparison's dictionary: every Chinese form of every concept
(term, variants, deprecated and Traditional forms) and the concept's English term, one
"chinese<TAB>english" line each, from `termnorm lexicon export --format csv` on stdin.
Concepts without an English term (particles that render as nothing) are left out.
"""
import csv
import sys


def main():
    out = sys.stdout
    seen = set()
    for row in csv.DictReader(sys.stdin):
        english = row["en"]
        if not english:
            continue
        forms = [row["zh"], row["zh_traditional"]]
        forms += row["zh_variants"].split("|") + row["zh_deprecated"].split("|")
        for form in forms:
            if form and form not in seen:
                seen.add(form)
                out.write(f"{form}\t{english}\n")


if __name__ == "__main__":
    main()
