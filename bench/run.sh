#!/usr/bin/env bash
# CPU benchmarks: Mesh (meshc --opt-level 2) against the same programs in C
# (gcc -O2). Builds meshc and the runtime in release mode, installs hyperfine
# when it is missing (apt-get, as root or with sudo; otherwise a built-in
# timing loop is used), then runs bench/run.py, which checks that both sides
# print the same checksum, times them and prints a table with the ratio Mesh/C
# and peak RSS. Not part of scripts/test.sh; nothing here asserts timings.
#
# Usage: bench/run.sh [NAME...] [--runs N] [--cpu CPU|''] [--limit SECONDS] [--work DIR] [--no-hyperfine]
#   NAME       benchmarks to run (directories of bench/cpu/; default all)
#   --runs N   timed runs per program (default 10)
#   --cpu CPU  pin the timed runs with taskset -c CPU (default 1; '' for none)
#   --limit S  skip a benchmark whose first run takes longer than S seconds (default 30)
# Set BENCH_NO_INSTALL=1 to never install hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"

cargo build --release -p meshc -p mesh-rt

if ! command -v hyperfine >/dev/null 2>&1 && [ -z "${BENCH_NO_INSTALL:-}" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  $sudo apt-get install -y -qq hyperfine >/dev/null 2>&1 \
    || { $sudo apt-get update -qq >/dev/null 2>&1 && $sudo apt-get install -y -qq hyperfine >/dev/null 2>&1; } \
    || echo "hyperfine could not be installed; using the built-in timing loop" >&2
fi

exec python3 bench/run.py --meshc target/release/meshc "$@"
