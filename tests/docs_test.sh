#!/usr/bin/env bash
# The manual page and the bash completion against the real binary: the page renders without
# warnings, and every option that --help lists is in both.
# Usage: docs_test.sh PATH/TO/termnorm SOURCE_DIR
termnorm=$1
source_dir=$2
source "$(dirname "$0")/shell_check.sh"
page=$source_dir/docs/termnorm.1
completion=$source_dir/completions/termnorm.bash

check "man page renders without warnings" "" "$(groff -man -ww -z "$page" 2>&1)"

options=$("$termnorm" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u)
missing_page=""
missing_completion=""
for option in $options; do
  grep -qF -- "$(printf '%s' "$option" | sed 's/-/\\-/g')" "$page" || missing_page="$missing_page $option"
  grep -qE -- "(^|[ \"])$option( |\$|\")" "$completion" || missing_completion="$missing_completion $option"
done
check "every --help option is in the man page" "" "$missing_page"
check "every --help option is in the completion" "" "$missing_completion"

# The completion itself, as bash calls it.
source "$completion"
complete_words() {  # complete_words WORD... : the completions of the last word
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  _termnorm
  echo "${COMPREPLY[*]}"
}
check "completes a long option" "--to" "$(complete_words termnorm --t | tr ' ' '\n' | grep -x -- --to)"
check "completes --to's values" "en" "$(complete_words termnorm --to e)"
check "completes --on-error's values" "skip" "$(complete_words termnorm --on-error s)"
check "completes lexicon tools" "export" "$(complete_words termnorm lexicon ex)"
check "completes export formats" "csv tbx" "$(complete_words termnorm lexicon export --format '')"

# The README's workflow commands ("Using termnorm") run as written, each with status 0, in a
# folder holding a copy of the examples.
mkdir -p "$work/readme"
cp -r "$source_dir/examples" "$work/readme/examples"
awk '/^## Using termnorm/ {in_section = 1; next} /^## / {in_section = 0}
     in_section && /^```sh/ {in_block = 1; next} in_block && /^```/ {in_block = 0}
     in_section && in_block' "$source_dir/README.md" > "$work/readme/commands.sh"
check "README has workflow commands" 1 "$([ "$(grep -c . "$work/readme/commands.sh")" -ge 10 ] && echo 1)"
while IFS= read -r line; do
  (cd "$work/readme" && PATH="$(dirname "$termnorm"):$PATH" bash -o pipefail -c "$line" >/dev/null 2>&1)
  status=$?
  # A pipeline into `head` may close the pipe before termnorm has written everything; the
  # writer then ends by SIGPIPE (status 141), as `seq` or `cat` would.
  case "$line" in *"| head"*) [ "$status" -eq 141 ] && status=0 ;; esac
  check "README: $line" 0 "$status"
done < "$work/readme/commands.sh"
check "README: the batch workflow cleaned the folder in place" "0" \
  "$(cd "$work/readme" && "$termnorm" --to en -r --check -q --exclude '*.orig' articles | grep -c 'would change')"

finish
