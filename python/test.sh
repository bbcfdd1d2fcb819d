#!/usr/bin/env bash
# `make test-python`: builds the wheel (maturin, release) into target/wheels/, installs it into
# a fresh venv in a temporary folder (pytest from the local wheelhouse that scripts/setup.sh
# filled, so no network), and runs python/tests/ there against the release CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rm -f target/wheels/newslens-*.whl
# Its own target dir: built for a cdylib with LTO, the core's objects differ from the CLI's,
# and in one target dir the two builds would each invalidate the other.
(cd python && CARGO_TARGET_DIR="$root/target/python" nice -n 10 "$root/.venv-python/bin/maturin" build --release --quiet --out "$root/target/wheels")
wheel=$(ls target/wheels/newslens-*.whl)
printf 'test-python: %s, %s bytes\n' "$wheel" "$(stat -c %s "$wheel")" >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check --no-index --find-links .venv-python/wheelhouse pytest "$wheel"
cd "$tmp"
NEWSLENS_ROOT=$root "$tmp/venv/bin/python" -m pytest -q -p no:cacheprovider --import-mode=importlib "$root/python/tests"
