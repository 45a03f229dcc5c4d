#!/usr/bin/env bash
# Sets up what is missing, then runs every test: formatting and lints, the engine's native
# tests, the scorer on the shared answer keys, and the release build in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --release --all-targets -- -D warnings
cargo clippy --release --target wasm32-unknown-unknown --lib --bin app --bin worker -- -D warnings

step "native tests"
cargo test --release

step "scorer: seed answer key and the keyed dev set"
scripts/evaluate.sh --quiet

step "release build"
trunk build --release --offline

step "size of the release build"
scripts/size.sh

step "browser tests (headless Chromium)"
node --test tests/browser/
