"""Batch runs over folders of articles: one JSON per article, a JSONL of all, an error log.

- Outputs are written atomically (temporary file + rename): an interrupted run
  never leaves half-written JSON behind.
- Incremental: ``OUT/.extract-manifest.ndjson`` records, per article, the SHA-256 of its
  bytes and the pipeline version it was processed with; a re-run skips what is
  unchanged (``force=True`` redoes all).  A run killed half-way resumes from
  the manifest without losing or duplicating records.
- Parallel: articles are spread over worker processes that each load the
  pipeline once; the parent alone writes, in input order, so records are
  identical to a one-worker run.
- A bad input becomes a line of ``errors.jsonl`` with the reason; the batch
  goes on.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extract.normalize import DEFAULT_MAX_BYTES, InputError

INPUT_SUFFIXES = (".txt",)
LIST_FIELDS = ("dates", "officials", "staff", "regions", "agreements")
# not *.json/*.jsonl: scorers that read every JSON(L) file of an output folder must not take it for records
MANIFEST = ".extract-manifest.ndjson"
SERIAL_BELOW = 8  # fewer articles than this are not worth starting workers for


def iter_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to process, in a stable order; a path that is neither file nor folder yields its error."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES:
                    yield f, None
        elif p.is_file():
            yield p, None
        else:
            yield p, "no such file or folder"


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)  # atomic: readers see the old file or the new one, never half of one
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


# ---------------------------------------------------------------- one article (runs in workers)


@dataclass(frozen=True)
class Job:
    path: str
    ner: bool
    max_bytes: int
    version: str  # the pipeline version of the run, decided once by the parent
    reference_date: str | None = None  # ISO; fixes relative days and open years (README "Years")


@dataclass
class Outcome:
    """What one article gave: its record as JSON, or why it gave none."""

    path: str
    doc_id: str
    sha256: str | None
    record_json: str | None = None  # indented, for <doc_id>.json
    record_line: str | None = None  # one line, for records.jsonl
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    error_kind: str = "input"


def process_job(job: Job) -> Outcome:
    """Read, normalize and extract one file; never raises."""
    from extract import pipeline
    from extract.normalize import normalize_bytes

    p = Path(job.path)
    try:
        data = p.read_bytes()
    except OSError as e:
        return Outcome(job.path, p.stem, None, error=f"cannot read: {e.strerror or e}")
    digest = hashlib.sha256(data).hexdigest()
    try:
        article = normalize_bytes(data, doc_id=p.stem, max_bytes=job.max_bytes)
        reference = date.fromisoformat(job.reference_date) if job.reference_date else None
        record = pipeline.assemble(pipeline.process(article, ner=job.ner, reference_date=reference))
        record.pipeline_version = job.version
    except InputError as e:
        return Outcome(job.path, p.stem, digest, error=str(e))
    except Exception as e:  # a bug must not stop the batch; it is logged with its trace
        trace = traceback.format_exc(limit=4)
        return Outcome(job.path, p.stem, digest, error=f"{type(e).__name__}: {e}\n{trace}", error_kind="internal")
    counts = {name: len(getattr(record, name)) for name in LIST_FIELDS}
    counts["event"] = int(record.event is not None)
    pretty, line = record.model_dump_json(indent=1) + "\n", record.model_dump_json() + "\n"
    return Outcome(job.path, record.doc_id, digest, pretty, line, counts)


def _init_worker(ner: bool) -> None:
    from extract import pipeline

    pipeline.load(ner)  # paid once per worker


# ---------------------------------------------------------------- executors


Executor = Callable[[list[Job]], Iterator[Outcome]]


def serial_executor(jobs: list[Job]) -> Iterator[Outcome]:
    for job in jobs:
        yield process_job(job)


def pool_executor(workers: int) -> Executor:
    def run(jobs: list[Job]) -> Iterator[Outcome]:
        import multiprocessing as mp

        if workers <= 1 or len(jobs) < SERIAL_BELOW:
            yield from serial_executor(jobs)
            return
        ner = jobs[0].ner
        chunk = max(1, min(16, len(jobs) // (workers * 8)))
        with mp.get_context("fork").Pool(workers, initializer=_init_worker, initargs=(ner,)) as pool:
            yield from pool.imap(process_job, jobs, chunksize=chunk)

    return run


# ---------------------------------------------------------------- the run


@dataclass
class Summary:
    articles: int = 0
    skipped: int = 0
    errors: int = 0
    items: Counter[str] = field(default_factory=Counter)
    error_list: list[dict[str, str]] = field(default_factory=list)

    def fail(self, path: str | Path, reason: str, kind: str = "input") -> None:
        self.errors += 1
        # doc_id too: a reader of the folder's JSONL files then sees an empty record, not a crash
        self.error_list.append({"doc_id": Path(path).stem, "file": str(path), "error": kind, "reason": reason})


def pipeline_fingerprint(ner: bool) -> str:
    from extract.pipeline import model_version, pipeline_version

    return f"{pipeline_version()}+ner{model_version()}" if ner else pipeline_version()


def read_manifest(out: Path) -> dict[str, dict[str, Any]]:
    """doc_id → entry, from a manifest that may end in a half-written line."""
    entries: dict[str, dict[str, Any]] = {}
    path = out / MANIFEST
    if not path.exists():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            e = json.loads(line)
            entries[e["doc_id"]] = e
        except (json.JSONDecodeError, KeyError, TypeError):
            continue  # a line cut by an interruption: that article is simply redone
    return entries


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def run_batch(
    inputs: list[Path],
    out: Path,
    *,
    ner: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    force: bool = False,
    executor: Executor | None = None,
    on_progress: Callable[[str], None] | None = None,
    reference_date: date | None = None,
) -> Summary:
    """Process every input article into ``out``; returns what was done."""
    out.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    reference = reference_date.isoformat() if reference_date else None
    version = pipeline_fingerprint(ner) + (f"+ref{reference}" if reference else "")
    manifest = {} if force else read_manifest(out)
    seen: dict[str, Path] = {}
    skipped: list[str] = []
    jobs: list[Job] = []
    for path, problem in iter_inputs(inputs):
        if problem:
            summary.fail(path, problem)
            if on_progress:
                on_progress(path.name)
            continue
        if path.stem in seen:
            summary.fail(path, f"doc_id {path.stem!r} already taken by {seen[path.stem]}")
            if on_progress:
                on_progress(path.name)
            continue
        seen[path.stem] = path
        entry = manifest.get(path.stem)
        if (
            entry
            and entry.get("version") == version
            and entry.get("file") == str(path)
            and (out / f"{path.stem}.json").exists()
            and entry.get("sha256") == _sha256(path)
        ):
            summary.skipped += 1
            skipped.append(path.stem)
            summary.items.update(entry.get("counts", {}))
            if on_progress:
                on_progress(path.name)
            continue
        jobs.append(Job(str(path), ner, max_bytes, version, reference))

    # records.jsonl is written alongside, then put in place: unchanged articles first, then the new ones
    fd, tmp_name = tempfile.mkstemp(dir=out, prefix=".records.jsonl.", suffix=".tmp")
    tmp_records = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as records, (out / MANIFEST).open("a", encoding="utf-8") as log:
            for doc_id in skipped:
                text = (out / f"{doc_id}.json").read_text(encoding="utf-8")
                records.write(json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n")
            for outcome in (executor or pool_executor(workers))(jobs):
                if outcome.record_json is None or outcome.record_line is None:
                    summary.fail(outcome.path, outcome.error or "unknown error", outcome.error_kind)
                    (out / f"{outcome.doc_id}.json").unlink(missing_ok=True)  # no stale record from an older run
                else:
                    write_atomic(out / f"{outcome.doc_id}.json", outcome.record_json)
                    records.write(outcome.record_line)
                    entry = {"doc_id": outcome.doc_id, "file": outcome.path, "sha256": outcome.sha256,
                             "version": version, "counts": outcome.counts}  # fmt: skip
                    log.write(json.dumps(entry, ensure_ascii=False) + "\n")
                    log.flush()
                    summary.articles += 1
                    summary.items.update(outcome.counts)
                if on_progress:
                    on_progress(Path(outcome.path).name)
        os.replace(tmp_records, out / "records.jsonl")
    finally:
        tmp_records.unlink(missing_ok=True)
    # the manifest, compacted to one line an article
    entries = read_manifest(out)
    write_atomic(out / MANIFEST, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries.values()))
    errors_path = out / "errors.jsonl"
    if summary.error_list:
        write_atomic(errors_path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in summary.error_list))
    else:
        errors_path.unlink(missing_ok=True)
    return summary
