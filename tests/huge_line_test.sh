#!/usr/bin/env bash
# One line of 200 MB (made here, never committed), from standard input and from a file: it
# is normalized whole, the term at its end included, and nothing else changes.
# Usage: huge_line_test.sh PATH/TO/termnorm
termnorm=$1
source "$(dirname "$0")/shell_check.sh"

size=$((200 * 1024 * 1024))
yes 'qqqq zzzz' | tr '\n' ' ' | head -c "$size" > "$work/line.txt"
printf '干细胞\n' >> "$work/line.txt"
for how in stdin file; do
  if [ "$how" = stdin ]; then "$termnorm" --to en < "$work/line.txt" > "$work/out.txt"
  else "$termnorm" --to en "$work/line.txt" > "$work/out.txt"; fi
  check "200 MB line ($how): status" 0 $?
  check "200 MB line ($how): size" $((size + 11)) "$(stat -c %s "$work/out.txt")"
  check "200 MB line ($how): the term at the end" "stem cells" "$(tail -c 11 "$work/out.txt")"
  cmp -s -n "$size" "$work/line.txt" "$work/out.txt"
  check "200 MB line ($how): the rest unchanged" 0 $?
  rm "$work/out.txt"
done

finish
