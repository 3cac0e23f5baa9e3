"""Throughput of `extract` beside jieba on the same texts, in one run, against the targets of
issue #17 (not a test: it prints figures).

    .venv/bin/python bench/throughput.py [--articles 300] [--rounds 3] [--no-ner] [--no-batch]

It prints the machine (CPU model, cores, Python, load average before and after), then:

* `jieba.lcut`, `jieba.posseg.lcut` (first 100 articles) and `extract_text` with NER off
  (the rules path) and on, one core, in this process: articles/s, characters/s, × jieba;
* `extract run` batches (files on disk, `run_batch`) with one and two worker processes, NER
  off, each in a fresh process that has loaded the rules pipeline before the clock starts,
  one and two workers taking turns for --rounds rounds (the machine's speed drifts within
  minutes: the two-worker figure is the median of the rounds' ratios): articles/s, peak RSS
  per worker (with --batch-ner, NER on too, one round), and the CPU seconds of the parent and
  its workers: what two workers could reach on two idle cores, apart from the load;
* the machine's own ceiling for two processes: the rules path over the same articles in one
  forked process alone, then in two at once (no pipes, no files, nothing shared), rounds taking
  turns; two cores that were two whole cores give 2.0x, a shared or throttled second core less.
  The two-worker batch is then also shown as a share of that ceiling (what the batch's glue
  costs apart from the machine);
* `extract --help`: wall time, best of three;
* time per character of articles 1×, 4× and 16× as long (distinct articles joined; the
  same characters in all three), NER off;
* each target with its measured value and whether it is met.

The corpus is the sample articles in data/raw and CLUENER dev sentences grouped into articles
of about the same size (~2.2 k characters), repeated until it has --articles articles (each
copy made distinct by a suffix line).  Warm-up (dictionary and model loading) is excluded from
the timed runs and reported apart.  The machine may be shared: the load average says how much.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLUENER = ROOT.parent / "shared" / "benchmarks" / "cluener" / "dev.json"

# issue #17's targets
RULES_X_JIEBA = 2.5  # rules path (NER off) at least this many times jieba.lcut
NER_X_JIEBA = 1.0  # NER on
TWO_WORKERS_X = 1.9  # `extract run` with 2 workers against 1
RSS_MB = 300  # peak RSS per worker at most
HELP_S = 0.3  # `extract --help` under this
LINEAR_SLACK = 1.3  # time per character at 16× within this factor of 1×: linear
CHUNK = 25  # articles a setting reads before the next one takes its turn


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


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{model}, {os.cpu_count()} cores ({usable} usable), Python {platform.python_version()}"


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not Unix
        return "n/a"


# ---------------------------------------------------------------- batches (in a fresh process each)


def batch_child(n: int, workers: int, ner: bool, cluener: Path | None) -> None:
    """One `run_batch` over the corpus written to disk, timed after loading the pipeline; its
    figures as one JSON line on stdout."""
    from extract.io.batch import run_batch
    from extract.pipeline.components import warm_up
    from extract.pipeline.version import pipeline_version

    texts = build_corpus(n, cluener)
    warm_up(ner)  # the pipeline and what loads on first use (jieba's dictionary): not part of the timing
    pipeline_version()  # the run's fingerprint (read once a process): neither
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i, t in enumerate(texts):
            (folder / f"a{i:06d}.txt").write_text(t, encoding="utf-8")
        t0, c0 = time.perf_counter(), time.process_time()
        kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        summary = run_batch([folder], Path(tmp) / "out", workers=workers, ner=ner)
        secs, parent_cpu = time.perf_counter() - t0, time.process_time() - c0
        kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_cpu = (kids1.ru_utime + kids1.ru_stime) - (kids0.ru_utime + kids0.ru_stime)
    assert summary.articles == len(texts), summary.error_list[:3]
    rss = _peak_rss_mb() if workers == 1 else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"articles/s": len(texts) / secs, "chars/s": sum(map(len, texts)) / secs, "rss": rss,
                      "parent_cpu": parent_cpu, "workers_cpu": workers_cpu}))  # fmt: skip


def _peak_rss_mb() -> float:
    """This process's own peak RSS in MB: Linux's VmHWM, which an exec starts afresh.  (Not
    ``ru_maxrss`` of RUSAGE_SELF: Linux carries it over an exec, so a child started by this script
    would report the peak of this script's own process at the fork, NER model and all: 300 MB for a
    worker whose own peak is 240 MB.)  ``ru_maxrss`` where /proc is missing."""
    try:
        with open(f"/proc/{os.getpid()}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def batch_figures(n: int, workers: int, ner: bool, cluener: Path | None) -> dict[str, float]:
    args = [sys.executable, __file__, "--batch-child", str(workers), "--articles", str(n), "--cluener", str(cluener)]
    out = subprocess.run([*args, *([] if ner else ["--no-ner"])], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _forked(fn: Callable[[], float]) -> tuple[int, int]:
    """``fn`` in a forked child that writes the seconds it took to a pipe: (pid, read end)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the pipeline is loaded already (the parent warmed it up)
        os.close(r)
        try:
            os.write(w, f"{fn():.6f}".encode())
        finally:
            os._exit(0)
    os.close(w)
    return pid, r


