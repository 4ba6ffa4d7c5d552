#!/bin/sh
# Finds or installs the wpsync helpers matching the library version and
# prints the absolute directory that holds them. In order:
#   1. WPSYNC_BIN_DIR: binaries whose --version is VERSION;
#   2. this agent's cache, CACHE/bin/VERSION (CACHE: WPSYNC_CACHE_DIR, else
#      $XDG_CACHE_HOME/wpsync, else ~/.cache/wpsync), kept between builds;
#   3. PATH;
#   4. `go install MODULE/tools/...@vVERSION` into the cache, when Go is there;
#   5. the release archive $WPSYNC_RELEASE_URL/vVERSION/ASSET, checked
#      against its sha256 line in SUMS, into the cache.
# A failure says what was tried and how to fix it, and exits 2.
# Usage: provision.sh VERSION SUMS
set -eu
version=$1 sums=$2
module=github.com/wpsync/wpsync
tools="syncfiles dumpdb restoredb rewriteurls checksite"

say() { echo "wpsync: $*" >&2; }
matches() {
  for t in $tools; do
    [ -x "$1/$t" ] || return 1
    "$1/$t" --version 2>/dev/null | grep -q " version $version " || return 1
  done
}
absolute() { (cd "$1" && pwd -P); }

[ "$(uname -s)" = Linux ] || { say "the helpers run on Linux agents; this one is $(uname -s): give the step a Linux agent (agent { label 'linux' })"; exit 2; }
case "$(uname -m)" in
  x86_64|amd64) arch=amd64;;
  aarch64|arm64) arch=arm64;;
  *) say "no helpers are built for $(uname -m): build them with 'make build' and set WPSYNC_BIN_DIR"; exit 2;;
esac

cache=${WPSYNC_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:?HOME is not set}/.cache}/wpsync}
dest=$cache/bin/$version
onpath=$(command -v syncfiles 2>/dev/null || true)
for d in "${WPSYNC_BIN_DIR:-}" "$dest" "${onpath%/*}"; do
  if [ -n "$d" ] && matches "$d"; then absolute "$d"; exit 0; fi
done

# Installs go into a directory of its own, moved into place whole, so a
# concurrent build on this agent never sees half a set.
mkdir -p "$cache/bin"
tmp=$(mktemp -d "$cache/bin/.install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
place() {
  rm -rf "$dest.old"; [ -d "$dest" ] && mv "$dest" "$dest.old"
  mv "$tmp/bin" "$dest" && rm -rf "$dest.old"
  absolute "$dest"
}
mkdir -p "$tmp/bin"

if command -v go >/dev/null 2>&1; then
  say "installing the helpers $version with go install"
  if GOBIN=$(absolute "$tmp/bin") go install "$module/tools/...@v$version" >&2 && matches "$tmp/bin"; then place; exit 0; fi
  say "go install failed (see above); trying the release archive"
fi

asset=wpsync_${version}_linux_${arch}.tar.gz
line=$(grep " $asset\$" "$sums" 2>/dev/null || true)
if [ -z "$line" ]; then
  say "no helpers $version here (WPSYNC_BIN_DIR, $dest, PATH), no Go to build them, and no checksum for $asset in the library's checksums.txt: install them (go install $module/tools/...@v$version) or set WPSYNC_BIN_DIR"
  exit 2
fi
base=${WPSYNC_RELEASE_URL:-https://github.com/wpsync/wpsync/releases/download}
say "downloading $base/v$version/$asset"
curl -fsSL --retry 2 -o "$tmp/$asset" "$base/v$version/$asset" || { say "download of $base/v$version/$asset failed: check WPSYNC_RELEASE_URL and that the agent can reach it"; exit 2; }
want=${line%% *}
if command -v sha256sum >/dev/null 2>&1; then got=$(sha256sum "$tmp/$asset"); else got=$(shasum -a 256 "$tmp/$asset"); fi
got=${got%% *}
[ "$got" = "$want" ] || { say "$asset does not match its sha256 in the library (want $want, got $got): refusing to run it"; exit 2; }
tar -xzf "$tmp/$asset" -C "$tmp/bin" $tools
matches "$tmp/bin" || { say "the helpers in $asset do not report version $version"; exit 2; }
place
