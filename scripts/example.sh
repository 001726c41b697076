#!/usr/bin/env bash
# Builds meshc and the runtime library, compiles the example program in
# examples/hello (into target/examples/hello) and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
cargo build -p mesh-rt -p meshc
mkdir -p target/examples
target/debug/meshc build examples/hello -o target/examples/hello
target/examples/hello
