#!/usr/bin/env python3
"""The comparison's dictionary ("chinese<TAB>english" lines) in the other tools' formats:
an OpenCC configuration with a text dictionary, and a GNU sed script with one s///g per term,
longest terms first so that a longer term is not cut by a shorter one.

OpenCC separates candidate values by spaces, so spaces inside an English value become '_'
(same byte count, same work).

Usage: tool_inputs.py PAIRS.tsv OUT_DIR   (writes opencc.json, opencc.txt, terms.sed)
"""
import json
import os
import re
import sys


def main():
    pairs_path, out_dir = sys.argv[1], sys.argv[2]
    with open(pairs_path, encoding="utf-8") as f:
        pairs = [line.rstrip("\n").split("\t", 1) for line in f if "\t" in line]
    pairs.sort(key=lambda p: -len(p[0]))

    with open(os.path.join(out_dir, "opencc.txt"), "w", encoding="utf-8") as f:
        for source, target in sorted(pairs):
            f.write(f"{source}\t{target.replace(' ', '_')}\n")
    dictionary = {"type": "text", "file": os.path.join(out_dir, "opencc.txt")}
    config = {"name": "termnorm comparison", "segmentation": {"type": "mmseg", "dict": dictionary},
              "conversion_chain": [{"dict": dictionary}]}
    with open(os.path.join(out_dir, "opencc.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False, indent=1)

    def sed_escape(s, replacement=False):
        return re.sub(r"([\\/&])", r"\\\1", s) if replacement else re.sub(r"([\\/.*\[\]^$])", r"\\\1", s)

    with open(os.path.join(out_dir, "terms.sed"), "w", encoding="utf-8") as f:
        for source, target in pairs:
            f.write(f"s/{sed_escape(source)}/{sed_escape(target, True)}/g\n")


if __name__ == "__main__":
    main()
