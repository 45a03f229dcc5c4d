#!/usr/bin/env bash
# Scores the command-line analyzer with ../shared/eval/score.py on the seed answer key,
# on PolNeAR dev, and on PolNeAR dev with the NYT archive's '' marks read as quotation
# marks (tools/eval/polnear_quotes.py says why). Fails if the analyzer fails on any
# document. --quiet prints one line per corpus instead of the scorer's JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
cargo build --release --quiet --bin analyze
quiet=false
[[ "${1:-}" == "--quiet" ]] && quiet=true
normalized=$(mktemp -d)
trap 'rm -rf "$normalized"' EXIT
python3 tools/eval/polnear_quotes.py "$shared/data/polnear/dev" "$normalized"

for corpus in "--gold $shared/corpus" "--polnear $shared/data/polnear/dev" "--polnear $normalized"; do
  # shellcheck disable=SC2086
  json=$(python3 "$shared/eval/score.py" --cmd target/release/analyze $corpus)
  label=${corpus#* }
  [[ "$label" == "$normalized" ]] && label="PolNeAR dev, '' read as quotes"
  if $quiet; then
    python3 - "$label" "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[2])
parts = [f"{sys.argv[1]}: {d['documents']} documents"]
for k in ("direct_quotes", "indirect_quotes"):
    v = d[k]
    parts.append(f"{k.split('_')[0]} F1 {v['F1']} (P {v['P']} R {v['R']}) speaker {v['speaker_acc']}")
parts.append(f"partial R {d['partial_quotes']['R']}")
if "entities" in d:
    parts.append(f"entities F1 {d['entities']['F1']}; anonymous F1 {d['anonymous_sources']['F1']}")
print("; ".join(parts))
PY
  else
    echo "== $label"
    echo "$json"
  fi
  failed=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["failed"])' "$json")
  if [[ "$failed" != "0" ]]; then
    echo "evaluate: the analyzer failed on $failed documents" >&2
    exit 1
  fi
done
if ! $quiet; then
  echo "== why predicted indirect speech misses PolNeAR dev gold"
  python3 tools/eval/indirect_breakdown.py --cmd target/release/analyze --polnear "$shared/data/polnear/dev"
fi
