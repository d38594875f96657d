#!/usr/bin/env bash
# Clean monolingual text passes through termnorm unchanged, byte for byte: every clean English
# article of the corpus with --to en and --to auto, every clean Chinese one with --to zh and
# --to auto.
# Usage: passthrough_test.sh PATH/TO/termnorm
set -u
termnorm=$1
corpus=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checked=0
failed=0

check() {  # check FILE TARGET
  checked=$((checked + 1))
  if ! "$termnorm" --to "$2" "$1" > "$work/out.txt"; then
    failed=$((failed + 1))
    printf 'FAIL %s --to %s: termnorm failed\n' "$1" "$2"
  elif ! cmp -s "$1" "$work/out.txt"; then
    failed=$((failed + 1))
    printf 'FAIL %s --to %s changed clean text:\n' "$1" "$2"
    diff "$1" "$work/out.txt" | head -20
  fi
}

for f in "$corpus"/en/*.clean.txt; do check "$f" en; check "$f" auto; done
for f in "$corpus"/zh/*.clean.txt; do check "$f" zh; check "$f" auto; done

echo "$checked runs, $failed failed"
[ "$checked" -gt 0 ] && [ "$failed" -eq 0 ]
