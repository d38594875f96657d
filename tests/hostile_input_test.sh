#!/usr/bin/env bash
# Hostile and odd input through the real binary: each case states the outcome. Invalid UTF-8
# is an error at file:line:column (exit 2, nothing written, the file untouched by -i), or
# with --invalid=replace becomes U+FFFD, counted in the reports; NUL
# bytes pass in a single input and a binary file is skipped in a batch; a byte-order mark,
# CRLF and lone CR are kept; an empty file gives empty output; termbases built to exhaust
# memory are refused with a message. And nothing is lost: checked from the JSON report.
# Usage: hostile_input_test.sh PATH/TO/termnorm
termnorm=$1
source "$(dirname "$0")/shell_check.sh"

# Invalid UTF-8 of every kind: file:line:column, status 2, nothing on stdout; in a batch the
# other files are still done; -i leaves the file byte for byte as it was.
for case in 'overlong:ok\nab\xc0\xaf\n:2:3' 'surrogate:\xed\xa0\x80:1:1' 'truncated:x \xe5\xb9:1:3' \
            'past-max:\xf4\x90\x80\x80 y:1:1' 'crlf-lines:a\r\nb\rc\xff:3:2'; do
  IFS=: read -r name bytes line column <<<"$case"
  printf "$bytes" > "$work/$name.txt"
  out=$("$termnorm" --to en "$work/$name.txt" 2>"$work/err")
  check "invalid UTF-8 ($name): status" 2 $?
  check "invalid UTF-8 ($name): message" "termnorm: $work/$name.txt:$line:$column: invalid UTF-8" "$(cat "$work/err")"
  check "invalid UTF-8 ($name): nothing written" "" "$out"
  out=$("$termnorm" --to en < "$work/$name.txt" 2>"$work/err")
  check "invalid UTF-8 ($name), stdin: message" "termnorm: <stdin>:$line:$column: invalid UTF-8" "$(cat "$work/err")"
  cp "$work/$name.txt" "$work/$name.orig"
  printf '然而\n' > "$work/good-$name.txt"
  "$termnorm" --to en -q -i "$work/$name.txt" "$work/good-$name.txt" 2>/dev/null
  check "invalid UTF-8 ($name), -i: status" 2 $?
  cmp -s "$work/$name.txt" "$work/$name.orig"
  check "invalid UTF-8 ($name), -i: file untouched" 0 $?
  check "invalid UTF-8 ($name), -i: the other file done" "However" "$(cat "$work/good-$name.txt")"
done
printf '{"text":"ok"}\n{"text":"\xed\xa0\x80"}\n' > "$work/bad.jsonl"
"$termnorm" --jsonl --to en "$work/bad.jsonl" >/dev/null 2>"$work/err"
check "invalid UTF-8 in a JSON Lines record: status" 2 $?
check "invalid UTF-8 in a JSON Lines record: message" "termnorm: $work/bad.jsonl:2:10: invalid UTF-8" "$(cat "$work/err")"

# --invalid=replace: U+FFFD for each maximal invalid sequence, and on, for a file, stdin, -i
# and JSON Lines; the reports count the replacements and name the first.
printf '然而 \xe5\xb9 ok\n\xc0\xaf\n' > "$work/replace.txt"
printf 'However \xef\xbf\xbd ok\n\xef\xbf\xbd\xef\xbf\xbd\n' > "$work/replaced.txt"
"$termnorm" --to en --invalid=replace --report=json:"$work/replace.json" "$work/replace.txt" > "$work/out.txt"
check "--invalid=replace: status" 0 $?
cmp -s "$work/out.txt" "$work/replaced.txt"
check "--invalid=replace: a file" 0 $?
"$termnorm" --to en --invalid=replace < "$work/replace.txt" > "$work/out.txt"
cmp -s "$work/out.txt" "$work/replaced.txt"
check "--invalid=replace: stdin" 0 $?
check "--invalid=replace: the JSON report" '{"replaced":3,"line":1,"column":4} 3' \
  "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(json.dumps(r["files"][0]["invalid_utf8"],separators=(",",":")), r["totals"]["invalid_utf8_replaced"])' "$work/replace.json")"
check "--invalid=replace: the text report" "<stdin>:1:4: invalid UTF-8 replaced by U+FFFD (3 sequences in all)" \
  "$("$termnorm" --to en --invalid=replace --report < "$work/replace.txt" 2>&1 >/dev/null | head -1)"
