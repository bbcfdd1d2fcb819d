#!/usr/bin/env bash
# `make test-python`: builds the wheel (python/build.sh: maturin, release), installs it into
# a fresh venv in a temporary folder (pytest from the local wheelhouse that scripts/setup.sh
# filled, so no network), and runs python/tests/ there against the release CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash python/build.sh
wheel=$(ls target/wheels/newslens-*.whl)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check --no-index --find-links .venv-python/wheelhouse pytest "$wheel"
cd "$tmp"
NEWSLENS_ROOT=$root "$tmp/venv/bin/python" -m pytest -q -p no:cacheprovider --import-mode=importlib "$root/python/tests"
