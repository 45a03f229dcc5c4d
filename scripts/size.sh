#!/usr/bin/env bash
# Prints where the bytes of the release build in dist/ go, raw and gzipped (KB = 1000
# bytes), and fails when the build passes either budget:
#   - a first visit downloads every file: at most 700 KB gzipped in all;
#   - what paints the page (every file but the engine's worker, which the page starts
#     once it is up, and the data built into it) at most 220 KB gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
budget_total=700000
budget_paint=220000
[[ -f dist/index.html ]] || { echo "size: no build in dist/; run trunk build --release first" >&2; exit 2; }

gz() { gzip -9c "$1" | wc -c; }
row() { printf '%-28s %10s %10s%s\n' "$@"; }

declare -A raw=([paint]=0 [worker]=0) zipped=([paint]=0 [worker]=0)
row file bytes gzipped ""
for f in dist/*; do
  name=${f#dist/}
  # The engine: the worker's loader, its script and its wasm (worker_*.js, worker_bg.wasm).
  part=paint
  [[ $name == worker* ]] && part=worker
  r=$(wc -c <"$f")
  z=$(gz "$f")
  raw[$part]=$((raw[$part] + r))
  zipped[$part]=$((zipped[$part] + z))
  row "$name" "$r" "$z" ""
done

# The engine's data is compiled into worker_bg.wasm (the files under assets/ that
# src/analysis includes); gzipped apart, about what it weighs there.
data=0
files=$(grep -rhoE 'include_(bytes|str)!\("[^"]*assets/[^"]+"\)' src/analysis | grep -oE 'assets/[^"]+' | sort -u)
for f in $files; do
  data=$((data + $(gz "$f")))
done
total_raw=$((raw[paint] + raw[worker]))
total_gz=$((zipped[paint] + zipped[worker]))
echo
row "paints the page" "${raw[paint]}" "${zipped[paint]}" "  (budget $budget_paint)"
row "engine worker" "${raw[worker]}" "${zipped[worker]}" ""
row "  of which its data, about" "" "$data" "  ($(echo $files | sed 's|assets/||g'))"
row "total, a first visit" "$total_raw" "$total_gz" "  (budget $budget_total)"

status=0
if ((zipped[paint] > budget_paint)); then
  echo "size: what paints the page is ${zipped[paint]} bytes gzipped, over its budget of $budget_paint" >&2
  status=1
fi
if ((total_gz > budget_total)); then
  echo "size: the build is $total_gz bytes gzipped, over the budget of $budget_total" >&2
  status=1
fi
exit $status
