#!/usr/bin/env python3
"""Trains the attribution model and writes assets/attribution.model.

Features come from whosaid's own Rust code (examples/attr_features.rs calls the engine's
`attribution::model::features`), so the model sees at training time exactly what it sees
in the app. python-crfsuite trains a linear-chain CRF (L-BFGS, strong L1 so that few
weights survive); the weights are quantized to int8 and packed by tools/ner/train.py's
`pack`, the entity model's format.

  tools/attribution/train.sh           # the documented entry point
  train.py --features F.txt --out assets/attribution.model
  train.py --features F.txt --folds 5 --fold-models DIR   # one model per held-out fold

A text's fold is its FNV-1a hash modulo the number of folds, the same in
examples/attr_analyze.rs, so that score.py can score every PolNeAR train text with the
model that did not see it.
"""
import argparse
import importlib.util
import os
import sys
import tempfile

import pycrfsuite


def _ner_pack():
    """tools/ner/train.py's `pack`, which writes the format both models share."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ner", "train.py")
    spec = importlib.util.spec_from_file_location("ner_train", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.pack


pack = _ner_pack()

C1, C2, ITERATIONS = 3.0, 0.01, 300


def read(path):
    """{text path: [paragraph: [(label, features)]]}, in file order."""
    docs, cur, para = {}, None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#doc "):
            cur = line[5:]
            docs[cur] = []
        elif not line:
            if para:
                docs[cur].append(para)
                para = []
        else:
            label, *features = line.split("\t")
            para.append((label, features))
    return docs


def fnv1a(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def fold_of(path, folds):
    return fnv1a(open(path, "rb").read()) % folds


def train(docs, paths, out):
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for path in paths:
        for para in docs[path]:
            trainer.append([f for _, f in para], [label for label, _ in para])
    trainer.set_params({"c1": C1, "c2": C2, "max_iterations": ITERATIONS,
                        "feature.possible_transitions": True})
    with tempfile.NamedTemporaryFile(suffix=".crfsuite") as model:
        trainer.train(model.name)
        tagger = pycrfsuite.Tagger()
        tagger.open(model.name)
        attrs, size = pack(tagger, out)
    print(f"wrote {out}: {attrs} attributes, {size} bytes", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", required=True)
    ap.add_argument("--out")
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--fold-models")
    a = ap.parse_args()
    docs = read(a.features)
    paths = sorted(docs)
    if a.folds:
        for f in range(a.folds):
            rest = [p for p in paths if fold_of(p, a.folds) != f]
            train(docs, rest, os.path.join(a.fold_models, f"fold{f}.model"))
    if a.out:
        train(docs, paths, a.out)


if __name__ == "__main__":
    main()
