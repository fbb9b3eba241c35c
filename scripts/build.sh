#!/usr/bin/env bash
# Builds the WebAssembly engine and the static site into dist/: what any static host can serve.
#   dist/index.html, dist/*.js, dist/*.css    the page (www/)
#   dist/pkg/bur.js, dist/pkg/bur_bg.wasm     the engine
#   dist/policies/*.json                      one policy file per gemeente, checked and
#                                             compiled from policies/*.toml by `bur json`
#   dist/locales/<taal>.ftl                   the message catalogs, one file per language
#   dist/vendor/fluent/                       @fluent/bundle, which says the messages
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# The yaml feature is for the CLI; the widget speaks JSON. wasm-opt is switched off in
# Cargo.toml because Debian's breaks modules; npm binaryen's runs below.
wasm-pack build --release --target web --out-dir pkg --out-name bur -- --no-default-features >&2
# The features current Rust enables by default for wasm32-unknown-unknown; wasm-opt must
# accept them, and enables nothing beyond them.
FEATURES="--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue --enable-mutable-globals"
# shellcheck disable=SC2086
./node_modules/.bin/wasm-opt -Oz $FEATURES --strip-debug --strip-producers pkg/bur_bg.wasm -o pkg/bur_bg.opt.wasm
mv pkg/bur_bg.opt.wasm pkg/bur_bg.wasm

rm -rf dist
mkdir -p dist/pkg dist/policies
cp -r www/. dist/
cp pkg/bur.js pkg/bur_bg.wasm pkg/bur.d.ts dist/pkg/
# The engine in the browser reads JSON only; `bur json` refuses a policy with any problem.
cargo run -q --bin bur -- json --uit dist/policies policies/*.toml >&2
cargo run -q --bin bur -- catalogus --uit dist/locales >&2
# Our own copy of the Fluent runtime: the page loads nothing from another host.
mkdir -p dist/vendor/fluent
cp node_modules/@fluent/bundle/esm/*.js dist/vendor/fluent/
# @fluent/bundle is Apache-2.0, which asks for its licence beside the copy; its npm package
# ships none, so vendor/fluent/LICENSE holds the text (SPDX's, from npm spdx-license-list 6.12.0).
cp vendor/fluent/LICENSE dist/vendor/fluent/LICENSE
# Every page fetches at once what its start needs, instead of one import after another.
node scripts/preload.mjs dist
# Every page carries its CSP as a meta element too, so a copy on a host without the header keeps it.
node scripts/csp.mjs dist
printf 'build: %s bytes wasm, %s bytes gzip\n' "$(wc -c < dist/pkg/bur_bg.wasm)" "$(gzip -9 -c dist/pkg/bur_bg.wasm | wc -c)" >&2

# The service worker keeps every file of the site for offline use; its version is a hash of
# them, so a new build replaces the kept copies at the next online visit.
node --input-type=module -e '
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
const lijst = (map) => readdirSync(map).flatMap((f) => statSync(`${map}/${f}`).isDirectory() ? lijst(`${map}/${f}`) : [`${map}/${f}`]);
const bestanden = lijst("dist").map((f) => f.slice(5)).filter((f) => f !== "sw.js" && !/\.(d\.ts|map)$/.test(f) && !f.startsWith("timing.")).sort();
const hash = createHash("sha256");
for (const f of bestanden) hash.update(f).update(readFileSync(`dist/${f}`));
const sw = readFileSync("dist/sw.js", "utf8")
  .replace("const VERSIE = \x27ontwikkeling\x27;", `const VERSIE = \x27${hash.digest("hex").slice(0, 12)}\x27;`)
  .replace("const BESTANDEN = [];", `const BESTANDEN = ${JSON.stringify(["./", ...bestanden.map((f) => `./${f}`)])};`);
writeFileSync("dist/sw.js", sw);
'
