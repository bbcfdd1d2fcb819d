#!/usr/bin/env bash
# Builds the wasm module into www/pkg/: cargo (profile wasm) → wasm-bindgen (ES module + .d.ts)
# → wasm-opt (binaryen from npm: Debian's binaryen produces modules Chromium rejects).
# wasm-opt: -Oz --converge for size; --low-memory-unused and -ocimfs 200 (one-caller functions
# over 200 kept apart, so V8 recompiles only the hot parts) for speed; the two strip flags drop
# sections browsers ignore. Why each, with measurements: benches/README.md.
# (Rust's #[inline(never)] cannot keep a function apart: wasm-opt inlines it all the same.)
# Used by `make serve`, `make test` and the GitHub Pages workflow alike.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --profile wasm --target wasm32-unknown-unknown --lib
rm -rf www/pkg
wasm-bindgen --target web --out-dir www/pkg target/wasm32-unknown-unknown/wasm/newslens.wasm
node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused -ocimfs 200 --strip-producers --strip-target-features www/pkg/newslens_bg.wasm -o www/pkg/newslens_bg.wasm
raw=$(stat -c %s www/pkg/newslens_bg.wasm)
gz=$(gzip -9 -c www/pkg/newslens_bg.wasm | wc -c)
printf 'build-wasm: www/pkg/newslens_bg.wasm %s bytes, %s bytes gzip\n' "$raw" "$gz" >&2
