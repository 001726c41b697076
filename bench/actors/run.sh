#!/usr/bin/env bash
# Actor benchmarks: Mesh beside Erlang (Debian's erlang) and Go (Debian's
# golang), in one run; see run.py for what is measured and how. Builds meshc
# and the runtime in release mode first. Not part of scripts/test.sh.
# Usage: bench/actors/run.sh [--runs N] [--only spawn ring pingpong service]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v cargo >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release -p meshc -p mesh-rt
exec python3 bench/actors/run.py --meshc target/release/meshc "$@"
