#!/usr/bin/env bash
# Native benchmarks (criterion). Prints each benchmark's median estimate for the README.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench engine -- --noplot "$@"
for f in target/criterion/*/new/estimates.json; do
  naam=$(basename "$(dirname "$(dirname "$f")")")
  node -e 'const e=require(process.argv[1]); const ns=e.median.point_estimate; console.log(`${process.argv[2]}: median ${(ns/1000).toFixed(2)} µs`)' "$PWD/$f" "$naam"
done

# The same engine as WebAssembly in headless Chromium, and the time to the first question.
bash scripts/build.sh
node scripts/timing.mjs
