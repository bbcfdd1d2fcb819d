#!/usr/bin/env bash
# The version to release, from Cargo.toml (the one source: [workspace.package], inherited by the
# crate and the Python binding; npm/build.mjs copies it into package.json). Prints it.
#   bash scripts/release-version.sh            the version
#   bash scripts/release-version.sh v1.2.3     fails unless the tag is v + the version
# Also checks every artefact already built agrees: target/npm/newslens/package.json and the
# wheels in target/wheels/. Used by the release workflow and `make test-release`.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(cargo pkgid -p newslens | sed 's/.*[#@]//')
python=$(cargo pkgid -p newslens-python | sed 's/.*[#@]//')
fail() { echo "release-version: $*" >&2; exit 1; }
[ "$python" = "$version" ] || fail "python/Cargo.toml has $python, the crate $version"
if [ $# -gt 0 ] && [ "$1" != "v$version" ]; then
  fail "the tag $1 is not v$version, Cargo.toml's version: bump [workspace.package] version first"
fi
if [ -f target/npm/newslens/package.json ]; then
  npm=$(node -p "require('./target/npm/newslens/package.json').version")
  [ "$npm" = "$version" ] || fail "target/npm/newslens/package.json has $npm, not $version: rerun node npm/build.mjs"
fi
for wheel in target/wheels/newslens-*.whl; do
  [ -e "$wheel" ] || continue
  case "$(basename "$wheel")" in
    "newslens-$version-"*) ;;
    *) fail "$wheel is not version $version: rerun bash python/build.sh" ;;
  esac
done
echo "$version"
