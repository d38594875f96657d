#!/bin/sh
# Installs the Debian packages termnorm needs to build and test, when they are missing.
# Runs apt-get as root (or through sudo); does nothing when everything is installed.
set -eu

packages="cmake g++ make pkg-config libicu-dev libre2-dev libcli11-dev libyaml-cpp-dev catch2 nlohmann-json3-dev libdtl-dev libxml2-utils python3 python3-jsonschema parallel patch groff-base chromium fonts-wqy-microhei clang libclang-rt-14-dev"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -qq
# shellcheck disable=SC2086
$as_root apt-get install -y -qq --no-install-recommends $missing
