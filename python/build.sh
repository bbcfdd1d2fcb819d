#!/usr/bin/env bash
# Builds the Python wheel (maturin, release) into target/wheels/, replacing any older one;
# prints its path and size. Used by python/test.sh and `make test-spark`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rm -f target/wheels/newslens-*.whl
# Its own target dir: built for a cdylib with LTO, the core's objects differ from the CLI's,
# and in one target dir the two builds would each invalidate the other.
(cd python && CARGO_TARGET_DIR="$root/target/python" nice -n 10 "$root/.venv-python/bin/maturin" build --release --quiet --out "$root/target/wheels")
wheel=$(ls target/wheels/newslens-*.whl)
printf 'python/build: %s, %s bytes\n' "$wheel" "$(stat -c %s "$wheel")" >&2
