#!/usr/bin/env bash
# Builds the entity model's word clusters and trains the model, from ../shared/data.
#
#   tools/ner/train.sh              # the model, from the committed word clusters
#   tools/ner/train.sh --clusters   # the word clusters first, then the model
#
# Writes assets/ner.model (and with --clusters, assets/clusters.bin). The model is
# reproducible: the same data, gazetteer, clusters and code give the same file. The
# clusters are not across machines (word2vec and k-means round differently with other
# numpy builds), so they are rebuilt only when asked. Steps:
#   1. (--clusters) unlabeled text (CoNLL eng.train and eng.testa, BBC, PolNeAR train),
#      tokenized by whosaid itself -> word2vec -> k-means clusters (tools/ner/clusters.py);
#   2. CRF features from whosaid's own code (examples/ner_features.rs), with Title-Case
#      headline copies of short sentences;
#   3. a tuning run (eng.train -> F1 on eng.testa), then the shipped model on eng.train
#      and eng.testa (tools/ner/train.py).
# eng.testb and PolNeAR dev are never read. Retrain after changing
# src/analysis/entities/features.rs, assets/gazetteer.txt or the verbs of
# src/analysis/cues.rs (a verb after a name is a feature; assets/ner.cues records them,
# and a test fails when they no longer match).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=../shared/data
conll=$data/conll2003
venv=.tools/venv
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check \
  python-crfsuite==0.9.12 gensim==4.4.0 scikit-learn==1.7.2
cargo build --release --quiet --example ner_features --example corpus_tokens
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ "${1:-}" == "--clusters" ]]; then
  echo "word clusters"
  find "$data/bbc" -name '*.txt' ! -name 'README.TXT' | sort > "$work/bbc"
  target/release/examples/corpus_tokens "$conll/eng.train" "$conll/eng.testa" \
    $(cat "$work/bbc") "$data"/polnear/train/text/*.txt > "$work/corpus.txt"
  PYTHONHASHSEED=0 "$venv/bin/python" tools/ner/clusters.py "$work/corpus.txt" assets/clusters.bin
  # The features read the clusters at build time.
  cargo build --release --quiet --example ner_features
fi

echo "features"
features=target/release/examples/ner_features
$features "$conll/eng.train" --headlines > "$work/train.txt"
$features "$conll/eng.testa" > "$work/testa.txt"
$features "$conll/eng.testa" --headlines > "$work/testa-headlines.txt"

echo "tuning run: eng.train -> eng.testa"
"$venv/bin/python" tools/ner/train.py --train "$work/train.txt" --dev "$work/testa.txt" --out "$work/tuning.model"
echo "shipped model: eng.train + eng.testa"
"$venv/bin/python" tools/ner/train.py --train "$work/train.txt" "$work/testa-headlines.txt" \
  --dev "$work/testa.txt" --out assets/ner.model
# The verbs of saying this model was trained with; a test fails when they change.
$features --cues > assets/ner.cues
