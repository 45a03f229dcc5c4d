#!/usr/bin/env bash
# Trains the attribution model on PolNeAR train and writes assets/attribution.model.
#
#   tools/attribution/train.sh          # the shipped model
#   tools/attribution/train.sh --cv     # and first the 5-fold cross-validated measures
#
# The model is reproducible bit for bit: the same texts, engine and code give the same
# file, whose SHA-256 tools/attribution/MODEL.sha256 records (a test compares them).
# Steps: features from whosaid's own code (examples/attr_features.rs) for the 840 texts
# of ../shared/data/polnear/train, labelled by their annotations; a CRF trained by
# CRFsuite (tools/attribution/train.py). With --cv, a model per fold, each trained on
# the other four fifths, then ../shared/eval/score.py on every train text with the model
# that did not see it (examples/attr_analyze.rs). PolNeAR dev is never read.
# Retrain after changing the engine's stages before attribution, the rules of
# attribution, or src/analysis/attribution/model/features.rs: they are its features.
set -euo pipefail
cd "$(dirname "$0")/../.."
train=../shared/data/polnear/train
venv=.tools/venv
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check python-crfsuite==0.9.12
cargo build --release --quiet --example attr_features --example attr_analyze
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "features"
target/release/examples/attr_features "$train"/text/*.txt > "$work/train.txt"
if [[ "${1:-}" == "--cv" ]]; then
  echo "5-fold cross-validation"
  mkdir -p "$work/folds"
  "$venv/bin/python" tools/attribution/train.py --features "$work/train.txt" \
    --folds 5 --fold-models "$work/folds"
  python3 ../shared/eval/score.py --cmd "target/release/examples/attr_analyze $work/folds 5" \
    --polnear "$train"
fi
echo "shipped model"
"$venv/bin/python" tools/attribution/train.py --features "$work/train.txt" --out assets/attribution.model
sha256sum assets/attribution.model | cut -d' ' -f1 > tools/attribution/MODEL.sha256
