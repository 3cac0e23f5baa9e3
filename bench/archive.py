"""An archive-sized run: a JSONL collection of synthetic-but-realistic articles through `extract run`.

    .venv/bin/python bench/archive.py [--articles 100000] [--workers 2] [--no-ner]
                                      [--dask-articles 2000] [--keep DIR]

The articles are the samples in data/raw and the written held-out sets (bench/heldout*/articles,
plain-text ones), drawn in a shuffled order and shifted in time: every year written in an
article (2016年, 2016-05-12, 二〇一六年 is left alone) moves by the same random number of years
(−8…+2, never past this year), and each row gets a URL carrying its shifted page date where the
article had one, the way crawlers write them (`id`, `url`, `content`). The collection is written
to disk lazily (one row at a time) and read back by `extract run` in chunks, as a real archive
would be.

Printed: articles/s and characters/s of the whole run (start-up included), the peak RSS of the
largest process of the run (its parent: the pipeline it loaded for the workers, and the
manifest), records and errors written, and the projected wall time for 10 M articles

* on one machine of 16 cores: 16 workers at this run's rate per worker, scaled by the
  efficiency this run measured between one and --workers workers (when --workers > 1);
* on a Dask cluster: with --dask-articles N > 0, N articles also go through a local Dask
  cluster of --workers processes (the same code path as `extract run --scheduler`), which gives
  the rate per Dask worker; the projection is for 4 hosts of 16 cores (64 workers), assuming the
  scheduler is not the bottleneck (a Dask scheduler handles a few thousand tasks/s; one task here
  is one article).

Not a test: it prints figures. The 100,000-article default takes about an hour on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 10_000_000

_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?=年|[-/.][01]?[0-9][-/.]|[-/][01][0-9](?![0-9]))")
_DAY = re.compile(r"((?:19|20)[0-9]{2})[年/.-]([01]?[0-9])[月/.-]([0-3]?[0-9])")


def pool() -> list[str]:
    """The source articles: the samples and the written held-out sets (plain text only)."""
    paths = sorted((ROOT / "data" / "raw").glob("*.txt"))
    paths += sorted(p for d in sorted(ROOT.glob("bench/heldout*/articles")) for p in d.glob("*.txt"))
    texts = []
    for p in paths:
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if not text.lstrip().startswith("<"):  # a page saved as .txt is no plain-text article
            texts.append(text)
    if not texts:
        sys.exit("bench/archive.py: no articles found under data/raw or bench/heldout*/articles")
    return texts


def shifted(text: str, years: int) -> str:
    this_year = date.today().year
    if any(int(m.group(1)) + years > this_year for m in _YEAR.finditer(text)):
        years = min(0, years)  # never a year in the future
    return _YEAR.sub(lambda m: str(int(m.group(1)) + years), text)


def rows(n: int, seed: int) -> Iterator[dict[str, str]]:
    texts = pool()
    rng = random.Random(seed)
    order: list[int] = []
    for i in range(n):
        if not order:
            order = list(range(len(texts)))
            rng.shuffle(order)
        text = shifted(texts[order.pop()], rng.randint(-8, 2))
        day = _DAY.search(text)
        if day:
            y, m, d = day.groups()
            url = f"https://news.example.gov.cn/xwzx/{y}-{int(m):02d}/{int(d):02d}/content_{i}.htm"
        else:
            url = f"https://news.example.gov.cn/xwzx/content_{i}.htm"
        yield {"id": f"a{i:07d}", "url": url, "content": text}


def write_collection(path: Path, n: int, seed: int) -> int:
    chars = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows(n, seed):
            chars += len(row["content"])
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return chars


def count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as f:
        return sum(1 for _ in f)


def run_cli(collection: Path, out: Path, workers: int, ner: bool) -> dict[str, float]:
    cmd = [
        str(Path(sys.executable).parent / "extract"),
        "run",
        str(collection),
        "--out",
        str(out),
        "--quiet",
        "--workers",
        str(workers),
        "--force",
    ]
    if not ner:
        cmd.append("--no-ner")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode not in (0, 1):  # 1: some articles had errors, which is fine here
        sys.exit(f"bench/archive.py: extract run failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "wall": wall,
        "rss_mb": max(rss, before) / 1024,
        "records": count_lines(out / "records.jsonl"),
        "errors": count_lines(out / "errors.jsonl"),
    }


def run_dask(collection: Path, out: Path, workers: int, ner: bool) -> float:
    """Wall time of the same collection through a local Dask cluster (the --scheduler path)."""
    from distributed import Client, LocalCluster

    from extract.io.cluster import run_on_cluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            t0 = time.perf_counter()
            run_on_cluster([collection], out, client, ner=ner, force=True)
            return time.perf_counter() - t0


def hours(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h" if seconds >= 3600 else f"{seconds / 60:.0f} min"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--dask-articles", type=int, default=2000, help="0 skips the Dask run")
    ap.add_argument("--single-articles", type=int, default=2000, help="articles for the one-worker run (0 skips)")
    ap.add_argument("--keep", type=Path, help="keep the collection and the records here")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    ner = not args.no_ner

    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        collection = work / "archive.jsonl"
        t0 = time.perf_counter()
        chars = write_collection(collection, args.articles, args.seed)
        print(
            f"collection: {args.articles:,} articles, {chars / args.articles:,.0f} characters each on average, "
            f"{collection.stat().st_size / 2**20:,.0f} MB, written in {time.perf_counter() - t0:.0f} s"
        )
        print(
            f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}; NER {'on' if ner else 'off'}"
        )

        full = run_cli(collection, work / "out", args.workers, ner)
        rate = args.articles / full["wall"]
        print(
            f"\nextract run, {args.workers} workers: {full['wall']:,.0f} s, {rate:,.1f} articles/s, "
            f"{chars / full['wall'] / 1000:,.0f}k characters/s; peak RSS of its largest process (the run's "
            f"parent, which also holds the manifest) {full['rss_mb']:.0f} MB; "
            f"{full['records']:,} records, {full['errors']:,} errors"
        )

        efficiency = 1.0
        if args.workers > 1 and args.single_articles > 0:
            small = work / "single.jsonl"
            write_collection(small, args.single_articles, args.seed + 1)
            one = run_cli(small, work / "out1", 1, ner)
            two = run_cli(small, work / "out2", args.workers, ner)
            efficiency = one["wall"] / two["wall"] / args.workers
            print(
                f"scaling on {args.single_articles:,} articles: 1 worker {one['wall']:.0f} s, "
                f"{args.workers} workers {two['wall']:.0f} s ({one['wall'] / two['wall']:.2f}×, "
                f"efficiency {efficiency:.0%})"
            )
        per_worker = rate / args.workers
        print(f"\nprojected, {TARGET:,} articles:")
        print(
            f"  one machine, 16 cores: {hours(TARGET / (per_worker * 16 * min(1.0, efficiency)))} "
            f"({per_worker:.1f} articles/s per worker × 16 × efficiency {min(1.0, efficiency):.0%})"
        )

        if args.dask_articles > 0:
            try:
                small = work / "dask.jsonl"
                write_collection(small, args.dask_articles, args.seed + 2)
                wall = run_dask(small, work / "outd", args.workers, ner)
                dask_per_worker = args.dask_articles / wall / args.workers
                print(
                    f"  Dask cluster, 4 hosts × 16 cores: {hours(TARGET / (dask_per_worker * 64))} "
                    f"({dask_per_worker:.1f} articles/s per Dask worker, measured on {args.dask_articles:,} "
                    f"articles with a local cluster of {args.workers})"
                )
            except ImportError:
                print("  Dask cluster: not measured (pip install -e '.[dask]')")


if __name__ == "__main__":
    main()
