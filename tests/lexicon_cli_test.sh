#!/usr/bin/env bash
# Drives `termnorm lexicon ...`: check's findings and exit status, stats, lookup, export to CSV
# and TBX (well-formed XML whose content matches the termbase), import, and the round trip
# export → import → export.
# Usage: lexicon_cli_test.sh PATH/TO/termnorm SOURCE_DIR
termnorm=$1
source_dir=$2
data="$source_dir/tests/data"
source "$(dirname "$0")/shell_check.sh"

# check: findings on stdout as file:line:column, a summary on stderr, status 1 on an error.
(cd "$data/lint" && "$termnorm" lexicon check same-form.yaml >"$work/out" 2>"$work/err")
check "check error status" 1 $?
check "check finding" "same-form.yaml:5:59: error" "$(cut -d: -f1-4 "$work/out")"
check "check summary" "termnorm lexicon check: 1 file, 1 error, 0 warnings" "$(cat "$work/err")"
(cd "$data/lint" && "$termnorm" lexicon check spacing.yaml >"$work/out" 2>/dev/null)
check "warnings only: status 0" 0 $?
check "warnings listed" 2 "$(grep -c ': warning: .*\[spacing\]$' "$work/out")"
"$termnorm" lexicon check "$work/missing.yaml" >/dev/null 2>"$work/err"
check "unreadable file status" 2 $?
check "unreadable file message" "termnorm: $work/missing.yaml: cannot open the file" "$(cat "$work/err")"
"$termnorm" lexicon check "$data/small_lexicon.yaml" >/dev/null 2>&1
check "the unit tests' termbase is clean" 0 $?

# stats: text and JSON agree.
text_concepts=$("$termnorm" lexicon stats | awk '$1 == "concepts" {print $2}')
json_concepts=$("$termnorm" lexicon stats --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["concepts"])')
check "stats text = json" "$text_concepts" "$json_concepts"
small=$("$termnorm" lexicon stats --no-default-lexicon -l "$data/small_lexicon.yaml" --format json |
  python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["kinds"]["phrase"], d["forms"]["zh"]["traditional"], d["rules"])')
check "stats of a given termbase" "5 2 3" "$small"
"$termnorm" lexicon stats --format xml >/dev/null 2>&1
check "stats bad format status" 2 $?

# lookup: either language, folded; status 1 when nothing matches.
check "lookup Traditional" "stem-cells" "$("$termnorm" lexicon lookup 幹細胞 | head -1 | cut -d' ' -f1)"
check "lookup full width" "mesenchymal-stem-cells" \
  "$("$termnorm" lexicon lookup --no-default-lexicon -l "$data/small_lexicon.yaml" ＭＳＣ | head -1 | cut -d' ' -f1)"
"$termnorm" lexicon lookup no-such-term-anywhere >"$work/out" 2>"$work/err"
check "lookup nothing status" 1 $?
check "lookup nothing message" "termnorm: no concept has the form 'no-such-term-anywhere'" "$(cat "$work/err")"

# export: TBX-Basic is well-formed XML, and says what the CSV says, concept by concept.
for lexicon_args in "" "--no-default-lexicon -l $data/small_lexicon.yaml"; do
  # shellcheck disable=SC2086
  "$termnorm" lexicon export --format tbx $lexicon_args -o "$work/t.tbx"
  check "export tbx status ($lexicon_args)" 0 $?
  xmllint --noout "$work/t.tbx"
  check "TBX is well-formed ($lexicon_args)" 0 $?
  # shellcheck disable=SC2086
  "$termnorm" lexicon export --format csv $lexicon_args > "$work/t.csv"
  python3 - "$work/t.tbx" "$work/t.csv" > "$work/diff" <<'PY'
import csv, sys, xml.etree.ElementTree as ET
ns = {"t": "urn:iso:std:iso:30042:ed-2"}
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS = {"preferredTerm-admn-sts": "term", "admittedTerm-admn-sts": "admitted", "deprecatedTerm-admn-sts": "deprecated"}
def from_tbx(path):
    root = ET.parse(path).getroot()
    assert root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    out = {}
    for entry in root.iterfind(".//t:conceptEntry", ns):
        forms = set()
        domain = entry.findtext("t:descrip[@type='subjectField']", "", ns)
        for sec in entry.iterfind("t:langSec", ns):
            for term in sec.iterfind("t:termSec", ns):
                status = STATUS[term.findtext("t:termNote[@type='administrativeStatus']", "", ns)]
                abbr = term.findtext("t:termNote[@type='termType']", "", ns) == "abbreviation"
                forms.add((sec.get(LANG), "abbr" if abbr and status == "admitted" else status, term.findtext("t:term", "", ns)))
        out[entry.get("id")] = (domain, forms)
    return out
