#!/usr/bin/env python3
"""Trains the entity model and writes assets/ner.model.

Features come from whosaid's own Rust code (examples/ner_features.rs), so the model sees at
training time exactly what it sees in the app. python-crfsuite trains a linear-chain CRF
with L-BFGS and elastic-net regularization; the weights are then quantized to int8 and
packed as documented in src/analysis/entities/crf.rs.

  tools/ner/train.sh             # the documented entry point
  train.py --train A.txt [B.txt] --dev DEV.txt --out assets/ner.model [--c1 X --c2 Y]
"""
import argparse
import collections
import struct
import sys
import tempfile

import pycrfsuite


def read(path):
    """Sentences of (label, features) read from ner_features output."""
    sentences, cur = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if cur:
                sentences.append(cur)
                cur = []
            continue
        label, *features = line.split("\t")
        cur.append((label, features))
    if cur:
        sentences.append(cur)
    return sentences


def spans(labels):
    out, start, typ = set(), None, None
    for i, t in enumerate(labels + ["O"]):
        p, _, ty = t.partition("-")
        if t == "O" or p == "B" or ty != typ:
            if start is not None:
                out.add((start, i, typ))
                start, typ = None, None
            if t != "O":
                start, typ = i, ty
    return out


def evaluate(tagger, sentences):
    tp, npred, ngold = collections.Counter(), collections.Counter(), collections.Counter()
    for s in sentences:
        gold = [l for l, _ in s]
        pred = tagger.tag([f for _, f in s])
        g, p = spans(gold), spans(pred)
        for x in g:
            ngold[x[2]] += 1
        for x in p:
            npred[x[2]] += 1
        for x in g & p:
            tp[x[2]] += 1

    def f1(types):
        t = sum(tp[x] for x in types)
        p = sum(npred[x] for x in types)
        g = sum(ngold[x] for x in types)
        prec, rec = (t / p if p else 0), (t / g if g else 0)
        return 2 * prec * rec / (prec + rec) if prec + rec else 0

    return f1(["PER", "ORG", "LOC"]), f1(["PER", "ORG", "LOC", "MISC"])


def pack(tagger, out_path):
    info = tagger.info()
    labels = sorted(info.labels.keys(), key=lambda l: info.labels[l])
    index = {l: i for i, l in enumerate(labels)}
    weights = collections.defaultdict(list)
    for (attr, label), w in info.state_features.items():
        weights[attr].append((index[label], w))
    peak = max([abs(w) for ws in weights.values() for _, w in ws] +
               [abs(w) for w in info.transitions.values()])
    scale = peak / 127.0
    q = lambda w: max(-127, min(127, round(w / scale)))
    blob = bytearray(b"WSCRF2")
    blob += bytes([len(labels)])
    for l in labels:
        b = l.encode()
        blob += bytes([len(b)]) + b
    blob += struct.pack("<f", scale)
    for a in labels:
        for b in labels:
            blob += struct.pack("<b", q(info.transitions.get((a, b), 0.0)))
    kept = {}
    for attr, ws in weights.items():
        ws = sorted((l, q(w)) for l, w in ws if q(w) != 0)
        if ws and len(attr.encode()) < 256:
            kept[attr] = ws
    blob += struct.pack("<I", len(kept))
    # Three streams, each of one kind of data, which gzip packs better apart than
    # interleaved: the front-coded names, a mask of labels per name, their weights.
    names, masks, values = bytearray(), bytearray(), bytearray()
    previous = b""
    for attr in sorted(kept, key=lambda a: a.encode()):
        name = attr.encode()
        shared = 0
        while shared < min(len(name), len(previous), 255) and name[shared] == previous[shared]:
            shared += 1
        names += bytes([shared, len(name) - shared]) + name[shared:]
        masks += struct.pack("<H", sum(1 << l for l, _ in kept[attr]))
        for _, w in kept[attr]:
            values += struct.pack("<b", w)
        previous = name
    blob += names + masks + values
    with open(out_path, "wb") as f:
        f.write(blob)
    return len(kept), len(blob)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", nargs="+", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--c1", type=float, default=0.3)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iterations", type=int, default=150)
    a = ap.parse_args()
    trainer = pycrfsuite.Trainer(verbose=False)
    for path in a.train:
        for s in read(path):
            trainer.append([f for _, f in s], [l for l, _ in s])
    trainer.set_params({"c1": a.c1, "c2": a.c2, "max_iterations": a.iterations,
                        "feature.possible_transitions": True})
    with tempfile.NamedTemporaryFile(suffix=".crfsuite") as model:
        trainer.train(model.name)
        tagger = pycrfsuite.Tagger()
        tagger.open(model.name)
        dev = read(a.dev)
        f3, f4 = evaluate(tagger, dev)
        print(f"dev F1 (PER/ORG/LOC) {f3:.4f}, all 4 types {f4:.4f}", file=sys.stderr)
        attrs, size = pack(tagger, a.out)
        print(f"wrote {a.out}: {attrs} attributes, {size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
