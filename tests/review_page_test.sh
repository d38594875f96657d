#!/usr/bin/env bash
# The review page (--report=html:PATH) in a real browser: headless chromium loads it (no
# network), its script runs, and the DOM it leaves has the totals filled in and, per input,
# the highlighted spans the JSON report lists: same count, same texts, same order, in both
# columns. Text that looks like markup stays text.
# Usage: review_page_test.sh PATH/TO/termnorm SOURCE_DIR
termnorm=$1
source_dir=$2
source "$(dirname "$0")/shell_check.sh"

# Inputs in each language's direction (--to auto: the English example into English, the
# Chinese one into Chinese), one with text left untranslated, and one whose text is markup.
printf '<script>document.title = "hacked"</script> <b>bold</b> & "干细胞" 某某\n' > "$work/markup.txt"
cp "$source_dir/examples/parkinsons.txt" "$source_dir/examples/diabetes-zh.txt" "$work/"
printf 'Stem cells 和 某某 work.\n' > "$work/left.txt"
inputs=("$work/parkinsons.txt" "$work/diabetes-zh.txt" "$work/left.txt" "$work/markup.txt")
"$termnorm" --report=html:"$work/page.html" "${inputs[@]}" > /dev/null 2>&1
check "html report status" 0 $?
"$termnorm" --report=json:"$work/report.json" "${inputs[@]}" > /dev/null 2>&1
check "both directions" "en zh en en" "$(python3 -c 'import json, sys; print(*[f["target"] for f in json.load(open(sys.argv[1]))["files"]])' "$work/report.json")"

# Self-contained: nothing loaded from anywhere.
check "no external resources" 0 "$(grep -Ec '<(link|img|iframe)|src=|@import|url\(' "$work/page.html")"

# --report=html needs a file, and does not combine with --jsonl.
printf 'x\n' | "$termnorm" --report=html > /dev/null 2> "$work/err"
check "html without a path: status" 2 $?
check "html without a path: message" "termnorm: --report=html needs a file: --report=html:PATH" "$(head -1 "$work/err")"
printf '{"text": "x"}\n' | "$termnorm" --jsonl --report=html:"$work/j.html" > /dev/null 2> "$work/err"
check "html with --jsonl: status" 2 $?
check "html with --jsonl: message" "termnorm: --report=html does not apply to --jsonl" "$(head -1 "$work/err")"

# A stream on standard input keeps its text for the page too.
printf 'Line one.\n干细胞 work.\n' | "$termnorm" --to en --report=html:"$work/stdin.html" > /dev/null
check "html of standard input: the result's highlight" 1 "$(grep -c '<td class="out"><mark class="edit k-term"[^>]*>Stem cells</mark> work.</td>' "$work/stdin.html")"
check "html of standard input: named" 1 "$(grep -c 'data-file="&lt;stdin&gt;"' "$work/stdin.html")"

sh "$source_dir/scripts/headless-chromium.sh" --dump-dom "file://$work/page.html" > "$work/page.dom"
check "chromium dumped the DOM" 0 $?
python3 - "$work/page.dom" "$work/report.json" > "$work/out" 2>&1 <<'PY'
import json, sys
from html.parser import HTMLParser

class Page(HTMLParser):
    """Collects, per file section, the text of each highlight in the source and result columns,
    the totals element's text and attributes, and the elements met inside the columns."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections, self.stack, self.totals, self.totals_attrs, self.title = [], [], "", {}, ""
        self.column, self.marks, self.in_totals, self.in_title = None, [], 0, False
        self.tags_in_columns = set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "section":
            self.sections.append({"file": a.get("data-file"), "src": [], "out": []})
        if tag == "td" and ("src" in classes or "out" in classes):
            self.column = "src" if "src" in classes else "out"
        elif self.column:
            self.tags_in_columns.add(tag)
        if tag == "mark" and self.column:
            kind = "edit" if "edit" in classes else "untranslated" if "untranslated" in classes else "?"
            self.marks.append([kind, ""])
        if a.get("id") == "totals":
            self.in_totals, self.totals_attrs = 1, a
        elif self.in_totals and tag not in ("br",):
            self.in_totals += 1
        self.in_title = tag == "title"
    def handle_endtag(self, tag):
        if tag == "mark" and self.column and self.marks:
            kind, text = self.marks.pop()
            self.sections[-1][self.column].append((kind, text))
        if tag == "td":
            self.column = None
        if self.in_totals:
            self.in_totals -= 1
        self.in_title = False
    def handle_data(self, data):
        for mark in self.marks:
            mark[1] += data
        if self.in_totals:
            self.totals += data
        if self.in_title:
            self.title += data

page = Page()
page.feed(open(sys.argv[1], encoding="utf-8").read())
report = json.load(open(sys.argv[2]))
ok = []
t = report["totals"]
words = " ".join(page.totals.split())
ok.append(page.totals_attrs.get("data-rendered") == "yes")
ok.append(f"{t['replacements']} replacements" in words and f"{t['untranslated_spans']} untranslated spans" in words
          and f"{t['files']} file" in words)
ok.append(len(page.sections) == len(report["files"]))
for section, entry in zip(page.sections, report["files"]):
    kinds = lambda column, kind: [text for k, text in section[column] if k == kind]
    ok.append(section["file"] == entry["file"])
    ok.append(kinds("src", "edit") == [r["source"] for r in entry["replacements"]])
    ok.append(kinds("out", "edit") == [r["result"] for r in entry["replacements"]])
    ok.append(kinds("src", "untranslated") == [u["text"] for u in entry["untranslated"]])
    ok.append(kinds("out", "untranslated") == [u["text"] for u in entry["untranslated"]])
    ok.append(len(entry["replacements"]) > 0)
ok.append(page.tags_in_columns <= {"mark"})          # markup in the text stayed text
ok.append(page.title == "termnorm review")           # and its script did not run
print(all(ok), ok.index(False) if not all(ok) else "", sum(len(e["untranslated"]) for e in report["files"]) > 0)
PY
check "totals rendered, highlights where the JSON report says" "True  True" "$(cat "$work/out")"

# The concept card, as the page opened at #concept=ID shows it: id, kind, both languages' forms.
sh "$source_dir/scripts/headless-chromium.sh" --dump-dom "file://$work/page.html#concept=mesenchymal-stem-cells" > "$work/card.dom"
python3 - "$work/card.dom" > "$work/out" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
card = re.search(r'<aside id="card"[^>]*>(.*?)</aside>', dom, re.S)
text = re.sub(r"<[^>]+>", "|", card.group(1)) if card else ""
text = re.sub(r"\|+", "|", text)
print("hidden" not in dom[card.start():card.start() + 40] if card else False,
      "|mesenchymal-stem-cells|term, noun" in text, "|English|term|mesenchymal stem cells|abbreviation|MSCs|" in text,
      "|Chinese|term|间充质干细胞|" in text)
PY
check "concept card shown, both languages" "True True True True" "$(cat "$work/out")"

finish