def from_csv(path):
    out = {}
    for row in csv.DictReader(open(path, encoding="utf-8", newline="")):
        forms = set()
        for lang, prefix in (("en", "en"), ("zh-Hans", "zh")):
            items = lambda col: [x for x in row[col].split("|") if x]
            if row[prefix]: forms.add((lang, "term", row[prefix]))
            if row[prefix + "_abbr"] and row[prefix + "_abbr"] != row[prefix]: forms.add((lang, "abbr", row[prefix + "_abbr"]))
            forms.update((lang, "admitted", v) for v in items(prefix + "_variants"))
            forms.update((lang, "deprecated", v) for v in items(prefix + "_deprecated"))
        if row["zh_traditional"]: forms.add(("zh-Hant", "term", row["zh_traditional"]))
        # An XML ID starts with a letter: the export prefixes other ids with '_'.
        xml_id = row["id"] if row["id"][:1].isalpha() else "_" + row["id"]
        out[xml_id] = (row["domain"], forms)
    return out
tbx, table = from_tbx(sys.argv[1]), from_csv(sys.argv[2])
for cid in sorted(set(tbx) | set(table)):
    if tbx.get(cid) != table.get(cid): print(cid, tbx.get(cid), table.get(cid))
print(len(tbx), "concepts")
PY
  check "TBX content = CSV content ($lexicon_args)" "$(($(wc -l < "$work/t.csv") - 1)) concepts" "$(cat "$work/diff")"
done

# import → check → export: the round trip gives back the same CSV.
"$termnorm" lexicon export --format csv -o "$work/a.csv"
"$termnorm" lexicon import "$work/a.csv" -o "$work/a.yaml"
check "import of an export status" 0 $?
"$termnorm" lexicon check "$work/a.yaml" >/dev/null 2>&1
check "imported termbase passes check" 0 $?
"$termnorm" lexicon export --format csv --no-default-lexicon -l "$work/a.yaml" -o "$work/b.csv"
cmp -s "$work/a.csv" "$work/b.csv"
check "export -> import -> export is the same" 0 $?

# import of a two-column glossary: rows it cannot use are named by line; the rest loads.
printf 'en,zh\nwidget,小部件\ngadget,\n"big, blue widget",大蓝色小部件\n' > "$work/g.csv"
"$termnorm" lexicon import "$work/g.csv" -o "$work/g.yaml" 2>"$work/err"
check "import with a bad row: status 1" 1 $?
check "import names the row" "$work/g.csv:3: no Chinese term" "$(cat "$work/err")"
check "imported glossary normalizes" "A widget and a big, blue widget." \
  "$(printf 'A 小部件 and a 大蓝色小部件.' | "$termnorm" --to en --no-default-lexicon -l "$work/g.yaml")"
printf 'a,"open\n' > "$work/bad.csv"
"$termnorm" lexicon import "$work/bad.csv" >/dev/null 2>"$work/err"
check "import of a non-CSV file status" 2 $?
check "import of a non-CSV file message" "termnorm: $work/bad.csv: line 1: a quoted field is not closed" "$(cat "$work/err")"

# The README's "Termbase tools" commands run as written, each with status 0.
mkdir "$work/readme"
awk '/^## Termbase tools/ {in_section = 1; next} /^## / {in_section = 0}
     in_section && /^```sh/ {in_block = 1; next} in_block && /^```/ {in_block = 0}
     in_section && in_block' "$source_dir/README.md" > "$work/readme/commands.sh"
check "README has termbase tool examples" 7 "$(grep -c . "$work/readme/commands.sh")"
while IFS= read -r line; do
  (cd "$work/readme" && PATH="$(dirname "$termnorm"):$PATH" bash -c "$line" >/dev/null 2>&1)
  check "README: $line" 0 $?
done < "$work/readme/commands.sh"
check "README: the TBX is well-formed" 0 "$(xmllint --noout "$work/readme/termbase.tbx"; echo $?)"

# The README's lint example, as printed there.
printf 'termnorm-lexicon: 1\nconcepts:\n  - {id: background, kind: phrase, pos: noun, en: background, zh: 背景}\n  - {id: context, kind: word, pos: noun, en: context, zh: 背景}\n' > "$work/readme/clashing.yaml"
check "README: check example" "$(awk '/^\$ termnorm lexicon check clashing.yaml/ {getline; print}' "$source_dir/README.md")" \
  "$(cd "$work/readme" && "$termnorm" lexicon check clashing.yaml 2>/dev/null)"

# usage: a subcommand is required; --help lists them.
"$termnorm" lexicon >/dev/null 2>&1
check "lexicon without a subcommand status" 2 $?
"$termnorm" lexicon --help | grep -q "import"
check "lexicon --help lists the tools" 0 $?

finish
