#!/usr/bin/env bash
# Scores the command-line analyzer with ../shared/eval/score.py on the seed answer key and
# on PolNeAR dev. Fails if the analyzer fails on any document. --quiet prints one line per
# corpus instead of the scorer's full JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
cargo build --release --quiet --bin analyze
quiet=false
[[ "${1:-}" == "--quiet" ]] && quiet=true
for corpus in "--gold $shared/corpus" "--polnear $shared/data/polnear/dev"; do
  # shellcheck disable=SC2086
  json=$(python3 "$shared/eval/score.py" --cmd target/release/analyze $corpus)
  failed=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["failed"])' "$json")
  if $quiet; then
    python3 - "$corpus" "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[2])
parts = [f"{sys.argv[1].split()[1]}: {d['documents']} documents"]
for k in ("direct_quotes", "indirect_quotes"):
    v = d[k]
    parts.append(f"{k} F1 {v['F1']} speaker {v['speaker_acc']}")
parts.append(f"partial R {d['partial_quotes']['R']}")
if "entities" in d:
    parts.append(f"entities F1 {d['entities']['F1']}; anonymous F1 {d['anonymous_sources']['F1']}")
print("; ".join(parts))
PY
  else
    echo "$json"
  fi
  if [[ "$failed" != "0" ]]; then
    echo "evaluate: the analyzer failed on $failed documents" >&2
    exit 1
  fi
done
