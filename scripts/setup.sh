#!/usr/bin/env bash
# Installs what building and testing newslens needs, skipping what is already there: the
# wasm32 Rust target, rustfmt and clippy, the wasm-bindgen CLI matching Cargo.toml's pin, the
# npm tools (binaryen's wasm-opt, esbuild, playwright-core), and Debian's Chromium + ChromeDriver.
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

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/esbuild ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (npm ci)"
  npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Chromium and ChromeDriver from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y chromium chromium-driver || { $sudo apt-get update && $sudo apt-get install -y chromium chromium-driver; }
fi
