#!/usr/bin/env bash
# Prints the raw and gzipped size of every file of the release build in dist/ and fails
# when all of them together pass the budget: 600 KB gzipped (KB = 1000 bytes), what a
# reader downloads on a first visit.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=600000
[[ -f dist/index.html ]] || { echo "size: no build in dist/; run trunk build --release first" >&2; exit 2; }
total_raw=0
total_gz=0
printf '%-26s %10s %10s\n' file bytes gzipped
for f in dist/*; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-26s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done
printf '%-26s %10d %10d  (budget %d)\n' total "$total_raw" "$total_gz" "$budget"
if ((total_gz > budget)); then
  echo "size: the build is $total_gz bytes gzipped, over the budget of $budget" >&2
  exit 1
fi
