#!/usr/bin/env python3
"""Checks that `analyze --jsonl` gives, byte for byte, the analysis of one call per file.

    python3 tools/archive/same_as_files.py [--every N] [--analyze BIN] [DIR]

Takes every Nth file under DIR (../shared/data/bbc by default) in path order, skips the
ones that are not UTF-8 (a file has no JSON Lines form then), analyzes them all in one
`analyze --jsonl` run, then each with `analyze FILE`, and compares the records.
Exit status 1 if any differs.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", default=str(ROOT.parent / "shared" / "data" / "bbc"))
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--analyze", default=str(ROOT / "target" / "release" / "analyze"))
    args = parser.parse_args()
    root = pathlib.Path(args.dir)
    articles = []
    for path in sorted(root.rglob("*.txt"))[:: args.every]:
        try:
            articles.append((str(path.relative_to(root)), path.read_bytes().decode("utf-8")))
        except UnicodeDecodeError:
            print(f"skipped, not UTF-8: {path}", file=sys.stderr)
    lines = "".join(
        json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in articles
    )
    run = subprocess.run(
        [args.analyze, "--jsonl"], input=lines.encode(), capture_output=True, check=True
    )
    records = run.stdout.decode().splitlines()
    assert len(records) == len(articles), "one record per article"
    differ = 0
    for (name, _), record in zip(articles, records):
        one = subprocess.run(
            [args.analyze, os.path.join(root, name)], capture_output=True, check=True
        )
        analysis = one.stdout.decode().rstrip("\n")
        if record != '{"id":%s,"analysis":%s}' % (json.dumps(name), analysis):
            print(f"differs: {name}", file=sys.stderr)
            differ += 1
    print(f"{len(articles) - differ} of {len(articles)} records byte-identical to analyze FILE")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
