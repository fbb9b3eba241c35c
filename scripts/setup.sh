#!/usr/bin/env bash
# Installs what the build and the tests need on a bare machine, and skips what is already there.
# Why each step is done this way: docs/toolchain.md (Debian's wasm-opt breaks modules; browsers come from apt).
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1   # keep in step with docs/toolchain.md

log() { printf 'setup: %s\n' "$*" >&2; }

# Two setups started together (two test runs, a build beside a test) would both run cargo
# install, apt or npm ci into the same places and break each other ("Directory not empty"):
# the second waits here for the first, then finds everything installed and skips it.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
mkdir -p "$CARGO_BIN"
exec 9> "${CARGO_HOME:-$HOME/.cargo}/.bereken-uw-recht-setup.lock"
if ! flock -n 9; then
  log "another setup is running; waiting for it to finish"
  flock 9
fi

# The toolchain of rust-toolchain.toml, with its wasm32 target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! wasm-pack --version 2>/dev/null | grep -q " ${WASM_PACK_VERSION}\$"; then
  log "installing wasm-pack ${WASM_PACK_VERSION} (about two minutes)"
  cargo install wasm-pack --version "${WASM_PACK_VERSION}" --locked
fi

# The wasm-bindgen CLI of the exact version Cargo.lock pins (wasm-pack build and wasm-pack test
# both need it). Installed here, once, on PATH, where wasm-pack finds it: left to wasm-pack, it is
# compiled silently inside the first build, into wasm-pack's cache, and two builds doing that at
# once fail. A copy wasm-pack compiled before is taken instead of compiling again.
WASM_BINDGEN_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')"
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\$" \
  || ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\$"; then
  cache="$HOME/.cache/.wasm-pack/wasm-bindgen-cargo-install-${WASM_BINDGEN_VERSION}"
  if [ -x "$cache/wasm-bindgen" ] && [ -x "$cache/wasm-bindgen-test-runner" ]; then
    log "taking wasm-bindgen-cli ${WASM_BINDGEN_VERSION} from wasm-pack's cache"
    cp "$cache/wasm-bindgen" "$cache/wasm-bindgen-test-runner" "$CARGO_BIN/"
  else
    log "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION}: the first time this compiles about 200 crates: three minutes on two cores here (3 December 2026), up to fifteen on a slower machine"
    # --locked first (the versions its authors tested); its lock file can name a version the
    # registry here does not serve (seen: webpki-roots 1.0.11 for 0.2.130), and then the newest
    # compatible versions are taken, as wasm-pack itself would install it.
    if ! cargo install wasm-bindgen-cli --version "=${WASM_BINDGEN_VERSION}" --locked; then
      log "wasm-bindgen-cli's own lock file cannot be followed here; installing with the newest compatible dependencies"
      cargo install wasm-bindgen-cli --version "=${WASM_BINDGEN_VERSION}"
    fi
  fi
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
