#!/usr/bin/env bash
# Installs what the end-to-end tests and `npm start` need to run a real VS Code offline:
# code-server 4.100.3 (= VS Code 1.100.3, the newest code-server that runs on Node 20) and
# playwright-core from npm, Debian's chromium (headless browser for the web workbench).
#
#   bash scripts/install-code-server.sh [PREFIX]     # default PREFIX: <repo>/.cache/code-server
#
# Idempotent: returns at once when the right versions are already there.
# Workarounds (each needed on a machine that reaches only npm and Debian):
#  - code-server's postinstall refuses root unless npm_config_unsafe_perm=true;
#  - node-pty's postinstall runs `npx node-gyp`, which needs npm_config_yes=true;
#  - @vscode/ripgrep downloads rg from GitHub: its download cache is seeded with Debian's rg
#    (same 13.0.0 release), so it takes the cached path;
#  - kerberos builds from source: Debian's libkrb5-dev.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PREFIX=${1:-${CODE_SERVER_PREFIX:-$ROOT/.cache/code-server}}
CS_VERSION=${CS_VERSION:-4.100.3}
PW_VERSION=${PW_VERSION:-1.65.1}
# Pinned by code-server 4.100.3's shrinkwrap; change together with CS_VERSION.
RG_PKG_VERSION=${RG_PKG_VERSION:-1.15.11}
RG_ASSET_TAG=${RG_ASSET_TAG:-v13.0.0-10}

installed_version() {
  node -p "try { require('$PREFIX/node_modules/code-server/package.json').version } catch { '' }"
}

if [ -x "$PREFIX/node_modules/.bin/code-server" ] && [ "$(installed_version)" = "$CS_VERSION" ] \
  && [ -d "$PREFIX/node_modules/playwright-core" ] && [ -x /usr/bin/chromium ]; then
  echo "code-server $CS_VERSION already installed in $PREFIX"
  exit 0
fi

missing=()
for p in chromium ripgrep libkrb5-dev; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

mkdir -p "$PREFIX"
# @vscode/ripgrep looks for its cache in os.tmpdir(): keep it (and node-gyp's scratch) inside PREFIX.
export TMPDIR="$PREFIX/.install-tmp"
mkdir -p "$TMPDIR"
cache="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
asset="$cache/ripgrep-$RG_ASSET_TAG-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$asset" ]; then
  mkdir -p "$cache"
  stage=$(mktemp -d)
  cp "$(command -v rg)" "$stage/rg"
  tar czf "$asset" -C "$stage" rg
  rm -rf "$stage"
fi

cd "$PREFIX"
[ -f package.json ] || echo '{ "name": "code-server-for-e2e", "private": true }' > package.json
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --no-save "code-server@$CS_VERSION" "playwright-core@$PW_VERSION"
rm -rf "$TMPDIR"
echo "code-server $(installed_version) installed in $PREFIX"
