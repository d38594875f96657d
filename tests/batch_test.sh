#!/usr/bin/env bash
# Drives the real termnorm binary as shell scripts use it: folders, in-place editing and its
# atomicity, --check, --diff, reports, JSON Lines, parallel jobs, streaming stdin, exit statuses.
# Usage: batch_test.sh PATH/TO/termnorm SCHEMA.json
termnorm=$1
schema=$2
source "$(dirname "$0")/shell_check.sh"

# A small tree: two mixed files, a clean one, a Markdown file, and what a walk must skip.
tree() {
  rm -rf "$work/tree" && mkdir -p "$work/tree/sub" "$work/tree/.git" "$work/tree/skip"
  printf '然而, it works.\n' > "$work/tree/a.txt"
  printf 'Clean English text.\n' > "$work/tree/b.txt"
  printf '# 结论\n\n干细胞治疗 helps.\n' > "$work/tree/sub/c.md"
  printf '然而\n' > "$work/tree/sub/d.csv"            # not *.txt or *.md: not taken
  printf '然而\n' > "$work/tree/.git/e.txt"           # hidden
  printf '然而\n' > "$work/tree/skip/f.txt"           # excluded below
  printf 'bin\0ary 然而\n' > "$work/tree/sub/g.txt"    # binary
}

# -r with the default globs, --exclude, hidden and binary files skipped with notes.
tree
out=$("$termnorm" --to en -r --exclude skip "$work/tree" 2>"$work/err")
check "-r status" 0 $?
check "-r output, files in path order" $'However, it works.\nClean English text.\n# Conclusion\n\nStem cell therapy helps.' "$out"
grep -q "tree/.git: skipped: hidden" "$work/err"
check "-r notes a hidden folder" 0 $?
grep -q "sub/g.txt: skipped: a binary file" "$work/err"
check "-r notes a binary file" 0 $?
check "-r summary" "3 files, 2 changed, 0 with untranslated text, 0 errors, 1 skipped" "$(tail -1 "$work/err")"
out=$("$termnorm" --to en -r --include '*.csv' "$work/tree" 2>/dev/null)
check "--include" "However" "$out"
"$termnorm" --to en "$work/tree" >/dev/null 2>"$work/err"
check "a folder without -r: status" 2 $?
check "a folder without -r: message" "termnorm: $work/tree: is a folder (use -r to walk it)" "$(head -1 "$work/err")"

# -q: no notes, no summary.
check "-q" "" "$("$termnorm" --to en -r -q "$work/tree" 2>&1 >/dev/null)"

# --output-dir mirrors the tree; the inputs stay as they were.
tree
"$termnorm" --to en -r -q --output-dir "$work/out" "$work/tree"
check "--output-dir mirrors" "Stem cell therapy helps." "$(tail -1 "$work/out/sub/c.md")"
check "--output-dir leaves inputs" "然而, it works." "$(cat "$work/tree/a.txt")"
check "--output-dir writes unchanged files too" "Clean English text." "$(cat "$work/out/b.txt")"

# -i rewrites in place, keeps permissions, touches no unchanged file; --in-place=SUFFIX backs up.
tree
chmod 640 "$work/tree/a.txt"
touch -d '2001-01-01' "$work/tree/b.txt"
"$termnorm" --to en -r -q -i "$work/tree"
check "-i rewrites" "However, it works." "$(cat "$work/tree/a.txt")"
check "-i keeps permissions" "640" "$(stat -c %a "$work/tree/a.txt")"
check "-i leaves an unchanged file alone" "2001" "$(date -r "$work/tree/b.txt" +%Y)"
check "-i leaves no temporary file" "" "$(find "$work/tree" -name '*.termnorm-*')"
tree
"$termnorm" --to en --in-place=.orig "$work/tree/a.txt"
check "--in-place=SUFFIX: new text" "However, it works." "$(cat "$work/tree/a.txt")"
check "--in-place=SUFFIX: backup" "然而, it works." "$(cat "$work/tree/a.txt.orig")"
ln -s a.txt.orig "$work/tree/link.txt"
"$termnorm" --to en -i "$work/tree/link.txt"
check "-i follows a symbolic link" "However, it works." "$(cat "$work/tree/a.txt.orig")"
check "-i keeps the link" "a.txt.orig" "$(readlink "$work/tree/link.txt")"

