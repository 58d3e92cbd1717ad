#!/usr/bin/env bash
# Regenerates requirements.lock: every Python package jobfair needs (runtime + dev + tansu
# extras), each pinned to one version, resolved from pyproject.toml for Python 3.11 on Linux.
# scripts/setup.sh installs from the lock, then jobfair itself with --no-deps.
#   scripts/lock.sh            re-resolve, keeping existing pins where pyproject still allows them
#   scripts/lock.sh --upgrade  re-resolve everything to the newest allowed versions
# Run it after changing dependencies in pyproject.toml, and commit both files together.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || { echo "run scripts/setup.sh first (it creates .venv)" >&2; exit 1; }
[ -x .venv/bin/uv ] || .venv/bin/pip install -q "uv>=0.5,<1"
.venv/bin/uv pip compile pyproject.toml --extra dev --extra tansu \
  --python-version 3.11 --python-platform x86_64-unknown-linux-gnu \
  --no-emit-package jobfair --custom-compile-command "scripts/lock.sh" \
  -o requirements.lock "$@"
