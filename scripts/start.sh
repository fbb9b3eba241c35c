#!/usr/bin/env bash
# Builds everything and serves the demo page on http://127.0.0.1:${PORT:-8080}/ (Bunschoten).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node scripts/serve.mjs dist "${PORT:-8080}"
