#!/usr/bin/env python3
"""Copy a PolNeAR split with the NYT archive's '' quotation marks written as ".

PolNeAR's New York Times articles write quotation marks as two apostrophes (''…''). The
shared scorer finds direct quotes only between " or “ ” marks, so in those articles every
quotation is scored as indirect speech. This copy rewrites each '' as " plus a space (the
space on the outer side), which keeps every character offset, so the BRAT annotations stay
valid. Used by scripts/evaluate.sh; the copy goes to a temporary folder, never the repo.

Usage: polnear_quotes.py SRC_SPLIT DST_DIR
"""
import glob
import os
import re
import shutil
import sys


def main():
    src, dst = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(dst, "text"), exist_ok=True)
    os.makedirs(os.path.join(dst, "attributions"), exist_ok=True)
    for f in glob.glob(os.path.join(src, "attributions", "*.ann")):
        shutil.copy(f, os.path.join(dst, "attributions"))
    for f in glob.glob(os.path.join(src, "text", "*.txt")):
        text = open(f, encoding="utf-8").read()
        text = re.sub(r"''(?=[\w\[(])", ' "', text)  # opening: before a word
        text = text.replace("''", '" ')  # closing
        with open(os.path.join(dst, "text", os.path.basename(f)), "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