"$termnorm" --to en --invalid=replace -i "$work/replace.txt"
cmp -s "$work/replace.txt" "$work/replaced.txt"
check "--invalid=replace: -i" 0 $?
printf '{"text":"然而\xed\xa0\x80","id":"\xff"}\n{"text":"ok \xc0"}\n' > "$work/replace.jsonl"
check "--invalid=replace: JSON Lines" "$(printf '{"text":"However\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd","id":"\xef\xbf\xbd"}\n{"text":"ok \xef\xbf\xbd"}')" \
  "$("$termnorm" --jsonl --to en --invalid=replace "$work/replace.jsonl")"

# A NUL byte in a JSON Lines record is malformed JSON (it ended the parse, and the bytes after
# it were copied unchecked, invalid UTF-8 included).
printf '{"text":"ok"}\0\235\235\n' > "$work/nul.jsonl"
"$termnorm" --jsonl --to en "$work/nul.jsonl" >/dev/null 2>"$work/err"
check "a NUL byte in a JSON Lines record: status" 2 $?
check "a NUL byte in a JSON Lines record: message" "termnorm: $work/nul.jsonl:1: malformed JSON" "$(cat "$work/err")"

# NUL bytes: text in a single input (stdin or one file), a binary file skipped in a batch.
printf 'The\0 干细胞 work.\n' > "$work/nul.txt"
check "NUL bytes pass in one input" "$(printf 'The\0 stem cells work.\n' | od -c)" "$("$termnorm" --to en "$work/nul.txt" | od -c)"
check "NUL bytes pass on stdin" "$(printf 'The\0 stem cells work.\n' | od -c)" "$("$termnorm" --to en < "$work/nul.txt" | od -c)"
printf '然而\n' > "$work/text.txt"
out=$("$termnorm" --to en "$work/nul.txt" "$work/text.txt" 2>"$work/err")
check "a binary file in a batch: status" 0 $?
check "a binary file in a batch: the text file done" "However" "$out"
check "a binary file in a batch: note" "termnorm: $work/nul.txt: skipped: a binary file (NUL byte at offset 3)" \
  "$(head -1 "$work/err")"
cp "$work/nul.txt" "$work/nul.orig"
"$termnorm" --to en -q -i "$work/nul.txt" "$work/text.txt"
cmp -s "$work/nul.txt" "$work/nul.orig"
check "a binary file with -i: untouched" 0 $?

# A byte-order mark is kept; CRLF and lone CR line endings are kept.
check "BOM kept" "$(printf '\xef\xbb\xbfHowever, yes.\r\nHowever.\rNo.\n' | od -c)" \
  "$(printf '\xef\xbb\xbf然而, yes.\r\n然而.\rNo.\n' | "$termnorm" --to en | od -c)"
printf '\xef\xbb\xbf然而, yes.\r\n然而.\r' > "$work/crlf.txt"
"$termnorm" --to en -i "$work/crlf.txt"
check "BOM, CRLF and CR kept by -i" "$(printf '\xef\xbb\xbfHowever, yes.\r\nHowever.\r' | od -c)" "$(od -c < "$work/crlf.txt")"

# An empty file: empty output, status 0, -i leaves it alone.
: > "$work/empty.txt"
out=$("$termnorm" --to en "$work/empty.txt"; echo "status $?")
check "empty file" "status 0" "$out"
check "empty stdin" "status 0" "$("$termnorm" < /dev/null; echo "status $?")"
"$termnorm" -i "$work/empty.txt"
check "empty file with -i" "0" "$(stat -c %s "$work/empty.txt")"

# Other scripts pass through byte for byte.
text='カタカナ、ひらがな。한국어 문장. Кириллица, текст.'
check "kana, Hangul, Cyrillic to en" "$text" "$(printf '%s' "$text" | "$termnorm" --to en)"
check "kana, Hangul, Cyrillic to zh" "$text" "$(printf '%s' "$text" | "$termnorm" --to zh)"

