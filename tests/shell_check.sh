# Shared by the shell tests that drive the real binary: a scratch folder, check(), and the
# closing count. Source it after setting `termnorm`.
set -u
work=$(mktemp -d)
chmod 755 "$work"  # readable by an unprivileged user, for tests that drop privileges
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
failed=0

check() {  # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAIL %s\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"
  fi
}

finish() {  # prints the count; the exit status is 1 if anything failed
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
