#!/usr/bin/env bash
# Sets up what the Spark example needs, skipping what is there: Java (from Debian) and a venv
# .venv-spark/ (git-ignored) with the pinned pyspark. Run by `make test-spark`.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYSPARK_VERSION=4.3.0   # Spark 4 needs Java 17+
VENV=.venv-spark

say() { printf '\033[1msetup-spark:\033[0m %s\n' "$*" >&2; }

if ! command -v java >/dev/null; then
  say "installing Java 17 from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y openjdk-17-jre-headless || { $sudo apt-get update && $sudo apt-get install -y openjdk-17-jre-headless; }
fi

if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV"
  python3 -m venv "$VENV"
fi

have=$("$VENV/bin/python" -c 'import pyspark; print(pyspark.__version__)' 2>/dev/null || true)
if [ "$have" != "$PYSPARK_VERSION" ]; then
  say "installing pyspark $PYSPARK_VERSION into $VENV (found '${have:-none}'; about 500 MB installed)"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
fi
