#!/usr/bin/env bash
# The page-weight budget: everything the page can transfer as deployed (HTML, CSS, JS, the wasm,
# the service worker, the example article) must total at most 350 KB gzipped: 300 KB for the
# page, and 50 KB more only for the learned names model (data/names_model.bin, ~22 KB in the wasm).
#
#   bash scripts/check-size.sh        builds the site as it is deployed (scripts/build-site.mjs:
#                                     www/ with its JavaScript minified) into a temporary folder
#                                     and weighs that
#   bash scripts/check-size.sh DIR    weighs DIR as it is: the built site (dist/site), or www/
#                                     for the readable source as served in development
#
# Compressed with gzip's default level (as static hosts do, so no better than in practice).
# TypeScript declarations (*.d.ts) and notes for developers (*.md) are left out: the page never
# loads them, and the site build leaves them out. So is newslens.html, the single-file page:
# it is fetched only when its "Download" link is followed.
# Prints each file's size and fails, naming the overrun, when the budget is exceeded.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

BUDGET=${BUDGET:-350000}
if [ $# -gt 0 ]; then
  dir=$1
else
  [ -f "$ROOT/www/pkg/newslens_bg.wasm" ] || { echo "check-size: www/pkg is missing; run bash scripts/build-wasm.sh" >&2; exit 1; }
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  dir=$tmp/site
  node "$ROOT/scripts/build-site.mjs" --out "$dir" 2>"$tmp/build.log" || { cat "$tmp/build.log" >&2; exit 1; }
fi
[ -f "$dir/pkg/newslens_bg.wasm" ] || { echo "check-size: $dir/pkg/newslens_bg.wasm is missing; run bash scripts/build-wasm.sh" >&2; exit 1; }
echo "check-size: ${1:-the site as deployed (www/ through scripts/build-site.mjs)}"
cd "$dir"

total=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -c "$f" | wc -c)
  total=$((total + gz))
  printf '%9d %9d  %s\n' "$raw" "$gz" "$f"
done < <(find . -type f ! -name '*.d.ts' ! -name '*.md' ! -name '.*' ! -path './newslens.html' | sed 's|^\./||' | sort)
printf '%9s %9d  total gzip (budget %d)\n' '' "$total" "$BUDGET"
if [ "$total" -gt "$BUDGET" ]; then
  echo "check-size: the page is $((total - BUDGET)) bytes over its ${BUDGET}-byte budget" >&2
  exit 1
fi
echo "check-size: within budget ($((BUDGET - total)) bytes to spare)"
