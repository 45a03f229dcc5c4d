#!/usr/bin/env python3
"""Why the analyzer's indirect-speech predictions miss PolNeAR's indirect gold.

The shared scorer keeps as indirect gold only the PolNeAR attributions whose cue is one
exact verb form from its list ("said", not "has said" or "said in a statement") and whose
content holds no quotation marks. This sorts every unmatched predicted indirect statement:

  no-attribution     PolNeAR has no attribution there: a real false positive
  quoted-content     PolNeAR's attribution there holds a quotation, so only its quoted
                     words are gold (the seed answer key marks both, as we do)
  other-cue          PolNeAR's attribution there has a cue the scorer's list lacks
                     ("has said", "believes", "according to" with extra words)
  boundary           an exact-cue attribution with content overlapping < 50%

Usage: indirect_breakdown.py --cmd CMD --polnear SPLIT
"""
import argparse
import collections
import glob
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "eval"))
import score  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--polnear", required=True)
    a = ap.parse_args()
    counts = collections.Counter()
    tp = 0
    for doc in score.load_polnear(a.polnear):
        text = doc["text"]
        ann = sorted(glob.glob(os.path.join(a.polnear, "attributions", doc["id"] + "_*.ann")))[0]
        spans, events = score.parse_brat(ann)
        attributions = [(spans[e["Cue"]][2], spans[e["Content"]][1]) for e in events
                        if "Content" in e and "Cue" in e]
        analysis, _, _ = score.run_cmd(a.cmd, text)
        raw = [q for q in (analysis or {}).get("quotes", []) if q["type"] == "indirect"]
        gold = [q for q in doc["quotes"] if q["type"] == "indirect"]
        matched = {j for _, j in score.match(gold, score.pred_quotes({"quotes": raw}))}
        tp += len(matched)
        data = text.encode("utf-8")
        for j, q in enumerate(raw):
            if j in matched:
                continue
            start = len(data[:q["start"]].decode("utf-8", "ignore"))
            end = len(data[:q["end"]].decode("utf-8", "ignore"))
            hit = next(((cue, parts) for cue, parts in attributions
                        if any(s < end and start < e for s, e in parts)), None)
            if hit is None:
                counts["no-attribution"] += 1
                continue
            cue, parts = hit
            content = " ".join(text[s:e] for s, e in parts)
            if re.search(r"[\"“]([^\"“”]{2,}?)[\"”]", content):
                counts["quoted-content"] += 1
            elif not score.SPEECH_CUES.match(cue.strip()):
                counts["other-cue"] += 1
            else:
                counts["boundary"] += 1
    total = tp + sum(counts.values())
    print(f"predicted indirect: {total}; matched: {tp}")
    for k in ("no-attribution", "quoted-content", "other-cue", "boundary"):
        print(f"  {k:15} {counts[k]:5}  ({counts[k] / total:.1%})")
    fair = tp / (tp + counts["no-attribution"] + counts["boundary"]) if total else 0
    print(f"precision counting only no-attribution and boundary as errors: {fair:.3f}")


if __name__ == "__main__":
    main()
