#!/usr/bin/env bash
# One large input on -j threads (standard input in blocks, or one big file): the output,
# reports, errors and exit status are those of -j 1 in every mode, positions count from the
# start of the input, and a line typed into a pipe still comes out at once.
# Usage: parallel_input_test.sh PATH/TO/termnorm PROJECT_SOURCE_DIR
termnorm=$1
source_dir=$2
source "$(dirname "$0")/shell_check.sh"

# The mixed corpus articles and the examples, English and Chinese, repeated past several
# blocks of the -j run (64 KiB each on standard input, 256 KiB in a file).
for f in "$source_dir"/tests/corpus/en/*.mixed.txt "$source_dir"/tests/corpus/zh/*.mixed.txt \
         "$source_dir"/examples/*.txt; do
  cat "$f"
  printf '\n'
done > "$work/once.txt"
for _ in 1 2 3 4 5 6; do cat "$work/once.txt"; done > "$work/big.txt"
check "the input spans several blocks" 1 "$(($(wc -c < "$work/big.txt") > 2 * 262144))"

# same_as_one_job NAME ARGS...: stdout, stderr and status of -j 2 are those of -j 1, on
# standard input and on the input as a file operand.
same_as_one_job() {
  local name=$1
  shift
  for input in stdin file; do
    for jobs in 1 2; do
      if [ "$input" = stdin ]; then
        "$termnorm" -j "$jobs" "$@" < "$work/big.txt" > "$work/$jobs.out" 2> "$work/$jobs.err"
      else
        "$termnorm" -j "$jobs" "$@" "$work/big.txt" > "$work/$jobs.out" 2> "$work/$jobs.err"
      fi
      echo $? > "$work/$jobs.status"
    done
    check "$name ($input): status" "$(cat "$work/1.status")" "$(cat "$work/2.status")"
    cmp -s "$work/1.out" "$work/2.out"
    check "$name ($input): output" 0 $?
    cmp -s "$work/1.err" "$work/2.err"
    check "$name ($input): stderr" 0 $?
  done
}

same_as_one_job "--to en" --to en
same_as_one_job "--to zh" --to zh
same_as_one_job "--to auto" --to auto
same_as_one_job "--unify en" --to en --unify
same_as_one_job "--unify zh" --to zh --unify
same_as_one_job "--abbreviations=first" --to en --abbreviations=first
same_as_one_job "--abbreviations=always" --to en --abbreviations=always
same_as_one_job "--abbreviations=never" --to en --abbreviations=never
same_as_one_job "--abbreviations=as-written" --to en --abbreviations=as-written
same_as_one_job "--mark-residual" --to en --mark-residual
same_as_one_job "--fallback=gloss" --to en --fallback=gloss
same_as_one_job "--report=json en" --to en --report=json
same_as_one_job "--report=json zh" --to zh --report=json
same_as_one_job "--check" --to en --check
same_as_one_job "--diff" --to zh --diff --color=never

# The output is not merely the same as -j 1's: it is what a line normalized alone gives, at
# every repetition (the English output of these articles holds no state across lines).
"$termnorm" -j 1 --to en < "$work/once.txt" > "$work/once.out"
for _ in 1 2 3 4 5 6; do cat "$work/once.out"; done > "$work/expected.out"
"$termnorm" -j 2 --to en < "$work/big.txt" > "$work/two.out"
cmp -s "$work/expected.out" "$work/two.out"
check "-j 2: each repetition normalized as the first" 0 $?

# A report's positions in a later block count from the start of the input: the last line's
# edit is where the same line alone puts it, moved by the lines and bytes before it.
lines=$(wc -l < "$work/big.txt")
bytes=$(wc -c < "$work/big.txt")
printf 'tail: 然而, 间充质干细胞 work.\n' > "$work/line.txt"
cat "$work/big.txt" "$work/line.txt" > "$work/tail.txt"
last_edit() {  # line, column and offset of the last edit in a JSON report
  python3 -c 'import json,sys; e=json.load(open(sys.argv[1]))["files"][0]["replacements"][-1]; print(e["line"], e["column"], e["begin"])' "$1"
}
"$termnorm" -j 1 --to en --report=json < "$work/line.txt" > /dev/null 2> "$work/line.json"
read -r alone_line alone_column alone_begin <<< "$(last_edit "$work/line.json")"
"$termnorm" -j 2 --to en --report=json < "$work/tail.txt" > /dev/null 2> "$work/tail.json"
check "a later block's edit: line, column and offset from the start" \
  "$((lines + alone_line)) $alone_column $((bytes + alone_begin))" "$(last_edit "$work/tail.json")"

# Invalid UTF-8 in a later block: the error names its line and column, status 1, and no line
# past it is written. The first 700,000 bytes are cut back to their last whole line, so that no
# character is cut in two before the bad byte.
head -c 700000 "$work/big.txt" | LC_ALL=C sed '$d' > "$work/head.txt"
{ cat "$work/head.txt"; printf 'bad \xff byte\nafter the bad line\n'; cat "$work/once.txt"; } > "$work/bad.txt"
bad_line=$(($(wc -l < "$work/head.txt") + 1))
for jobs in 1 2; do
  "$termnorm" -j "$jobs" --to en < "$work/bad.txt" > "$work/bad.$jobs.out" 2> "$work/bad.$jobs.err"
  check "-j $jobs invalid byte in a later block: status" 2 $?
  check "-j $jobs invalid byte in a later block: message" "termnorm: <stdin>:$bad_line:5: invalid UTF-8" \
    "$(head -1 "$work/bad.$jobs.err")"
  check "-j $jobs invalid byte: nothing after it written" 0 "$(grep -c 'after the bad line' "$work/bad.$jobs.out")"
done
"$termnorm" -j 2 --to en "$work/bad.txt" > "$work/bad.file.out" 2> "$work/bad.file.err"
check "-j 2 invalid byte in a big file: message" "termnorm: $work/bad.txt:$bad_line:5: invalid UTF-8" \
  "$(head -1 "$work/bad.file.err")"
check "-j 2 invalid byte in a big file: nothing written" 0 "$(wc -c < "$work/bad.file.out")"
same_as_one_job_bad() {  # --invalid=replace on the file with the bad line
  cp "$work/bad.txt" "$work/big.txt"
  same_as_one_job "--invalid=replace" --to en --invalid=replace --report=json
}
same_as_one_job_bad

# Streaming on -j 2: each line out while the input is still open, the lines in order.
mkfifo "$work/fifo-in" "$work/fifo-out"
"$termnorm" -j 2 --to en < "$work/fifo-in" > "$work/fifo-out" &
exec 3>"$work/fifo-in" 4<"$work/fifo-out"
for n in 1 2 3; do
  printf '然而, line %s.\n' "$n" >&3
  read -r -t 10 line <&4
  check "-j 2 streams: line $n out before the input ends" "However, line $n." "$line"
done
exec 3>&-
exec 4<&-
wait

finish
