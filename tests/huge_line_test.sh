#!/usr/bin/env bash
# One line of 200 MB (made here, never committed), from standard input (with --to en and
# --to auto, which waits for the line to decide) and from a file: it is normalized whole, the
# term at its end included, and nothing else changes.
# Usage: huge_line_test.sh PATH/TO/termnorm
termnorm=$1
source "$(dirname "$0")/shell_check.sh"

size=$((200 * 1024 * 1024))
yes 'qqqq zzzz' | tr '\n' ' ' | head -c "$size" > "$work/line.txt"
printf '干细胞\n' >> "$work/line.txt"
for how in stdin file stdin-auto; do
  case $how in
    stdin) "$termnorm" --to en < "$work/line.txt" > "$work/out.txt" ;;
    file) "$termnorm" --to en "$work/line.txt" > "$work/out.txt" ;;
    stdin-auto) "$termnorm" --to auto < "$work/line.txt" > "$work/out.txt" ;;  # the language decided once
  esac
  check "200 MB line ($how): status" 0 $?
  check "200 MB line ($how): size" $((size + 11)) "$(stat -c %s "$work/out.txt")"
  check "200 MB line ($how): the term at the end" "stem cells" "$(tail -c 11 "$work/out.txt")"
  cmp -s -n "$size" "$work/line.txt" "$work/out.txt"
  check "200 MB line ($how): the rest unchanged" 0 $?
  rm "$work/out.txt"
done

finish
