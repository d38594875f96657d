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

finish
