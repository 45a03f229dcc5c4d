#!/usr/bin/env python3
"""../shared/eval/score.py, tolerant of one broken line in PolNeAR train.

PolNeAR train's wash-post_2016-06-27_byline-amber-phillips_4e07.ann breaks one span's
text over three lines; score.py's BRAT reader stops the whole run with a ValueError
there. This runs the same scorer with that reader skipping lines that are no annotation
(no tab), which is what the span's other lines are. Same arguments as score.py.
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
import score  # noqa: E402

_parse = score.parse_brat


def parse_brat(path):
    lines = [l for l in open(path, encoding="utf-8") if "\t" in l]
    if len(lines) == sum(1 for _ in open(path, encoding="utf-8")):
        return _parse(path)
    with tempfile.NamedTemporaryFile("w", suffix=".ann", delete=False, encoding="utf-8") as f:
        f.writelines(lines)
        tmp = f.name
    try:
        return _parse(tmp)
    finally:
        os.unlink(tmp)


score.parse_brat = parse_brat
if __name__ == "__main__":
    score.main()
