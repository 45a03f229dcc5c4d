#!/usr/bin/env bash
# Scores the command-line analyzer with ../shared/eval/score.py on the tuning keys: the
# seed answer key and our keyed dev set (eval/keys). Fails if the analyzer fails on any
# document. --quiet prints one line per corpus instead of the scorer's JSON; --train also
# scores PolNeAR train (through tools/eval/score_tolerant.py: score.py stops on one of its
# files); --heldout also scores PolNeAR dev, which is read only to check for harm, once at
# the end of a round (EVALUATION.md), so CI does not print it on every run. Without
# ../shared (a plain clone) it says so and skips.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
if [[ ! -f "$shared/eval/score.py" ]]; then
  echo "evaluate: skipped, ../shared (answer keys and scorer) is not beside the repository"
  exit 0
fi
cargo build --release --quiet --bin analyze
quiet=false
corpora=("--gold $shared/corpus" "--gold eval/keys")
for arg in "$@"; do
  case "$arg" in
    --quiet) quiet=true ;;
    --train) corpora+=("--polnear $shared/data/polnear/train") ;;
    --heldout) corpora+=("--polnear $shared/data/polnear/dev") ;;
    *) echo "evaluate: unknown option $arg" >&2; exit 2 ;;
  esac
done

for corpus in "${corpora[@]}"; do
  scorer=$shared/eval/score.py
  [[ "$corpus" == *polnear/train ]] && scorer=tools/eval/score_tolerant.py
  # shellcheck disable=SC2086
  json=$(python3 "$scorer" --cmd target/release/analyze $corpus)
  label=${corpus#* }
  if $quiet; then
    python3 - "$label" "$json" <<'PY'
import json, sys
d = json.loads(sys.argv[2])
parts = [f"{sys.argv[1]}: {d['documents']} documents"]
if "sidebar" in d:
    parts.append(f"sidebar F1 {d['sidebar']['F1']}")
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
