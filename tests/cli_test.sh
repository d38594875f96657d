#!/usr/bin/env bash
# Drives the real termnorm binary: flags, exit statuses, error messages, files and stdin.
# Usage: cli_test.sh PATH/TO/termnorm
termnorm=$1
source "$(dirname "$0")/shell_check.sh"

# A pipe: stdin to stdout.
out=$(printf '干细胞治疗 works. 然而, 更大.\n' | "$termnorm" --to en)
check "stdin to stdout" "Stem cell therapy works. However, larger." "$out"

# Files are written in order; the default target follows each file's language.
printf '然而, it works.\n' > "$work/a.txt"
printf '间充质干细胞(MSC),能够调节.\n' > "$work/b.txt"
out=$("$termnorm" "$work/a.txt" "$work/b.txt")
check "two files, automatic target" $'However, it works.\n间充质干细胞（MSC），能够调节。' "$out"

# -o writes one file.
"$termnorm" --to en -o "$work/out.txt" "$work/a.txt"
check "-o" "However, it works." "$(cat "$work/out.txt")"

# A missing file: a one-line error, status 2, the other files still processed.
out=$("$termnorm" --to en "$work/missing.txt" "$work/a.txt" 2>"$work/err")
check "missing file status" 2 $?
check "missing file message" "termnorm: $work/missing.txt: cannot open the file" "$(head -1 "$work/err")"
check "other files still processed" "However, it works." "$out"

# Invalid UTF-8: file:line:column, status 2, nothing written for that input.
printf 'ok\nab\xff\n' > "$work/bad.txt"
out=$("$termnorm" --to en "$work/bad.txt" 2>"$work/err")
check "invalid UTF-8 status" 2 $?
check "invalid UTF-8 message" "termnorm: $work/bad.txt:2:3: invalid UTF-8" "$(cat "$work/err")"
check "invalid UTF-8 writes nothing" "" "$out"

# A bad lexicon: file:line:column and status 2.
printf 'termnorm-lexicon: 1\nconcepts:\n  - {id: x, en: y}\n' > "$work/bad.yaml"
"$termnorm" -l "$work/bad.yaml" </dev/null 2>"$work/err"
check "bad lexicon status" 2 $?
check "bad lexicon message" "termnorm: $work/bad.yaml:3:5: concept 'x' needs both an 'en' and a 'zh' section" "$(cat "$work/err")"

# A lexicon on top of the default, and without the default.
printf 'termnorm-lexicon: 1\nconcepts:\n  - {id: widget, en: widget, zh: 小部件}\n' > "$work/team.yaml"
check "-l adds terms" "A widget here." "$(printf 'A 小部件 here.' | "$termnorm" --to en -l "$work/team.yaml")"
check "--no-default-lexicon" "然而 widget here." "$(printf '然而 小部件 here.' | "$termnorm" --to en --no-default-lexicon -l "$work/team.yaml")"

# An unknown flag or a bad value: usage error, status 2.
"$termnorm" --frobnicate </dev/null >/dev/null 2>&1
check "unknown flag status" 2 $?
"$termnorm" --to fr </dev/null >/dev/null 2>&1
check "bad --to status" 2 $?

# --report goes to stderr and names line:column.
printf 'Line.\n然而, yes.\n' | "$termnorm" --to en --report 2>"$work/err" >/dev/null
check "report line" "<stdin>:2:1: phrase '然而' -> 'However' [however]" "$(head -1 "$work/err")"

# --version and --help.
check "--version" "termnorm" "$("$termnorm" --version | cut -d' ' -f1)"
"$termnorm" --help | grep -q "Examples:"
check "--help shows examples" 0 $?

# The README's opening examples, as they are printed there.
check "README en example" "Stem cell therapy has become a promising strategy, including mesenchymal stem cells (MSCs)." \
  "$(echo '干细胞治疗 已成为一项有前途的战略, 包括间充质干细胞 (间充质干细胞).' | "$termnorm" --to en)"
check "README zh example" "间充质干细胞（MSC），可用于治疗多发性硬化。" \
  "$(echo '间充质干细胞(MSC),可用于治疗 multiple sclerosis.' | "$termnorm" --to zh)"

# The trailing newline, or its absence, is kept.
check "no trailing newline" "Howeverx" "$(printf "然而" | "$termnorm" --to en; echo x)"

# --fallback=gloss: uncovered Chinese glossed word by word, reported as low-confidence. A
# termbase of its own keeps the case independent of the default vocabulary: 大 is known only
# as the adjective 大的, and 截肢 not at all.
printf 'termnorm-lexicon: 1\nconcepts:\n  - {id: large, kind: word, pos: adj, en: large, zh: 大的}\n  - {id: however, kind: phrase, pos: conj, en: however, zh: 然而}\n' > "$work/fallback.yaml"
fallback_lexicon=(--no-default-lexicon -l "$work/fallback.yaml")
check "no fallback by default" "However, 大截肢 works." "$(printf '然而, 大截肢 works.\n' | "$termnorm" --to en "${fallback_lexicon[@]}")"
out=$(printf '然而, 大截肢 works.\n' | "$termnorm" --to en "${fallback_lexicon[@]}" --fallback=gloss --report 2>"$work/err")
check "--fallback=gloss" "However, large 截肢 works." "$out"
check "--fallback=gloss report" "<stdin>:1:5: fallback '大' -> 'large' [large] (low confidence)" "$(grep fallback "$work/err")"
"$termnorm" --to en --fallback=guess </dev/null 2>/dev/null
check "--fallback: unknown value" 2 $?

# --abbreviations: first, always, never; as-written by default.
text='间充质干细胞 (MSCs) help. 间充质干细胞 work.'
check "--abbreviations default" "Mesenchymal stem cells (MSCs) help. Mesenchymal stem cells work." "$(printf '%s\n' "$text" | "$termnorm" --to en)"
check "--abbreviations=first" "Mesenchymal stem cells (MSCs) help. MSCs work." "$(printf '%s\n' "$text" | "$termnorm" --to en --abbreviations=first)"
check "--abbreviations=always" "MSCs help. MSCs work." "$(printf '%s\n' "$text" | "$termnorm" --to en --abbreviations=always)"
check "--abbreviations=never" "Mesenchymal stem cells help. Mesenchymal stem cells work." "$(printf '%s\n' "$text" | "$termnorm" --to en --abbreviations=never)"
"$termnorm" --to en --abbreviations=sometimes </dev/null 2>/dev/null
check "--abbreviations: unknown value" 2 $?
"$termnorm" --help | grep -q -- "--abbreviations" && "$termnorm" --help | grep -q -- "--fallback"
check "--help lists the new options" 0 $?

finish
