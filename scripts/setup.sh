#!/usr/bin/env bash
# Installs what building and testing Mesh needs and is missing, on Debian 12
# with Rust installed: LLVM 19 with its static libraries (llvm-sys links
# them: llvm-19-dev pulls in libxml2-dev, libz3-dev, libffi-dev), Polly,
# zstd and zlib, and a C compiler (`cc` links every Mesh program with the
# runtime). Safe to run any number of times: it installs nothing that is
# already there.
set -euo pipefail

packages=(llvm-19-dev libpolly-19-dev libzstd-dev zlib1g-dev)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ! -x /usr/lib/llvm-19/bin/llvm-config ] && [[ ! " ${missing[*]} " =~ " llvm-19-dev " ]]; then
  missing+=(llvm-19-dev)
fi
if ! command -v cc >/dev/null 2>&1; then
  missing+=(gcc libc6-dev)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/cargo" ]; then
  echo "setup: Rust (cargo) is required; install it with rustup first" >&2
  exit 1
fi
/usr/lib/llvm-19/bin/llvm-config --version >/dev/null
echo "setup: ok (LLVM $(/usr/lib/llvm-19/bin/llvm-config --version), $(cc --version | head -n 1))"
