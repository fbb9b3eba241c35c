#!/usr/bin/env bash
# Installs what the build and the tests need on a bare machine, and skips what is already there.
# Why each step is done this way: docs/toolchain.md (Debian's wasm-opt breaks modules; browsers come from apt).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1   # keep in step with docs/toolchain.md

log() { printf 'setup: %s\n' "$*" >&2; }

# The toolchain of rust-toolchain.toml, with its wasm32 target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-pack --version 2>/dev/null | grep -q " ${WASM_PACK_VERSION}\$"; then
  log "installing wasm-pack ${WASM_PACK_VERSION} (about two minutes)"
  cargo install wasm-pack --version "${WASM_PACK_VERSION}" --locked
fi

# Chromium from Debian: test tools cannot download a browser of their own here.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  log "installing chromium and chromium-driver from apt"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# python3 reads the reference receiver's SQLite file in the browser tests (its sqlite3 module).
if ! command -v python3 >/dev/null 2>&1; then
  log "installing python3 from apt"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 >/dev/null
fi

# npm packages (binaryen's wasm-opt, playwright-core, axe-core) exactly as package-lock.json says.
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
log "ready"
