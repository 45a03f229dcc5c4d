#!/usr/bin/env bash
# Installs what building and testing whosaid needs, skipping whatever is already there at
# the right version. Safe to run again and again; needs no GitHub downloads.
#
#   Rust 1.95.0 with wasm32, clippy and rustfmt   (rust-toolchain.toml, through rustup)
#   wasm-bindgen-cli at the version in Cargo.lock (crates.io)
#   Trunk 0.21.14                                  (crates.io)
#   wasm-opt, playwright-core, gazetteer sources   (npm, package-lock.json)
#   Chromium and its driver                        (Debian)
#   Dask, for the cluster recipe's test            (PyPI)
#   pytickersymbols, for rebuilding the gazetteer   (PyPI)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

# The pinned toolchain, its components and the wasm target.
rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# wasm-bindgen-cli must match the wasm-bindgen crate exactly. Not --locked: the registry
# mirror lacks one of its locked dependencies.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [[ "$have" != "$want" ]]; then
  say "installing wasm-bindgen-cli $want (about 7 minutes)"
  cargo install wasm-bindgen-cli --version "=$want"
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk 0.21.14" ]]; then
  say "installing trunk 0.21.14 (about 15 minutes)"
  cargo install trunk --version =0.21.14 --locked
fi

# npm packages; reinstalled only when package-lock.json changed.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium from Debian"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Dask runs the cluster recipe (tools/archive/dask_analyze.py) in local mode in
# tests/cluster.rs.
if [[ "$(python3 -c 'import dask; print(dask.__version__)' 2>/dev/null || true)" != "2026.11.0" ]]; then
  say "installing dask 2026.11.0 from PyPI"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "dask==2026.11.0"
fi

# pytickersymbols gives tools/gazetteer.mjs its companies (tools/companies.py); only
# rebuilding the gazetteer needs it.
if ! python3 -c 'import pytickersymbols' 2>/dev/null; then
  say "installing pytickersymbols 1.17.10 from PyPI"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore "pytickersymbols==1.17.10"
fi
