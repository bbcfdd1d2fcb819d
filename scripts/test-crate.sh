#!/usr/bin/env bash
# `make test-crate`: the crate as crates.io would get it and a Rust user would use it.
#  1. `cargo publish --dry-run`: packs the crate (Cargo.toml's `include`) and builds the packed
#     copy on its own, so no path outside it (a data file, a README) can be missing.
#  2. The API docs as docs.rs builds them, with rustdoc's warnings (broken links) as errors.
#  3. A fresh crate in a temporary folder depends on that packed copy and runs the Rust example
#     of README.crate.md (the crates.io page), so the example compiles and works.
# --allow-dirty: a developer's uncommitted changes are packed as they are (CI's clone is clean).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
nice -n 10 cargo publish --dry-run --allow-dirty --quiet
RUSTDOCFLAGS="-D warnings" nice -n 10 cargo doc --no-deps --lib --quiet
version=$(cargo pkgid | sed 's/.*[#@]//')
packed="$root/target/package/newslens-$version"
test -f "$packed/Cargo.toml"
crate=$(find target/package -name "newslens-$version.crate" | head -1)
printf 'test-crate: %s, %s files, %s bytes\n' "$crate" "$(tar tzf "$crate" | wc -l)" "$(stat -c %s "$crate")" >&2

user=$(mktemp -d)
trap 'rm -rf "$user"' EXIT
mkdir "$user/src"
cat > "$user/Cargo.toml" <<TOML
[package]
name = "crate-user"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
newslens = { path = "$packed" }
serde_json = "1"

[workspace]
TOML
{
  echo 'fn main() -> Result<(), Box<dyn std::error::Error>> {'
  # The README's first rust block, less its doctest-only last line.
  sed -n '/^```rust$/,/^```$/p' README.crate.md | sed '1d;$d' | grep -v '^# Ok::'
  echo '    println!("{json}");'
  echo '    Ok(())'
  echo '}'
} > "$user/src/main.rs"
out=$(cd "$user" && CARGO_TARGET_DIR="$root/target/crate-user" nice -n 10 cargo run --quiet)
# The example's analysis, with the date the example gives, came out.
grep -q '"reference_date":{"value":"2020-02-29","source":"given"' <<<"$out"
grep -q '"name":"Anatoly Antonov"' <<<"$out"
echo "test-crate: the packed crate builds alone and README.crate.md's example runs against it" >&2
