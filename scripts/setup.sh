#!/usr/bin/env bash
# Installs everything jobfair needs on a fresh Debian machine, then the Python venv.
#   scripts/setup.sh        what `jobfair dev` needs (Java, Maven, PostgreSQL server, venv)
#   scripts/setup.sh test   plus what the test suite needs (Chromium, Prometheus)
#   scripts/setup.sh bench  plus what the load tests need (wrk)
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=${1:-}
say() { printf '[setup] %s\n' "$*"; }

need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ "$want_test" = test ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
  command -v promtool >/dev/null 2>&1 || need+=(prometheus)
  # A CJK font, so the Chinese pages in browser-test screenshots are readable.
  fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || need+=(fonts-wqy-microhei)
fi
if [ "$want_test" = bench ]; then
  command -v wrk >/dev/null 2>&1 || need+=(wrk)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    say "missing Debian packages: ${need[*]}"
    say "run as root: apt-get update && apt-get install -y ${need[*]}"
    exit 1
  fi
  say "installing Debian packages: ${need[*]} (first run only)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # The Debian prometheus package starts a system service; we run our own on demand.
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now prometheus >/dev/null 2>&1 || true; fi
fi

py=${PYTHON:-python3.11}
command -v "$py" >/dev/null 2>&1 || py=python3
if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $("$py" --version)"
  "$py" -m venv .venv
fi
stamp=.venv/.jobfair-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ requirements.lock -nt "$stamp" ]; then
  say "installing Python packages into .venv from requirements.lock (first run only, about a minute)"
  .venv/bin/pip install -q --upgrade pip
  # Exact versions from the lock (scripts/lock.sh regenerates it), then jobfair itself only.
  .venv/bin/pip install -q -r requirements.lock
  .venv/bin/pip install -q --no-deps -e .
  touch "$stamp"
fi
say "fetching Apache Kafka jars if not cached"
.venv/bin/python -c 'from jobfair.local.kafka import ensure_kafka_jars; from jobfair.local.procs import default_cache_dir; import os, pathlib; ensure_kafka_jars(pathlib.Path(os.environ.get("JOBFAIR_CACHE_DIR") or default_cache_dir()).expanduser(), progress=lambda s: print("[setup]", s))'
say "ready"
