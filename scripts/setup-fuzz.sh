#!/usr/bin/env bash
# What `make fuzz` needs beyond `make test`: a nightly Rust toolchain (libFuzzer's
# instrumentation) and cargo-fuzz. Skips what is there.
set -euo pipefail
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "setup-fuzz: installing the nightly toolchain" >&2
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null; then
  echo "setup-fuzz: installing cargo-fuzz (a few minutes)" >&2
  cargo install cargo-fuzz
fi
