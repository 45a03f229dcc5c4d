#!/usr/bin/env python3
"""Checks answer keys against FORMAT.md (../shared/corpus) and eval/keys/KEYING.md.

    python3 tools/eval/check_key.py eval/keys/*.json

Every quote and alias must be a span of the article's text (so a key cannot drift from
the text it describes), every speaker id must resolve, and the optional fields must use
FORMAT.md's words. Prints one line per problem; exit code 1 if there is any.
"""
import json
import os
import sys

KINDS = {"named_person", "named_organization", "anonymous", "media", "document"}
TYPES = {"direct", "partial", "indirect"}
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
GENDERS = {"female", "male", "unknown"}
CHANNELS = {"statement", "interview", "press_conference", "social_media", "filing", "document",
            "broadcast", "letter", "testimony", "speech", "unknown"}
SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")


def problems(path):
    key = json.load(open(path, encoding="utf-8"))
    text = key.get("text")
    if text is None:
        text = open(os.path.join(SHARED, key["text_file"]), encoding="utf-8").read()
    speakers = {s["id"]: s for s in key.get("speakers", [])}
    for s in key.get("speakers", []):
        if s.get("kind") not in KINDS:
            yield f"speaker {s['id']}: kind {s.get('kind')!r}"
        for a in s.get("aliases", []):
            if a not in text:
                yield f"speaker {s['id']}: alias not in text: {a!r}"
        if "gender" in s and s["gender"] not in GENDERS:
            yield f"speaker {s['id']}: gender {s['gender']!r}"
        if s.get("gender") and s.get("kind") != "named_person" and s.get("kind") != "anonymous":
            yield f"speaker {s['id']}: a {s['kind']} has no gender"
        if s.get("vague") and s.get("kind") != "anonymous":
            yield f"speaker {s['id']}: only an anonymous speaker is vague"
    used = set()
    with_channel = [q for q in key.get("quotes", []) if "channel" in q]
    for i, q in enumerate(key.get("quotes", [])):
        if q.get("type") not in TYPES:
            yield f"quote {i}: type {q.get('type')!r}"
        if q["text"] not in text:
            yield f"quote {i}: not in text: {q['text'][:60]!r}"
        sp = q.get("speaker")
        for sid in sp if isinstance(sp, list) else ([sp] if sp else []):
            used.add(sid)
            if sid not in speakers:
                yield f"quote {i}: unknown speaker {sid!r}"
        if with_channel and q.get("channel") not in CHANNELS:
            yield f"quote {i}: channel {q.get('channel')!r}"
    for sid in speakers:
        if sid not in used:
            yield f"speaker {sid}: has no statement"
    for e in key.get("entities", []):
        if e.get("label") not in LABELS:
            yield f"entity {e.get('text')!r}: label {e.get('label')!r}"
        if e.get("text") not in text:
            yield f"entity not in text: {e.get('text')!r}"


def main(paths):
    bad = 0
    for path in paths:
        for p in problems(path):
            print(f"{path}: {p}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
