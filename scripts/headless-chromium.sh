#!/bin/sh
# Runs Debian's chromium headless on a machine without network, as the review-page test and
# the README's screenshot need it: no sandbox (it may run as root), no GPU, and none of the
# background services that keep trying to reach the network; a fresh profile each time.
# Usage: headless-chromium.sh CHROMIUM-ARGUMENTS...   (such as --dump-dom file:///page.html)
set -eu
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" "$@" 2>/dev/null
