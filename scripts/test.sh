#!/usr/bin/env bash
# Runs every test: lints, unit and property tests, the CLI and its scenarios (the project's own
# and ../shared/scenarios), the WebAssembly build in headless Chromium, the size budget and
# the browser tests. Installs what it misses first (scripts/setup.sh), skipping what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
export BUR_SHARED="${BUR_SHARED:-$(cd .. && pwd)/shared}"
step() { printf '\n== %s\n' "$*"; }

step "setup"
bash scripts/setup.sh

step "formatting and lints (no unwrap, expect, panic or indexing in engine code)"
cargo fmt --check
cargo clippy --lib --bins -- -D warnings
cargo clippy -p bur-ontvanger --all-targets -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features -- -D warnings

step "unit, property, layering and CLI tests; the keukentafelgesprek receiver"
cargo test
cargo test -p bur-ontvanger
node --test tests/js/

step "policy files, and the regelingen overview generated from them"
cargo run -q --bin bur -- check policies
# Every language has every message of Dutch, and no placeholder Dutch lacks.
cargo run -q --bin bur -- catalogus
cargo run -q --bin bur -- docs --check
cargo run -q --bin bur -- dekking

step "scenarios"
cargo run -q --bin bur -- scenarios tests/scenarios "$BUR_SHARED/scenarios"

step "WebAssembly in headless Chromium"
wasm-pack test --headless --chrome -- --test wasm

step "build and size budget"
bash scripts/build.sh
node scripts/sizes.mjs --check

step "browser tests"
node --test tests/browser/
