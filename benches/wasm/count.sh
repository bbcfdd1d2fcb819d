#!/usr/bin/env bash
# Instructions per pass of the wasm's analyze() over a text group, as V8 runs it: callgrind
# counts node running benches/wasm/passes.mjs with 1 and with 9 passes; the difference / 8 is
# one pass (start-up, compilation and the word lists' load cancel out). V8 compiles every
# function with its optimising compiler up front (--no-liftoff) and on one thread, so the
# count repeats within about 1 %: enough to compare two builds, where timings on these
# machines vary by 2x. Needs valgrind (apt-get install valgrind); about a minute per build.
#
#   bash benches/wasm/count.sh [PKG_DIR (www/pkg)] [dev|example|long (dev)]
set -euo pipefail
cd "$(dirname "$0")/../.."
pkg=${1:-www/pkg}
group=${2:-dev}
run() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    node --no-liftoff --single-threaded benches/wasm/passes.mjs "$pkg" "$1" "$group" 2>&1 |
    awk '/Collected/ { print $4 }'
}
one=$(run 1)
nine=$(run 9)
printf '%s %s: %d instructions per pass\n' "$pkg" "$group" $(((nine - one) / 8))
