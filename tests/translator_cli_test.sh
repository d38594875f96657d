#!/usr/bin/env bash
# Drives `termnorm glossary` and `termnorm scan` on the examples and on small drafts: each
# format (table, CSV, TBX; text, JSON, SARIF validated against its essential schema rules), exit
# statuses, errors; and runs the README's "For translators" commands as written.
# Usage: translator_cli_test.sh PATH/TO/termnorm SOURCE_DIR
termnorm=$1
source_dir=$2
source "$(dirname "$0")/shell_check.sh"
examples="$source_dir/examples"

# A draft with one finding of each rule, in English, checked against the unit tests' termbase.
printf 'Stem cell therapy works.\nA stem cell treatment of 造血干细胞 with stem-cells therapy and 某某.\n' > "$work/draft.txt"
small=(--no-default-lexicon -l "$source_dir/tests/data/small_lexicon.yaml")

# --- glossary ---------------------------------------------------------------------------------
# CSV (the default off a terminal): RFC 4180, the export's columns then the usage columns.
"$termnorm" glossary "${small[@]}" "$work/draft.txt" > "$work/g.csv"
check "glossary status" 0 $?
python3 - "$work/g.csv" "$work/draft.txt" > "$work/out" <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.endswith(b"\r\n"), "CRLF line ends"
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
for r in rows:
    print(r["id"], r["en"], r["zh"], r["count"], r["first"].replace(sys.argv[2], "F"), r["en_used"], r["zh_used"], sep="|")
PY
check "glossary CSV rows" "stem-cell-therapy|stem cell therapy|干细胞治疗|3|F:1:1|Stem cell therapy (1)|stem cell treatment (1)|stem-cells therapy (1)|
hematopoietic-stem-cells|hematopoietic stem cells|造血干细胞|1|F:2:26||造血干细胞 (1)" "$(cat "$work/out")"

