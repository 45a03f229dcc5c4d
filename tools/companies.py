#!/usr/bin/env python3
"""Prints the companies of the main stock indices, one name a line, for tools/gazetteer.mjs.

Source: the PyPI package pytickersymbols (MIT licence), index constituents with their
names. Only the indices of the largest companies are read, and legal
endings are dropped ("Apple Inc." is listed as "Apple", as news writes it). A
one-word name that is also a common word ("Next", "Match", "Shell") is left out: where
`../shared/data/bbc` is present, a word written in lower case five times or more in its
2,219 articles (the shipped list was built so).

    pip install pytickersymbols==1.17.10 && python3 tools/companies.py
"""
import collections
import glob
import os
import re

from pytickersymbols import PyTickerSymbols

# The largest companies only: each further name costs the first visit bytes. Japan's
# best known are in tools/gazetteer.mjs; the S&P 500 beyond the S&P 100 and Nasdaq 100
# are rarely news outside business pages.
SMALL = {"S&P 600", "S&P 500", "NIKKEI 225", "SDAX", "CAC Mid 60", "MDAX", "TecDAX"}
ENDING = re.compile(
    r"(,? (Inc\.?|Incorporated|Corporation|Corp\.?|Group|plc|PLC|AG|SE|S\.A\.|SA|N\.V\.|NV"
    r"|Holdings?|Co\.|Ltd\.?|Limited|Company|& Co\.?|A/S|ASA|AB|Oyj|S\.p\.A\.|SpA|KGaA))+$"
)


def common_words():
    """Lower-case words of the BBC articles beside the project, with their counts."""
    here = os.path.dirname(os.path.abspath(__file__))
    counts = collections.Counter()
    for path in glob.glob(os.path.join(here, "..", "..", "shared", "data", "bbc", "*", "*.txt")):
        with open(path, encoding="utf-8", errors="replace") as f:
            counts.update(re.findall(r"\b[a-z][a-z&-]+\b", f.read()))
    return counts


def main():
    common = common_words()
    tickers = PyTickerSymbols()
    names = set()
    for index in tickers.get_all_indices():
        if index in SMALL:
            continue
        for stock in tickers.get_stocks_by_index(index):
            # News writes "Apple", rarely "Apple Inc.": the short form alone.
            name = ENDING.sub("", stock["name"].strip()).strip(" ,")
            # At most four words, a capital or digit first, and no common word.
            word = " " not in name and common[name.lower()] >= 5
            if len(name) > 2 and len(name.split()) <= 4 and re.match(r"[A-Z0-9]", name) and not word:
                names.add(name)
    print("\n".join(sorted(names)))


if __name__ == "__main__":
    main()