# A termbase built to exhaust memory is refused with a message, status 2.
{
  printf 'termnorm-lexicon: 1\nconcepts: &a0 [x, x, x, x, x, x, x, x]\nrules:\n'
  for i in $(seq 1 24); do printf '  - &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n' $i $((i-1)) $((i-1)) $((i-1)) $((i-1)) $((i-1)) $((i-1)) $((i-1)) $((i-1)); done
} > "$work/bomb.yaml"
"$termnorm" -l "$work/bomb.yaml" </dev/null 2>"$work/err"
check "alias bomb: status" 2 $?
grep -q "^termnorm: $work/bomb.yaml:[0-9]*:[0-9]*: aliases expand to more nodes than the file has bytes" "$work/err"
check "alias bomb: message" 0 $?
{ printf 'termnorm-lexicon: 1\nconcepts: '; head -c 50000 /dev/zero | tr '\0' '['; } > "$work/deep.yaml"
"$termnorm" -l "$work/deep.yaml" </dev/null 2>"$work/err"
check "deep nesting: status" 2 $?
grep -q "^termnorm: $work/deep.yaml:[0-9]*:[0-9]*: nested more than 32 levels deep" "$work/err"
check "deep nesting: message" 0 $?

# RE2 stays quiet (past its budget of visits it wrote "ShortVisit called" to stderr, thousands
# of times): a pattern over 64 KiB is refused with one message, ours, by the normalizer and by
# lexicon check; many large rules (over 256 KiB together) all run, with nothing on stderr.
alternation() { python3 -c "import sys; print('|'.join('w%d' % i for i in range(int(sys.argv[1]))))" "$1"; }
rule() { printf '  - id: %s\n    from: en\n    en: '"'"'(?:%s) {X}'"'"'\n    zh: '"'"'{X}'"'"'\n' "$1" "$2"; }
head="$(printf 'termnorm-lexicon: 1\nconcepts:\n  - {id: cells, en: cells, zh: 细胞}\nrules:')"
{ echo "$head"; rule huge "$(alternation 100000)"; } > "$work/huge-rule.yaml"
echo x | "$termnorm" -l "$work/huge-rule.yaml" --to zh >/dev/null 2>"$work/err"
check "a rule pattern over 64 KiB: status" 2 $?
check "a rule pattern over 64 KiB: one message, ours" \
  "termnorm: $work/huge-rule.yaml:5:5: rule 'huge' does not compile: pattern too large (688897 bytes; at most 65536)" "$(cat "$work/err")"
"$termnorm" lexicon check "$work/huge-rule.yaml" >"$work/out" 2>&1
check "a rule pattern over 64 KiB, lexicon check: nothing from RE2" 0 "$(grep -c 're2/' "$work/out")"
{ echo "$head"; for k in 1 2 3 4 5 6 7 8 9 10; do rule "r$k" "$(alternation 9000)"; done; } > "$work/many-rules.yaml"
check "rules over 256 KiB together: they run" "细胞" "$(echo 'w7 cells' | "$termnorm" -l "$work/many-rules.yaml" --to zh 2>"$work/err")"
check "rules over 256 KiB together: nothing on stderr" "" "$(cat "$work/err")"

# Nothing lost, from the JSON report: the input bytes outside the replacements' spans appear in
# the output in order, and the replacements applied to the input give the output byte for
# byte (the seam spaces the renderer adds and drops are replacements of kind spacing).
for f in "$(dirname "$0")"/../examples/*.txt; do
  for to in en zh; do
    "$termnorm" --to "$to" --unify --report=json:"$work/report.json" "$f" > "$work/out.txt"
    python3 - "$f" "$work/out.txt" "$work/report.json" > "$work/lost" <<'PY'
import json, sys
data = open(sys.argv[1], "rb").read()
out = open(sys.argv[2], "rb").read()
edits = json.load(open(sys.argv[3]))["files"][0].get("replacements", [])
kept, rebuilt, at, found = [], b"", 0, 0
for e in edits:
    kept.append(data[at:e["begin"]])
    rebuilt += data[at:e["begin"]] + e["result"].encode()
    assert data[e["begin"]:e["end"]] == e["source"].encode(), e
    at = e["end"]
kept.append(data[at:])
rebuilt += data[at:]
for byte in b"".join(kept):
    found = out.find(bytes([byte]), found)
    if found < 0:
        print("lost"); sys.exit()
    found += 1
print("kept" if rebuilt == out else "edits do not explain the output", len(edits) > 0)
PY
    check "nothing lost per the JSON report: $(basename "$f") to $to" "kept True" "$(cat "$work/lost")"
  done
done

finish