# The table: a header, one row per concept, the Chinese column aligned (two columns a character).
"$termnorm" glossary --format table "${small[@]}" "$work/draft.txt" > "$work/t.txt"
check "glossary table rows" 3 "$(wc -l < "$work/t.txt")"
check "glossary table: forms used and roles" 1 "$(grep -c 'stem cell treatment (variant) ×1' "$work/t.txt")"
count_columns=$(python3 -c '
import sys, unicodedata
def width(s): return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
def at_column(line, column):  # the character that starts at terminal column `column`
    return next((line[k] for k in range(len(line)) if width(line[:k]) == column), "")
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
column = width(lines[0][:lines[0].index("count")])
print(all(at_column(line, column).isdigit() for line in lines[1:]))
' "$work/t.txt")
check "glossary table: counts aligned under 'count'" "True" "$count_columns"

# TBX: well-formed, TBX-Basic, the concepts found and no others, as lexicon export writes them.
"$termnorm" glossary --format tbx "$examples/parkinsons.txt" -o "$work/g.tbx"
check "glossary TBX status" 0 $?
check "glossary TBX is well-formed" 0 "$(xmllint --noout "$work/g.tbx"; echo $?)"
"$termnorm" glossary --format csv "$examples/parkinsons.txt" > "$work/p.csv"
"$termnorm" lexicon export --format tbx -o "$work/all.tbx"
python3 - "$work/g.tbx" "$work/p.csv" "$work/all.tbx" > "$work/out" <<'PY'
import csv, sys, xml.etree.ElementTree as ET
ns = {"t": "urn:iso:std:iso:30042:ed-2"}
def entries(path):
    root = ET.parse(path).getroot()
    assert root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    found = {}
    for e in root.iterfind(".//t:conceptEntry", ns):
        e.tail = None
        found[e.get("id")] = ET.tostring(e)
    return found
glossary, everything = entries(sys.argv[1]), entries(sys.argv[3])
ids = [r["id"] for r in csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8"))]
print(sorted(glossary) == sorted(ids), len(ids) > 10, all(glossary[i] == everything[i] for i in ids))
PY
check "glossary TBX: the CSV's concepts, entries as the export writes them" "True True True" "$(cat "$work/out")"

# Kinds; several files (first positions name the file); standard input.
check "glossary --kind phrase" "however" \
  "$(printf '然而 it works.\n' | "$termnorm" glossary --kind phrase | tail -n +2 | cut -d, -f1)"
check "glossary of standard input" "stem-cells,<stdin>:1:3" \
  "$(printf 'A 干细胞.\n' | "$termnorm" glossary | python3 -c 'import csv, sys; r = list(csv.reader(sys.stdin))[1]; print(r[0] + "," + r[-3])')"
out=$("$termnorm" glossary "$examples/diabetes-zh.txt" "$examples/parkinsons.txt" | grep '^parkinsons-disease,')
check "glossary over files: first position in the second file" 1 "$(grep -c ",$examples/parkinsons.txt:1:23," <<< "$out")"

# Errors: an unreadable file (status 2, the others still listed), invalid UTF-8, a bad termbase.
"$termnorm" glossary "${small[@]}" "$work/missing.txt" "$work/draft.txt" > "$work/out" 2> "$work/err"
check "glossary missing file status" 2 $?
check "glossary missing file message" "termnorm: $work/missing.txt: cannot open the file" "$(cat "$work/err")"
check "glossary missing file: others listed" 3 "$(wc -l < "$work/out")"
printf 'ok\nab\xff\n' > "$work/bad.txt"
"$termnorm" glossary "$work/bad.txt" > /dev/null 2> "$work/err"
check "glossary invalid UTF-8" "2 termnorm: $work/bad.txt:2:3: invalid UTF-8" "$? $(cat "$work/err")"
"$termnorm" glossary --format xml "$work/draft.txt" > /dev/null 2>&1
check "glossary bad format status" 2 $?

# --- scan -------------------------------------------------------------------------------------
# Text: compiler-style lines, one rule each, status 1.
(cd "$work" && "$termnorm" scan "${small[@]}" draft.txt > scan.txt)
check "scan status with findings" 1 $?
check "scan text" "draft.txt:2:3: warning: 'stem cell treatment' and 'Stem cell therapy' (line 1) name one concept; use 'stem cell therapy' throughout [inconsistent]
draft.txt:2:26: warning: Chinese in English text: '造血干细胞'; use 'hematopoietic stem cells' [other-language]
draft.txt:2:37: error: deprecated form 'stem-cells therapy'; use 'stem cell therapy' [deprecated]
draft.txt:2:60: warning: Chinese left in English text: '某某' (no termbase entry covers it) [untranslated]" "$(cat "$work/scan.txt")"

# Clean text: nothing, status 0; the normalized examples are clean.
printf 'Stem cell therapy works.\n' > "$work/clean.txt"
check "scan clean: output and status" "0:" "$("$termnorm" scan "$work/clean.txt"; echo "$?:")"
"$termnorm" --to en "$examples/parkinsons.txt" > "$work/parkinsons.en.txt"
"$termnorm" scan --to en "$work/parkinsons.en.txt" > "$work/out"
check "scan: a normalized example has no other-language finding" 0 "$(grep -c '\[other-language\]$' "$work/out")"

# Every example: the text findings, the JSON findings and the SARIF results agree, line for line.
for f in "$examples"/*.txt; do
  name=$(basename "$f")
  "$termnorm" scan "$f" > "$work/s.txt"
  check "scan $name status" 1 $?
  "$termnorm" scan --format json "$f" > "$work/s.json"
  check "scan $name json status" 1 $?
  "$termnorm" scan --format sarif "$f" > "$work/s.sarif"
  python3 - "$work/s.txt" "$work/s.json" "$work/s.sarif" "$source_dir/tests/data/sarif-essentials.schema.json" \
    > "$work/out" 2>&1 <<'PY'
import json, sys, jsonschema
text = open(sys.argv[1], encoding="utf-8").read().splitlines()
report, log = json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
schema = json.load(open(sys.argv[4]))
jsonschema.Draft202012Validator.check_schema(schema)
jsonschema.Draft202012Validator(schema).validate(log)
findings = report["files"][0]["findings"]
from_json = ["%s:%d:%d: %s: %s [%s]" % (report["files"][0]["file"], f["line"], f["column"], f["severity"], f["message"], f["rule"])
             for f in findings]
run = log["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
from_sarif = []
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]
    assert rules[r["ruleIndex"]] == r["ruleId"]
    from_sarif.append("%s:%d:%d: %s: %s [%s]" % (report["files"][0]["file"], loc["region"]["startLine"],
                      loc["region"]["startColumn"], r["level"], r["message"]["text"], r["ruleId"]))
print(text == from_json, text == from_sarif, len(text) > 0)
PY
  check "scan $name: text = JSON = SARIF (schema-valid)" "True True True" "$(cat "$work/out")"
done

# SARIF: file names as URIs; an unreadable input is a notification, status 2.
cp "$work/draft.txt" "$work/my draft.txt"
(cd "$work" && "$termnorm" scan "${small[@]}" --format sarif "my draft.txt" missing.txt > s.sarif 2> err)
check "scan SARIF with an unreadable input: status" 2 $?
check "scan SARIF uri and notification" "my%20draft.txt False missing.txt: cannot open the file" "$(python3 -c '
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
inv = run["invocations"][0]
print(run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], inv["executionSuccessful"],
      inv["toolExecutionNotifications"][0]["message"]["text"])' "$work/s.sarif")"

# --to: the same Chinese sentence checked as Chinese is clean, as English is not.
check "scan --to zh: clean Chinese" 0 "$(printf '干细胞治疗很有前途。\n' | "$termnorm" scan --to zh > /dev/null; echo $?)"
check "scan --to en: Chinese text" 1 "$(printf '干细胞治疗很有前途。\n' | "$termnorm" scan --to en > /dev/null; echo $?)"
"$termnorm" scan --format xml "$work/draft.txt" > /dev/null 2>&1
check "scan bad format status" 2 $?
"$termnorm" scan -l "$work/missing.yaml" "$work/draft.txt" > /dev/null 2>&1
check "scan missing termbase status" 2 $?

# --- the README -------------------------------------------------------------------------------
# The "For translators" commands run as written: glossary and the review page with status 0, scan
# with 1 (the examples have findings); the files they name are written.
mkdir "$work/readme" && cp -r "$examples" "$work/readme/"
awk '/^## For translators/ {in_section = 1; next} /^## / {in_section = 0}
     in_section && /^```sh/ {in_block = 1; next} in_block && /^```/ {in_block = 0}
     in_section && in_block' "$source_dir/README.md" > "$work/readme/commands.sh"
check "README has translator examples" 6 "$(grep -c . "$work/readme/commands.sh")"
while IFS= read -r line; do
  expected=0
  [[ $line == "termnorm scan"* ]] && expected=1
  (cd "$work/readme" && PATH="$(dirname "$termnorm"):$PATH" bash -c "$line" >/dev/null 2>&1)
  check "README: $line" "$expected" $?
done < "$work/readme/commands.sh"
for written in glossary.csv glossary.tbx scan.sarif review.html parkinsons.en.txt; do
  check "README: $written written" 1 "$([ -s "$work/readme/$written" ] && echo 1)"
done
# The README's scan example, as printed there: its draft made by its own printf line.
(cd "$work/readme" && bash -c "$(awk '/^\$ printf .* > draft.txt$/ {sub(/^\$ /, ""); print}' "$source_dir/README.md")")
check "README: scan example" "$(awk '/^\$ termnorm scan draft.txt/ {on = 1; next} on && /^```/ {on = 0} on' "$source_dir/README.md")" \
  "$(cd "$work/readme" && "$termnorm" scan draft.txt)"

finish