def _joined(pid: int, r: int) -> float:
    with os.fdopen(r) as f:
        secs = float(f.read() or "nan")
    os.waitpid(pid, 0)
    return secs


def pair_ceiling(extract: Callable[[str], object], texts: list[str], rounds: int = 3) -> tuple[float, list[float]]:
    """How much faster two processes do twice the work than one does it once, on this machine now.

    Each round times the same articles in one forked process alone, then in two at once; the
    ratio of a round is 2 × alone / the slower of the pair.  The median round's ratio is the
    ceiling; every round's ratio is returned to show how much it moves."""
    ratios = []
    for _ in range(rounds):
        alone = _joined(*_forked(lambda: timed(extract, texts)))
        pair = [_forked(lambda: timed(extract, texts)) for _ in range(2)]
        both = max(_joined(*p) for p in pair)
        ratios.append(2 * alone / both)
    return sorted(ratios)[len(ratios) // 2], ratios


def help_time() -> float:
    exe = Path(sys.executable).with_name("extract")
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def per_char(extract: Callable[[str], object], texts: list[str]) -> dict[int, float]:
    """µs per character of articles 1×, 4× and 16× as long: the same 32 articles' characters
    each time, as 32, 8 and 2 articles; the best of three rounds (a shared machine's load
    comes and goes)."""
    pool = texts[:32]
    out = {}
    for k in (1, 4, 16):
        joined = ["\n".join(pool[i : i + k]) for i in range(0, len(pool), k)]
        out[k] = min(timed(extract, joined) for _ in range(3)) / sum(map(len, joined)) * 1e6
    return out


# ---------------------------------------------------------------- the run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--no-ner", action="store_true", help="leave out the NER-on settings")
    ap.add_argument("--no-batch", action="store_true", help="leave out the `extract run` batches")
    ap.add_argument("--batch-ner", action="store_true", help="also time `extract run` batches with NER on")
    ap.add_argument("--cluener", type=Path, default=CLUENER)
    ap.add_argument("--rounds", type=int, default=3, help="rounds of 1 and 2 workers taking turns (default 3)")
    ap.add_argument("--batch-child", type=int, default=0, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.batch_child:
        batch_child(a.articles, a.batch_child, not a.no_ner, a.cluener)
        return

    texts = build_corpus(a.articles, a.cluener)
    chars = sum(map(len, texts))
    print(f"machine: {machine()}")
    print(f"load average (1, 5, 15 min) at the start: {load_average()}")
    print(f"corpus: {len(texts)} articles, {chars:,} characters ({chars / len(texts):,.0f} per article)")

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
    # the settings take turns over chunks of CHUNK articles, so that a change of the machine's
    # load during the run weighs on all of them alike; jieba.posseg runs ~50x slower than the
    # rest: it is timed on the first 100 articles only
    secs = dict.fromkeys((name for name, _ in settings), 0.0)
    counts = dict.fromkeys(secs, 0)
    sizes = dict.fromkeys(secs, 0)
    for at in range(0, len(texts), CHUNK):
        for name, fn in settings:
            chunk = texts[at : at + CHUNK]
            if name.startswith("jieba.posseg") and at >= 100:
                continue
            secs[name] += timed(fn, chunk)
            counts[name] += len(chunk)
            sizes[name] += sum(map(len, chunk))
    for name in secs:
        results[name] = counts[name] / secs[name]
        note = f"  (first {counts[name]} articles)" if counts[name] < len(texts) else ""
        print(f"{name:<22} {results[name]:9.1f} articles/s {sizes[name] / secs[name]:12,.0f} chars/s{note}")
    base = results["jieba.lcut"]
    for name in results:
        if name.startswith("extract"):
            print(f"{name}: {results[name] / base:.2f}x jieba.lcut")

    linear = per_char(lambda t: extract_text(t, ner=False), texts)
    print("time per character, NER off: " + ", ".join(f"{k}x long {v:.2f} µs" for k, v in linear.items()))
    ceiling, rounds = pair_ceiling(lambda t: extract_text(t, ner=False), texts[:100])
    print(
        f"two processes at once, the rules path over the same 100 articles each: {ceiling:.2f}x one alone "
        f"(rounds: {', '.join(f'{x:.2f}' for x in rounds)}): the machine's ceiling for two workers now"
    )
    help_s = help_time()
    print(f"`extract --help`: {help_s:.2f}s (best of 3)")

    runs: dict[tuple[int, bool], dict[str, float]] = {}
    pairs: list[float] = []  # each round's 2-worker / 1-worker ratio (NER off)
    rss = 0.0  # the highest peak RSS of any worker in any round
    if not a.no_batch:
        for ner in [False, True] if a.batch_ner and not a.no_ner else [False]:
            # one and two workers take turns, a.rounds times: the machine's speed drifts by half
            # within minutes, so the figure is the median of the rounds' ratios, not one pair's
            alone = 0.0  # the round's one-worker articles/s
            for r in range(a.rounds if not ner else 1):
                for w in (1, 2):
                    fig = batch_figures(a.articles, w, ner, a.cluener)
                    rss = max(rss, fig["rss"])
                    if (w, ner) not in runs or fig["articles/s"] > runs[w, ner]["articles/s"]:
                        runs[w, ner] = fig
                    print(
                        f"extract run, round {r + 1}, {w} worker(s), ner {'on' if ner else 'off'}: "
                        f"{fig['articles/s']:.1f} articles/s, {fig['chars/s']:,.0f} chars/s, "
                        f"peak RSS/worker {fig['rss']:.0f} MB, CPU s parent {fig['parent_cpu']:.2f} "
                        f"workers {fig['workers_cpu']:.2f}"
                    )
                    if w == 2 and not ner:
                        pairs.append(fig["articles/s"] / alone)
                    alone = fig["articles/s"]
        if pairs:
            print(f"2 workers / 1 worker by round: {', '.join(f'{x:.2f}x' for x in pairs)}")
    if (1, False) in runs:
        one, two = runs[1, False], runs[2, False]
        cpu1, cpu2 = one["parent_cpu"] + one["workers_cpu"], two["parent_cpu"] + two["workers_cpu"]
        # what two workers would reach on two idle cores: the work spread evenly, nothing waiting
        print(
            f"CPU seconds: 1 worker {cpu1:.2f} s; 2 workers {cpu2:.2f} s (parent {two['parent_cpu']:.2f} s): "
            f"on two idle cores at most {2 * cpu1 / cpu2:.2f}x "
            "(the fastest round of each; the target below is the median round's wall clock)"
        )
    print(f"load average (1, 5, 15 min) at the end: {load_average()}")

    print("\ntargets (issue #17):")

    def target(what: str, value: str, met: bool) -> None:
        print(f"  {'MET    ' if met else 'NOT MET'}  {what:<44} {value}")

    rules = results["extract (ner off)"] / base
    target(f"rules path ≥ {RULES_X_JIEBA}x jieba.lcut", f"{rules:.2f}x", rules >= RULES_X_JIEBA)
    if "extract (ner on)" in results:
        on = results["extract (ner on)"] / base
        target(f"NER on ≥ {NER_X_JIEBA}x jieba.lcut", f"{on:.2f}x", on >= NER_X_JIEBA)
    if (1, False) in runs:
        scaling = sorted(pairs)[len(pairs) // 2]  # the median round
        two_x = f"{scaling:.2f}x (median of {len(pairs)})"
        target(f"extract run, 2 workers ≥ {TWO_WORKERS_X}x 1 worker", two_x, scaling >= TWO_WORKERS_X)
        lone = f"(two lone processes reached {ceiling:.2f}x):"
        print(f"  {'':7}  {lone:<44} {scaling / ceiling:.0%} of the ceiling")
        target(f"peak RSS per worker ≤ {RSS_MB} MB", f"{rss:.0f} MB", rss <= RSS_MB)
    target(f"`extract --help` < {HELP_S} s", f"{help_s:.2f} s", help_s < HELP_S)
    slope = linear[16] / linear[1]
    target(
        f"time linear in length (16x within {LINEAR_SLACK}x of 1x)",
        f"{linear[1]:.2f} → {linear[16]:.2f} µs/char ({slope:.2f}x)",
        slope <= LINEAR_SLACK,
    )


if __name__ == "__main__":
    main()
