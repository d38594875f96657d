#!/bin/sh
# Remakes docs/review-page.png, the README's picture of the review page: termnorm's
# --report=html on examples/diabetes-zh.txt, shot by headless chromium at 1280x900 with one
# concept card open.
# Usage: scripts/review-page-screenshot.sh [PATH/TO/termnorm]   (default: build/termnorm)
set -eu
cd "$(dirname "$0")/.."
termnorm=${1:-build/termnorm}
page=$(mktemp --suffix=.html)
trap 'rm -f "$page"' EXIT
"$termnorm" --to zh --report=html:"$page" examples/diabetes-zh.txt > /dev/null
sh scripts/headless-chromium.sh --hide-scrollbars --window-size=1280,900 \
  --screenshot="$PWD/docs/review-page.png" "file://$page#concept=mesenchymal-stem-cells"
