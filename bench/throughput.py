"""Throughput of `extract` beside jieba on the same texts, in one run (not a test).

    .venv/bin/python bench/throughput.py [--articles 1000] [--no-ner] [--batch]

With --batch it also times whole `extract run` batches (files on disk, one
and two worker processes): articles/s, characters/s, peak RSS per worker,
time to the first record, and the start-up time of `extract --help`.

The corpus is the sample articles in data/raw repeated (each copy made
distinct by a suffix line) until it has --articles articles; with
--cluener PATH, CLUENER sentences are grouped into extra articles of about
the seeds' size.  Warm-up (dictionary and model loading) is excluded from the
timed runs and reported apart.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(n: int, cluener: Path | None) -> list[str]:
    seeds = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    extra: list[str] = []
    if cluener and cluener.exists():
        chunk: list[str] = []
        for line in cluener.read_text(encoding="utf-8").splitlines():
            chunk.append(json.loads(line)["text"])
            if sum(map(len, chunk)) > 2000:
                extra.append("\n".join(chunk))
                chunk = []
    pool = seeds + extra
    return [pool[i % len(pool)] + f"\n（第{i}篇）" for i in range(n)]


def timed(fn: Callable[[str], object], texts: list[str]) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def batch_figures(texts: list[str], workers: int, ner: bool) -> dict[str, float]:
    """One `run_batch` over the corpus written to disk; figures of that run."""
    from extract.io.batch import run_batch

    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, t in enumerate(texts):
            (folder / f"a{i:06d}.txt").write_text(t, encoding="utf-8")
        first: list[float] = []
        t0 = time.perf_counter()

        def progress(_: str) -> None:
            if not first:
                first.append(time.perf_counter() - t0)

        summary = run_batch([folder], Path(tmp) / "out", workers=workers, ner=ner, on_progress=progress)
        secs = time.perf_counter() - t0
    assert summary.articles == len(texts), summary.error_list[:3]
    who = resource.RUSAGE_CHILDREN if workers > 1 else resource.RUSAGE_SELF
    return {
        "articles/s": len(texts) / secs,
        "chars/s": chars / secs,
        "first record s": first[0] if first else float("nan"),
        "peak RSS MB": resource.getrusage(who).ru_maxrss / 1024,
    }


def help_time() -> float:
    exe = Path(sys.executable).with_name("extract")
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--batch", action="store_true", help="also time `extract run` batches with 1 and 2 workers")
    ap.add_argument("--no-ner", action="store_true", help="measure the rules-only pipeline too")
    ap.add_argument("--cluener", type=Path, default=ROOT.parent / "shared" / "benchmarks" / "cluener" / "dev.json")
    a = ap.parse_args()

    texts = build_corpus(a.articles, a.cluener)
    chars = sum(map(len, texts))
    print(f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}")
    print(f"corpus: {len(texts)} articles, {chars:,} characters")

    import jieba
    import jieba.posseg

    from extract import extract_text

    t0 = time.perf_counter()
    jieba.initialize()
    jieba_init = time.perf_counter() - t0
    settings: list[tuple[str, Callable[[str], object]]] = [
        ("jieba.lcut", jieba.lcut),
        ("jieba.posseg.lcut", jieba.posseg.lcut),
        ("extract (ner off)", lambda t: extract_text(t, ner=False)),
    ]
    if not a.no_ner:
        settings.append(("extract (ner on)", lambda t: extract_text(t, ner=True)))
    t0 = time.perf_counter()
    extract_text(texts[0], ner=not a.no_ner)
    extract_text(texts[0], ner=False)
    warm = time.perf_counter() - t0
    print(f"warm-up: jieba dictionary {jieba_init:.2f}s, extract first article (loading) {warm:.2f}s")
    results: dict[str, float] = {}
    for name, fn in settings:
        # jieba.posseg runs ~50x slower than the rest: it is timed on the first 100 articles
        sample = texts[:100] if name.startswith("jieba.posseg") else texts
        secs = timed(fn, sample)
        sample_chars = sum(map(len, sample))
        results[name] = len(sample) / secs
        note = f"  (first {len(sample)} articles)" if len(sample) < len(texts) else ""
        print(f"{name:<22} {len(sample) / secs:9.1f} articles/s {sample_chars / secs:12,.0f} chars/s{note}")
    base = results["jieba.lcut"]
    for name in results:
        if name.startswith("extract"):
            print(f"{name}: {results[name] / base:.2f}x jieba.lcut")
    if a.batch:
        print(f"`extract --help`: {help_time():.2f}s")
        for ner in [False] if a.no_ner else [False, True]:
            runs = {w: batch_figures(texts, w, ner) for w in (1, 2)}
            for w, fig in runs.items():
                print(
                    f"extract run, {w} worker(s), ner {'on' if ner else 'off'}: {fig['articles/s']:.1f} articles/s, "
                    f"{fig['chars/s']:,.0f} chars/s, first record {fig['first record s']:.2f}s, "
                    f"peak RSS/worker {fig['peak RSS MB']:.0f} MB"
                )
            scaling = runs[2]["articles/s"] / runs[1]["articles/s"]
            print(
                f"ner {'on' if ner else 'off'}: 2 workers / 1 worker: {scaling:.2f}x;"
                f" 1 worker / jieba.lcut: {runs[1]['articles/s'] / base:.2f}x"
            )


if __name__ == "__main__":
    main()
