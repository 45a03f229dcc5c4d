#!/usr/bin/env python3
"""Builds assets/clusters.tsv: word clusters for the entity model's features.

Word2vec vectors (gensim) trained on unlabeled news text (CoNLL train and testa, BBC,
PolNeAR text), grouped by k-means (scikit-learn). A word's cluster tells the model what
company it keeps, which helps with names it never saw labelled. Only words seen at least
MIN_COUNT times are kept, most frequent first, up to MAX_WORDS. Line n of the output lists
the words of cluster n, separated by spaces. Run with PYTHONHASHSEED=0 for the same
clusters every time (train.sh does).

Usage: clusters.py CORPUS OUT [--k 300] [--max-words 25000]
"""
import argparse
import collections

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans

MIN_COUNT = 3


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
    groups = collections.defaultdict(list)
    for w, c in zip(words, labels):
        groups[c].append(w)
    with open(a.out, "w", encoding="utf-8") as f:
        for c in range(a.k):
            f.write(" ".join(sorted(groups[c])) + "\n")
    print(f"wrote {a.out}: {len(words)} words in {a.k} clusters")


if __name__ == "__main__":
    main()
