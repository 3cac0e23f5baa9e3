"""Places found where a word of general text begins elsewhere: candidates for region_stopwords.txt.

    .venv/bin/python bench/region_word_splits.py [--texts 40000] [--top 70]

Reads CLUENER train and MSRA train text (../shared/benchmarks; development material only), groups
the sentences into pseudo-articles of 20 (the region resolver's support rules see some context),
runs ``find_regions`` and prints the places whose span starts inside a jieba word, most frequent
first, with the character before and a bit of context: ``沿|海城市`` (沿海城市, no 海城市) is a
word for something else; ``在|京`` (在京举行) is a place all right.  A person reviews the list and
adds the true misreadings to rules/region_stopwords.txt (not a test: it prints figures).
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "benchmarks"


def sentences() -> list[str]:
    out = [json.loads(line)["text"] for line in (BENCH / "cluener" / "train.json").open(encoding="utf-8")]
    cur: list[str] = []
    for line in (BENCH / "msra" / "train.bmes").open(encoding="utf-8"):
        cells = line.split()
        if not cells:
            if cur:
                out.append("".join(cur))
                cur = []
            continue
        cur.append(cells[0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", type=int, default=40000, help="sentences read")
    ap.add_argument("--top", type=int, default=70)
    a = ap.parse_args()
    import jieba

    from extract.extractors.regions import find_regions

    jieba.setLogLevel(60)
    texts = sentences()[: a.texts]
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    example: dict[tuple[str, str], str] = {}
    for i in range(0, len(texts), 20):
        article = "\n".join(texts[i : i + 20])
        found = find_regions(article)
        if not found:
            continue
        starts, pos = set(), 0
        for word in jieba.lcut(article):
            starts.add(pos)
            pos += len(word)
        for r in found:
            for s, e in r.spans:
                if s not in starts:
                    key = (article[max(0, s - 1) : s], article[s:e])
                    counts[key] += 1
                    example.setdefault(key, article[max(0, s - 3) : e + 2].replace("\n", " "))
    for (before, place), n in counts.most_common(a.top):
        print(f"{n:5d}  {before}|{place}  {example[before, place]}")


if __name__ == "__main__":
    main()
