#!/usr/bin/env bash
# Peak memory of `newslens analyze` on 10 MB inputs of the adversarial shapes of tests/linear.rs:
# prints each shape's peak resident set size and its ratio to the input size (the target: less
# than 20x; benches/README.md). Builds the release CLI first; about 30 s in all.
#   bash benches/memory.sh [BYTES]     (default 10000000)
set -euo pipefail
cd "$(dirname "$0")/.."
bytes=${1:-10000000}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/newslens
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# The shapes, each unit repeated to just over BYTES, as tests/linear.rs makes them.
python3 - "$dir" "$bytes" <<'PY'
import sys
dir, n = sys.argv[1], int(sys.argv[2])
units = {
    "articles": open("tests/fixtures/seed_article.txt", encoding="utf-8").read(),
    "quotation-marks": '"a " ',
    "capitalised-words": "Alpha Beta Gamma Delta ",
    "dates-in-one-sentence": "on April 16, 2013, and ",
    "repeated-dates": 'On Monday, April 30, 2013, he said "yes." ',
    "one-run-of-quotation-marks": '"',
    "one-long-line": "word Word said, ",
}
for name, unit in units.items():
    with open(f"{dir}/{name}.txt", "w", encoding="utf-8") as f:
        f.write(unit * (n // len(unit.encode()) + 1))
PY

printf '%-28s %10s %12s %7s\n' shape input peak-RSS ratio
for f in "$dir"/*.txt; do
    size=$(stat -c %s "$f")
    # GNU time's %M is the peak resident set size in KiB.
    kib=$( { /usr/bin/time -f %M "$bin" analyze "$f" > /dev/null; } 2>&1 | tail -1)
    awk -v n="$(basename "$f" .txt)" -v s="$size" -v k="$kib" \
        'BEGIN { printf "%-28s %8.1f MB %9.1f MB %6.1fx\n", n, s / 1e6, k * 1024 / 1e6, k * 1024 / s }'
done
