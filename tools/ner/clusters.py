#!/usr/bin/env python3
"""Builds assets/clusters.bin: word clusters for the entity model's features.

Word2vec vectors (gensim) trained on unlabeled news text (CoNLL train and testa, BBC,
PolNeAR text), grouped by k-means (scikit-learn). A word's cluster tells the model what
company it keeps, which helps with names it never saw labelled. Only words seen at least
MIN_COUNT times are kept, most frequent first, up to MAX_WORDS. Run with PYTHONHASHSEED=0
for the same clusters every time (train.sh does).

The output is packed as src/analysis/entities/clusters.rs reads it: "WSCL1", the number of
clusters (u16) and of words (u32), the words sorted and front-coded (the length of the
prefix shared with the word before as a byte, the rest, a newline), then the low byte of
each word's cluster and then the high byte. Gzip packs that a fifth smaller than a line of
words per cluster.

Usage: clusters.py CORPUS OUT [--k 300] [--max-words 25000]
"""
import argparse
import collections
import struct

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans

MIN_COUNT = 3


def write(path, cluster_of, k):
    """Packs {word: cluster} for k clusters into `path`."""
    words = sorted(cluster_of, key=lambda w: w.encode())
    out = bytearray(b"WSCL1") + struct.pack("<HI", k, len(words))
    previous = b""
    for w in words:
        name = w.encode()
        shared = 0
        while shared < min(len(name), len(previous), 255) and name[shared] == previous[shared]:
            shared += 1
        out += bytes([shared]) + name[shared:] + b"\n"
        previous = name
    out += bytes(cluster_of[w] & 0xFF for w in words)
    out += bytes(cluster_of[w] >> 8 for w in words)
    with open(path, "wb") as f:
        f.write(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--k", type=int, default=300)
    ap.add_argument("--max-words", type=int, default=25000)
    a = ap.parse_args()
    sentences = [line.split() for line in open(a.corpus, encoding="utf-8")]
    counts = collections.Counter(w for s in sentences for w in s)
    model = Word2Vec(sentences, vector_size=100, window=5, min_count=MIN_COUNT, sg=1,
                     epochs=8, workers=1, seed=7)
    words = [w for w, _ in counts.most_common() if w in model.wv][: a.max_words]
    vectors = np.array([model.wv[w] for w in words])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    labels = KMeans(n_clusters=a.k, n_init=2, random_state=7).fit_predict(vectors)
    write(a.out, dict(zip(words, (int(c) for c in labels))), a.k)
    print(f"wrote {a.out}: {len(words)} words in {a.k} clusters")


if __name__ == "__main__":
    main()
