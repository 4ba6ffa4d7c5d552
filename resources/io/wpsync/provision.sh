#!/bin/sh
# Finds or installs the wpsync helpers matching the library version and
# prints the directory that holds them. In order:
#   1. WPSYNC_BIN_DIR, then PATH: binaries whose --version is VERSION;
#   2. `go install MODULE/tools/...@vVERSION` into DEST when Go is present;
#   3. the release archive, checked against SUMS (sha256), into DEST.
# Usage: provision.sh VERSION DEST SUMS
set -eu
version=$1 dest=$2 sums=$3
module=github.com/wpsync/wpsync
tools="syncfiles dumpdb restoredb rewriteurls"

matches() {
  for t in $tools; do
    [ -x "$1/$t" ] || return 1
    "$1/$t" --version 2>/dev/null | grep -q " version $version " || return 1
  done
}

for d in "${WPSYNC_BIN_DIR:-}" "$dest" $(command -v syncfiles 2>/dev/null | xargs -r dirname); do
  if [ -n "$d" ] && matches "$d"; then echo "$d"; exit 0; fi
done

mkdir -p "$dest"
if command -v go >/dev/null 2>&1; then
  echo "wpsync: installing the helpers $version with go install" >&2
  if GOBIN=$dest go install "$module/tools/...@v$version" >&2 && matches "$dest"; then echo "$dest"; exit 0; fi
  echo "wpsync: go install failed; trying the release download" >&2
fi

case "$(uname -m)" in x86_64|amd64) arch=amd64;; aarch64|arm64) arch=arm64;; *) arch=$(uname -m);; esac
asset=wpsync_${version}_linux_${arch}.tar.gz
base=${WPSYNC_RELEASE_URL:-https://github.com/wpsync/wpsync/releases/download}
line=$(grep " $asset\$" "$sums" || true)
if [ -z "$line" ]; then
  echo "wpsync: no helpers $version found (WPSYNC_BIN_DIR, PATH), no Go to build them, and no checksum for $asset in the library: set WPSYNC_BIN_DIR to a directory with the helpers built by 'make build'" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
curl -fsSL -o "$tmp/$asset" "$base/v$version/$asset"
(cd "$tmp" && echo "$line" | sha256sum -c - >&2) || { echo "wpsync: $asset does not match its sha256 in the library: refusing to run it" >&2; exit 2; }
tar -xzf "$tmp/$asset" -C "$dest" $tools
matches "$dest" || { echo "wpsync: the downloaded helpers do not report version $version" >&2; exit 2; }
echo "$dest"
