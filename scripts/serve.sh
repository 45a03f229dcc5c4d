#!/usr/bin/env bash
# Sets up what is missing, then serves the app at http://127.0.0.1:8080 with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --offline "$@"
