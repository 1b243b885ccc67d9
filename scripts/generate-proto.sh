#!/usr/bin/env bash
# Regenerates src/generated/tessera.{js,d.ts} from proto/*.proto (static protobufjs code).
# The output is committed so a fresh clone needs no code generation; test/proto checks it is current.
# Usage: scripts/generate-proto.sh [OUTPUT_DIR]   (default src/generated)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-src/generated}
mkdir -p "$out"
bin=node_modules/.bin
"$bin/pbjs" -t static-module -w es6 --force-number --no-verify --no-delimited --no-comments --no-service \
  -o "$out/tessera.js" proto/*.proto
"$bin/pbjs" -t static-module -w es6 --force-number --no-verify --no-delimited --no-service proto/*.proto \
  | "$bin/pbts" -o "$out/tessera.d.ts" -