# Atomicity: a file that cannot be written stays byte-identical, the others are still done,
# and the status says so. (1) A file-size limit makes the write fail part-way.
tree
head -c 30000 /dev/zero | tr '\0' 'a' > "$work/tree/big.txt"
printf '\n然而\n' >> "$work/tree/big.txt"
cp "$work/tree/big.txt" "$work/big.before"
(ulimit -f 20; "$termnorm" --to en -q -i "$work/tree/big.txt" "$work/tree/a.txt" 2>"$work/err")
check "file-size limit: status" 2 $?
cmp -s "$work/tree/big.txt" "$work/big.before"
check "file-size limit: file unchanged" 0 $?
check "file-size limit: message" "termnorm: $work/tree/big.txt: cannot write: File too large (the file is unchanged)" "$(cat "$work/err")"
check "file-size limit: other file done" "However, it works." "$(cat "$work/tree/a.txt")"
check "file-size limit: no temporary file" "" "$(find "$work/tree" -name '*.termnorm-*')"
# (2) A read-only folder (as an unprivileged user: root may write anywhere).
tree
chmod 555 "$work/tree/sub"
as_user=()
[ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
cp "$work/tree/sub/c.md" "$work/c.before"
"${as_user[@]}" "$termnorm" --to en -q -i "$work/tree/sub/c.md" 2>"$work/err"
check "read-only folder: status" 2 $?
cmp -s "$work/tree/sub/c.md" "$work/c.before"
check "read-only folder: file unchanged" 0 $?
grep -q "sub/c.md: cannot create a temporary file beside it: Permission denied (the file is unchanged)" "$work/err"
check "read-only folder: message" 0 $?
chmod 755 "$work/tree/sub"
# (3) Invalid UTF-8: an error naming line and column; the file is not touched.
printf 'ok\n\xc3\x28 然而\n' > "$work/tree/bad.txt"
cp "$work/tree/bad.txt" "$work/bad.before"
"$termnorm" --to en -i "$work/tree/bad.txt" 2>"$work/err"
check "invalid UTF-8 in place: status" 2 $?
cmp -s "$work/tree/bad.txt" "$work/bad.before"
check "invalid UTF-8 in place: unchanged" 0 $?
check "invalid UTF-8 in place: message" "termnorm: $work/tree/bad.txt:2:1: invalid UTF-8" "$(cat "$work/err")"

# --check: status 0 on a clean folder, 1 on a dirty one, with the files listed; nothing written.
tree
rm "$work/tree/sub/g.txt"
"$termnorm" --to en -r --check -q --exclude skip --exclude a.txt --exclude sub "$work/tree"
check "--check clean folder" 0 $?
out=$("$termnorm" --to en -r --check -q "$work/tree")
check "--check dirty folder: status" 1 $?
check "--check lists" $'/a.txt: would change\n/skip/f.txt: would change\n/sub/c.md: would change' "$(echo "$out" | sed "s|$work/tree||")"
check "--check writes nothing" "然而, it works." "$(cat "$work/tree/a.txt")"
printf 'It is 喵喵 here.\n' > "$work/left.txt"
check "--check lists text left in the other language" "$work/left.txt: 1 span left in Chinese" "$("$termnorm" --to en --check "$work/left.txt")"
"$termnorm" --to en --check -i "$work/tree/a.txt" 2>/dev/null
check "--check with -i is a usage error" 2 $?

# --diff: a unified diff that patch applies to give the normalized file.
tree
cp "$work/tree/sub/c.md" "$work/c.md"
printf 'no newline at the end: 然而' > "$work/tail.txt"
for f in "$work/c.md" "$work/tail.txt"; do
  "$termnorm" --to en --diff "$f" > "$work/d.patch"
  "$termnorm" --to en "$f" > "$work/expected"
  patch -s "$f" < "$work/d.patch"
  cmp -s "$f" "$work/expected"
  check "--diff applied with patch: $(basename "$f")" 0 $?
done
check "--diff of a clean file is empty" "" "$("$termnorm" --to en --diff "$work/tree/b.txt")"
"$termnorm" --to en --diff --color=always "$work/tree/a.txt" | grep -q $'\033\\[31m-'
check "--color=always colours" 0 $?
NO_COLOR=1 "$termnorm" --to en --diff --color=auto "$work/tree/a.txt" | grep -q $'\033'
check "--color=auto honours NO_COLOR (and no terminal)" 1 $?

# --report: text on stderr, JSON on stderr or in a file, valid against the schema.
printf 'Line.\n然而, 喵喵 yes.\n' > "$work/r.txt"
"$termnorm" --to en --report "$work/r.txt" 2>"$work/err" >/dev/null
check "--report text" "$work/r.txt:2:1: phrase '然而' -> 'However' [however]" "$(head -1 "$work/err")"
"$termnorm" --to en --report=json:"$work/report.json" "$work/r.txt" "$work/tree/b.txt" "$work/missing.txt" >/dev/null 2>&1
check "--report=json with an error: status" 2 $?
printf 'ok \xc0 然而\n' > "$work/invalid.txt"
"$termnorm" --to en --invalid=replace --report=json:"$work/replaced.json" "$work/invalid.txt" "$work/r.txt" >/dev/null
python3 - "$schema" "$work/report.json" "$work/replaced.json" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
for path in sys.argv[2:]:
    jsonschema.Draft202012Validator(schema).validate(json.load(open(path)))
PY
check "--report=json validates against docs/report-schema.json (with --invalid=replace too)" 0 $?
check "--report=json counts what --invalid=replace replaced" "1 1 4 1" "$(python3 -c '
import json, sys; r = json.load(open(sys.argv[1])); i = r["files"][0]["invalid_utf8"]
print(i["replaced"], i["line"], i["column"], r["totals"]["invalid_utf8_replaced"])' "$work/replaced.json")"
python3 - "$work/report.json" > "$work/summary" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
f = r["files"][0]
e = f["replacements"][0]
u = f["untranslated"][0]
print(f["status"], e["line"], e["column"], e["source"], e["result"], e["concept"], u["line"], u["column"], u["text"])
print([x["status"] for x in r["files"]], r["totals"]["files"], r["totals"]["errors"])
PY
check "--report=json content" $'changed 2 1 然而 However however 2 5 喵喵\n[\'changed\', \'unchanged\', \'error\'] 3 1' "$(cat "$work/summary")"
"$termnorm" --to en --report=xml "$work/r.txt" >/dev/null 2>&1
check "--report with an unknown format" 2 $?

# --mark-residual, in both styles.
check "--mark-residual" "However, ⟦喵喵⟧ yes." "$(printf '然而, 喵喵 yes.' | "$termnorm" --to en --mark-residual)"
check "--mark-residual=html" 'However, <mark lang="zh">喵喵</mark> yes.' \
  "$(printf '然而, 喵喵 yes.' | "$termnorm" --to en --mark-residual=html)"

# -o: all outputs in order, written once.
"$termnorm" --to en -q -o "$work/all.txt" "$work/tree/a.txt" "$work/tree/b.txt"
check "-o" $'However, it works.\nClean English text.' "$(cat "$work/all.txt")"

# -j: parallel files, output in input order, same as one job.
mkdir -p "$work/many"
for i in $(seq 1 60); do printf 'Article %d. 然而, 干细胞治疗 works.\n' "$i" > "$work/many/$(printf '%03d' "$i").txt"; done
"$termnorm" --to en -q -r -j 1 "$work/many" > "$work/j1"
"$termnorm" --to en -q -r -j 4 "$work/many" > "$work/j4"
cmp -s "$work/j1" "$work/j4"
check "-j 4 equals -j 1" 0 $?
check "-j keeps input order" "60" "$(grep -c 'However, stem cell therapy' "$work/j4")"

# -j with -i and --output-dir: every file written as one job writes it (the flushes and
# renames run on threads of their own), none left half-done, reports in input order.
cp -r "$work/many" "$work/many-i"
"$termnorm" --to en -q -j 2 -i --report=json:"$work/many-i.json" "$work/many-i"/*.txt
check "-j 2 -i: status" 0 $?
cat "$work/many-i"/*.txt > "$work/many-i.all"
cmp -s "$work/j1" "$work/many-i.all"
check "-j 2 -i: every file rewritten as -j 1 writes it" 0 $?
check "-j 2 -i: no temporary file" "" "$(find "$work/many-i" -name '.*')"
check "-j 2 -i: report in input order" "$(printf '%s\n' "$work/many-i"/*.txt)" \
  "$(python3 -c 'import json, sys; print("\n".join(f["file"] for f in json.load(open(sys.argv[1]))["files"]))' \
     "$work/many-i.json")"
"$termnorm" --to en -q -j 2 --output-dir "$work/many-out" "$work/many"/*.txt
cat "$work/many-out"/*.txt > "$work/many-out.all"
cmp -s "$work/j1" "$work/many-out.all"
check "-j 2 --output-dir: every file written" 0 $?

# -j 2 -i with a file in the middle that cannot be written (a file-size limit): it stays
# byte-identical and is reported, in its place among the others' messages; the rest are done.
rm -rf "$work/mid" && mkdir "$work/mid"
for i in $(seq 1 30); do printf '%d. 然而, it works.\n' "$i" > "$work/mid/$(printf '%02d' "$i").txt"; done
head -c 30000 /dev/zero | tr '\0' 'a' > "$work/mid/15.txt"
printf '\n然而\n' >> "$work/mid/15.txt"
cp "$work/mid/15.txt" "$work/mid-15.before"
printf 'bin\0ary\n' > "$work/mid/16.txt"
(ulimit -f 20; "$termnorm" --to en -j 2 -i "$work/mid"/*.txt 2>"$work/err")
check "-j 2 -i, a failing file: status" 2 $?
cmp -s "$work/mid/15.txt" "$work/mid-15.before"
check "-j 2 -i, a failing file: left byte-identical" 0 $?
check "-j 2 -i, a failing file: messages in input order" \
  "termnorm: $work/mid/15.txt: cannot write: File too large (the file is unchanged)
termnorm: $work/mid/16.txt: skipped: a binary file (NUL byte at offset 3)
29 files, 28 changed, 0 with untranslated text, 1 error, 1 skipped" "$(cat "$work/err")"
check "-j 2 -i, a failing file: the others rewritten" 28 "$(grep -l '^[0-9]*\. However, it works\.$' "$work/mid"/*.txt | wc -l)"
check "-j 2 -i, a failing file: no temporary file" "" "$(find "$work/mid" -name '.*')"

# A rename that fails (a folder where the output should go): reported, the others written.
rm -rf "$work/mid-out" && mkdir -p "$work/mid-out/07.txt"
"$termnorm" --to en -q -j 2 --output-dir "$work/mid-out" "$work/mid"/0*.txt 2>"$work/err"
check "-j 2 --output-dir, a failing rename: status" 2 $?
check "-j 2 --output-dir, a failing rename: message" \
  "termnorm: $work/mid-out/07.txt: cannot replace the file: Is a directory" "$(cat "$work/err")"
check "-j 2 --output-dir, a failing rename: the others written" 8 "$(find "$work/mid-out" -type f | wc -l)"
check "-j 2 --output-dir, a failing rename: no temporary file" "" "$(find "$work/mid-out" -name '.*')"

# JSON Lines: the field normalized, the other fields and the order kept; --on-error.
printf '{"id":1,"doc":{"text":"然而, it works."},"tag":"x"}\nnot json\n{"id":3,"doc":{"text":"干细胞治疗 helps."}}\n' > "$work/r.jsonl"
out=$("$termnorm" --to en --jsonl --field doc.text < "$work/r.jsonl" 2>"$work/err")
check "--jsonl fail: status" 2 $?
check "--jsonl fail: lines before the error written" '{"id":1,"doc":{"text":"However, it works."},"tag":"x"}' "$out"
check "--jsonl fail: message" "termnorm: <stdin>:2: malformed JSON" "$(cat "$work/err")"
out=$("$termnorm" --to en --jsonl --field doc.text --on-error=skip "$work/r.jsonl" 2>"$work/err")
check "--jsonl skip: status" 0 $?
check "--jsonl skip: output" $'{"id":1,"doc":{"text":"However, it works."},"tag":"x"}\n{"id":3,"doc":{"text":"Stem cell therapy helps."}}' "$out"
check "--jsonl skip: note" "termnorm: $work/r.jsonl:2: malformed JSON (line skipped)" "$(cat "$work/err")"
out=$("$termnorm" --to en --jsonl --field doc.text --on-error=pass < "$work/r.jsonl" 2>/dev/null)
check "--jsonl pass" "not json" "$(echo "$out" | sed -n 2p)"
check "--jsonl a missing field" "termnorm: <stdin>:1: no field 'body'" \
  "$(echo '{"text":"x"}' | "$termnorm" --jsonl --field body 2>&1 >/dev/null)"
check "--jsonl an untouched record is copied byte for byte" '{"text": "Clean.",  "n": 2.50}' \
  "$(echo '{"text": "Clean.",  "n": 2.50}' | "$termnorm" --to en --jsonl)"

# GNU parallel: termnorm as a record filter gives, record for record, a single run's output.
for i in $(seq 1 400); do printf '{"n":%d,"text":"记录 %d: 然而, 间充质干细胞 (MSCs) 可以 help."}\n' "$i" "$i"; done > "$work/corpus.jsonl"
"$termnorm" --to en --jsonl < "$work/corpus.jsonl" > "$work/single.jsonl"
parallel --will-cite --pipe --keep-order --block 2k -j 2 "$termnorm" --to en --jsonl < "$work/corpus.jsonl" > "$work/parallel.jsonl"
cmp -s "$work/single.jsonl" "$work/parallel.jsonl"
check "GNU parallel --pipe equals a single run" 0 $?
check "GNU parallel: every record" 400 "$(wc -l < "$work/parallel.jsonl")"

# Streaming stdin: a line comes out while the input is still open.
mkfifo "$work/fifo-in" "$work/fifo-out"
"$termnorm" --to en < "$work/fifo-in" > "$work/fifo-out" &
exec 3>"$work/fifo-in" 4<"$work/fifo-out"
printf '然而, first.\n' >&3
read -r -t 10 line <&4
check "stdin streams: output before input ends" "However, first." "$line"
printf '喵呜 line\n' >&3
exec 3>&-
read -r -t 10 line <&4
exec 4<&-
wait
check "stdin streams: the rest after the end" "喵呜 line" "$line"

# Usage errors: status 2.
"$termnorm" -i < /dev/null 2>/dev/null
check "-i on stdin" 2 $?
"$termnorm" -i -o x "$work/tree/a.txt" 2>/dev/null
check "-i with -o" 2 $?
"$termnorm" --jobs 0 "$work/tree/a.txt" 2>/dev/null
check "--jobs 0" 2 $?

finish
