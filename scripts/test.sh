#!/usr/bin/env bash
# Runs every test of the project: sets up what is missing, builds the
# runtime library and meshc (the e2e tests link programs with
# target/debug/libmesh_rt.a, found next to target/debug/meshc), then runs
# the whole workspace's tests (e2e cases run in parallel).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
cargo build -p mesh-rt -p meshc
cargo test --workspace --no-fail-fast
