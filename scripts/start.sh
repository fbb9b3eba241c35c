#!/usr/bin/env bash
# Builds everything and serves the demo on http://127.0.0.1:${PORT:-8080}/ (Bunschoten), with
# the reference receiver for keukentafelgesprek requests on 127.0.0.1:${ONTVANGER_PORT:-8787}
# storing in data/keukentafel.sqlite. The demo pages send requests there (a site setting that
# says it is a demonstration); the policy files keep their own, empty, endpoints.
# Look at what arrived: target/debug/bur-ontvanger --lijst --database data/keukentafel.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
ONTVANGER_PORT="${ONTVANGER_PORT:-8787}"
bash scripts/build.sh
cargo build --quiet -p bur-ontvanger
mkdir -p data
# It takes requests for the gemeenten whose compiled policies the build put in dist/policies.
target/debug/bur-ontvanger --adres "127.0.0.1:${ONTVANGER_PORT}" --database data/keukentafel.sqlite \
  --origin "http://127.0.0.1:${PORT},http://localhost:${PORT}" --policies dist/policies > /dev/null &
ontvanger=$!
trap 'kill "$ontvanger" 2> /dev/null || true' EXIT INT TERM
echo "keukentafelgesprek requests: http://127.0.0.1:${ONTVANGER_PORT}/aanvragen (data/keukentafel.sqlite)"
BUR_CONNECT_SRC="http://127.0.0.1:${ONTVANGER_PORT}" \
  node scripts/serve.mjs dist "$PORT" --demo-ontvanger "http://127.0.0.1:${ONTVANGER_PORT}/aanvragen"
