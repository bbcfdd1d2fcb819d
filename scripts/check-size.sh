#!/usr/bin/env bash
# The page-weight budget: everything the page can transfer from www/ (HTML, CSS,
# JS, the wasm, the service worker, the example article) must total at most 300 KB gzipped.
# Compressed with gzip's default level (as static hosts do, so no better than in practice).
# TypeScript declarations (*.d.ts) and notes for developers (*.md) are left out: the page never
# loads them, and the site build leaves them out.
# Prints each file's size and fails, naming the overrun, when the budget is exceeded.
set -euo pipefail
cd "$(dirname "$0")/../www"

BUDGET=${BUDGET:-300000}
[ -f pkg/newslens_bg.wasm ] || { echo "check-size: www/pkg is missing; run bash scripts/build-wasm.sh" >&2; exit 1; }

total=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -c "$f" | wc -c)
  total=$((total + gz))
  printf '%9d %9d  %s\n' "$raw" "$gz" "$f"
done < <(find . -type f ! -name '*.d.ts' ! -name '*.md' ! -name '.*' | sed 's|^\./||' | sort)
printf '%9s %9d  total gzip (budget %d)\n' '' "$total" "$BUDGET"
if [ "$total" -gt "$BUDGET" ]; then
  echo "check-size: the page is $((total - BUDGET)) bytes over its ${BUDGET}-byte budget" >&2
  exit 1
fi
echo "check-size: within budget ($((BUDGET - total)) bytes to spare)"
