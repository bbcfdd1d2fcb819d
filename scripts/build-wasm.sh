#!/usr/bin/env bash
# Builds the wasm module into www/pkg/: cargo (release) → wasm-bindgen (ES module + .d.ts)
# → wasm-opt -Oz --converge (repeated until it stops shrinking: about 3 KB gzip; binaryen from npm; Debian's binaryen 108 produces modules Chromium rejects).
# --low-memory-unused lets wasm-opt fold a constant added to a pointer into the load or store
# (only a pointer wrapping past 4 GB would tell the two apart): 0.6 KB gzip less, and 1.5 % fewer
# instructions on the dev set (bash benches/wasm/count.sh: 119.9 → 118.0 M; long 89.5 → 89.2 M).
# -ocimfs 200 (--one-caller-inline-max-function-size): binaryen inlines a function that has one
# caller however large it is, by default, and so made the whole pipeline and its JSON output one
# 110 KB function (analyze_json). V8 recompiles a function that has run enough with its
# optimising compiler on a background thread: during the page's first analysis that one function
# became hot and its compile took a core for 230-320 ms, just as the page drew the answer (on 2
# cores). With one-caller functions over 200 left apart, only the parts that are hot are
# recompiled: that compiling during a cold load is 437 -> 97 ms (--trace-wasm-compilation-times),
# the wasm is 1.3 KB gzip smaller, and a dev-set pass takes 4 % fewer instructions
# (count.sh: 118.7 -> 113.9 M). Cold start, 16 interleaved loads: on screen 257 -> 240 ms.
# (Rust's #[inline(never)] cannot keep a function apart: binaryen inlines it here all the same.)
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
