"""Batch runs over folders of articles: one JSON per article, a JSONL of all, an error log.

The output folder is a small store of the archive, not of the last run:

- ``<doc_id>.json`` per article, written atomically (temporary file + rename, mode
  0666 less the umask): an interrupted run never leaves half-written JSON behind;
  temporary files a killed run left are removed by the next one.
- ``records.jsonl`` is rebuilt at the end of every run (also one stopped by Ctrl-C)
  from all the ``<doc_id>.json`` of the folder, in ``doc_id`` order; ``errors.jsonl``
  keeps the errors of earlier runs for inputs this run was not given.
- One run writes to a folder at a time: ``OUT/.extract.lock`` is held (``flock``)
  for the whole run; a second run stops at once with a one-sentence message.
- Incremental: ``OUT/.extract-manifest.ndjson`` records, per doc_id, the SHA-256 of
  the article's bytes, its file and the pipeline version; a re-run skips what is
  unchanged (by content: the same file named by another path is still skipped;
  ``force=True`` redoes all).  A run killed half-way resumes from the manifest
  without losing or duplicating records.
- doc_id: the file name without its suffix (bytes that are not UTF-8 written as
  ``\\xff``).  When that id already belongs to another article — an earlier input of
  the same run, or a different file recorded in the folder — the article gets
  ``<stem>~<8 hex digits of the SHA-256 of its resolved path>``, so the same file gets
  the same id every time and no record overwrites another article's.
- Parallel: articles are spread over worker processes that each load the
  pipeline once; each writes the records of its articles (``<doc_id>.json``,
  atomically, under the id the parent gave), and the parent alone writes the
  manifest, in input order, so the folder is the same as after a one-worker run
  (on a Dask cluster the records travel back and the client writes them).  A worker that dies (killed, out of memory)
  gives its article an error line; a new worker takes its place.
- Every input not processed gets a line of ``errors.jsonl`` with the reason
  (unreadable, not a regular file, broken link, undecodable …); the batch goes on.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gc
import hashlib
import itertools
import json
import os
import re
import signal
import sqlite3
import stat
import tempfile
import threading
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extract.io.collections import (
    CollectionError,
    FieldNames,
    Row,
    columns_of,
    count_rows,
    is_collection,
    read_collection,
    safe_id,
    text_id,
)
from extract.io.records import error_row
from extract.text.decode import DEFAULT_MAX_BYTES, InputError, file_kind, read_input
from extract.text.origin import InputMeta

HTML_SUFFIXES = (".html", ".htm")
INPUT_SUFFIXES = (".txt", *HTML_SUFFIXES)  # article files; collections (io.collections) are read too
LIST_FIELDS = ("dates", "officials", "staff", "regions", "agreements")
# not *.json/*.jsonl: scorers that read every JSON(L) file of an output folder must not take it for records
MANIFEST = ".extract-manifest.ndjson"
LOCK = ".extract.lock"
SERIAL_BELOW = 8  # fewer articles than this are not worth starting workers for
# seconds one article may take before it is given up with an error line (an article takes well under a
# second; a page that made a pattern backtrack without end must not stop an archive's run)
DEFAULT_TIME_LIMIT = 120.0
_LEFTOVER = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")  # a temporary file of write_atomic (tempfile's 8 characters)


class BatchError(Exception):
    """A run that cannot start or go on (output folder unusable, taken by another run): one sentence."""


def shown(path: str | os.PathLike[str]) -> str:
    """A path as text that is always valid UTF-8: bytes of the name that are not UTF-8 as ``\\xff``."""
    return writable(os.fspath(path))


def writable(text: str) -> str:
    """``text`` as valid UTF-8: a byte decoded with surrogateescape (a file name that is not UTF-8)
    as ``\\xff``, any other lone surrogate as ``\\ud800``."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def stem_of(path: str | os.PathLike[str]) -> str:
    """The plain doc_id of an article file: its name without the suffix, as valid UTF-8
    (``Path.stem`` of the name, by string operations: a batch makes one per input)."""
    name = shown(os.path.basename(os.path.normpath(os.fspath(path))))
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- inputs


def iter_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to process, in a stable order, each once; an input that cannot be read yields its reason.
    (``_resolved_inputs`` with each file's resolved path.)"""
    for path, _, problem in _resolved_inputs(paths):
        yield path, problem


def _resolved_inputs(paths: Iterable[Path]) -> Iterator[tuple[Path, str, str | None]]:
    """Files to process, in a stable order, each once, with its resolved path; an input that cannot
    be read yields its reason.

    Folders are searched for article files and collections at any depth (an explicit stack: no recursion limit),
    symbolic links to folders followed, a folder already read (a link loop, two links to one folder) not
    read again.  Reasons: a missing path, a broken link or a link loop, an unreadable
    folder, a ``*.txt`` that is not a regular file (FIFO, socket, device).  A file given
    twice (or by two paths, or through links) is processed once.
    """
    seen: set[str] = set()
    folders: set[tuple[int, int]] = set()
    parents: dict[str, str] = {}  # a folder's resolved path, resolved once for all its files

    def resolved(f: Path) -> str:
        # os.path.realpath(f), with the folder's part resolved once: a file that is no link lies in it
        if os.path.islink(f):
            return os.path.realpath(f)
        folder, name = os.path.split(f)
        if folder not in parents:
            parents[folder] = os.path.realpath(folder)
        return os.path.join(parents[folder], name)

    for p in paths:
        p = Path(p)
        try:
            st = os.stat(p)
        except OSError as e:
            yield p, os.path.realpath(p), _stat_reason(p, e)
            continue
        if stat.S_ISDIR(st.st_mode):
            found = sorted(_walk(p, st, folders), key=lambda item: item[0].parts)
        elif stat.S_ISREG(st.st_mode):
            found = [(p, None)]
        else:
            found = [(p, f"not a regular file ({file_kind(st.st_mode)})")]
        for f, problem in found:
            real = resolved(f) if problem is None else os.path.realpath(f)
            if problem is None and real in seen:
                continue
            seen.add(real)
            yield f, real, problem


def _stat_reason(p: Path, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    if e.errno == errno.ENOENT:
        return "broken symbolic link" if os.path.islink(p) else "no such file or folder"
    return f"cannot read: {e.strerror or e}"


def _walk(root: Path, root_stat: os.stat_result, folders: set[tuple[int, int]]) -> Iterator[tuple[Path, str | None]]:
    """The article files (``*.txt``, ``*.html``, ``*.htm``) and collections (``*.jsonl``, ``*.csv``,
    ``*.parquet`` …) under ``root`` and the reasons of what could not be read, with an explicit
    stack (a folder tree of any depth), following links to folders once each; a folder holding an
    extract run's output (its manifest) is passed over."""
    folders.add((root_stat.st_dev, root_stat.st_ino))
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as e:
            yield folder, f"cannot read folder: {e.strerror or e}"
            continue
        if folder != root and any(e.name == MANIFEST for e in entries):
            continue  # the output folder of a run (its records.jsonl is no collection of articles)
        for entry in entries:
            path = Path(entry.path)
            wanted = path.suffix.lower() in INPUT_SUFFIXES or is_collection(path)
            try:
                st = entry.stat(follow_symlinks=True)
            except OSError as e:
                if wanted or not path.suffix:  # a link without suffix may have been a folder
                    yield path, _stat_reason(path, e)
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key not in folders:
                    folders.add(key)
                    stack.append(path)
            elif wanted:
                yield path, None if stat.S_ISREG(st.st_mode) else f"not a regular file ({file_kind(st.st_mode)})"


# ---------------------------------------------------------------- writing


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, one after the other) to ``path`` through a temporary file and
    a rename, mode 0666 less the umask."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _file_mode())  # mkstemp makes 0600: outputs are for the folder's other readers too
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                fh.writelines(text)
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
    doc_id: str = ""  # decided by the parent; the file's stem when empty
    text: str | None = None  # a collection's row: its text (``path`` is the collection)
    meta: InputMeta | None = None  # and its metadata
    row: int | None = None  # and its line (JSONL, CSV) or row number (Parquet)
    sha256: str | None = None  # and the digest of its content
    out: str | None = None  # a local run's output folder: the worker writes the record there itself
    time_limit: float = 0.0  # seconds the article may take (0: no limit); see ``_deadline``


@dataclass
class Outcome:
    """What one article gave: its record as JSON, or why it gave none."""

    path: str
    doc_id: str
    sha256: str | None
    record_json: str | None = None  # indented, for <doc_id>.json (none when the worker wrote it: ``written``)
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    error_kind: str = "input"
    row: int | None = None  # a collection's row: its line or number
    written: bool = False  # the worker wrote <doc_id>.json to the job's ``out``
    line: str | None = None  # the record as one line of records.jsonl (no parsing of the file again)

    @property
    def ok(self) -> bool:
        return self.written or self.record_json is not None


class _TooLong(BaseException):
    """An article over its time limit (a BaseException: no ``except Exception`` of the pipeline takes it)."""


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise ``_TooLong`` in this thread after ``seconds`` (SIGALRM; only in a process's main thread,
    where the batch's serial runs and its workers call it — elsewhere, as in a Dask worker's
    threads, there is no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise _TooLong

    before = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


def process_job(job: Job) -> Outcome:
    """Read, normalize and extract one file or collection row within its time limit; never raises."""
    try:
        with _deadline(job.time_limit):
            return _process_job(job)
    except _TooLong:
        return died(job, f"gave up after {job.time_limit:g} s (--time-limit): a pattern that backtracks on this page?")


def _process_job(job: Job) -> Outcome:
    from extract.text.normalize import normalize_bytes

    name, doc_id = shown(job.path), job.doc_id or stem_of(job.path)
    if job.text is not None:
        return _process_row(job, name, doc_id)
    try:
        data = read_input(job.path, max_bytes=job.max_bytes)
    except InputError as e:
        return Outcome(name, doc_id, None, error=str(e))
    digest = hashlib.sha256(data).hexdigest()
    html = True if Path(job.path).suffix.lower() in HTML_SUFFIXES else None
    try:
        article = normalize_bytes(data, doc_id=doc_id, max_bytes=job.max_bytes, html=html)
        return _extracted(job, name, doc_id, digest, article)
    except InputError as e:
        return Outcome(name, doc_id, digest, error=str(e))


def _process_row(job: Job, name: str, doc_id: str) -> Outcome:
    """A collection's row: its text and metadata, through the same steps as a file's bytes."""
    from extract.text.normalize import normalize_text

    try:
        article = normalize_text(job.text or "", doc_id=doc_id, meta=job.meta)
        if not article.text.strip():
            raise InputError("no text left after cleaning")
        return _extracted(job, name, doc_id, job.sha256, article)
    except InputError as e:
        return Outcome(name, doc_id, job.sha256, error=str(e), row=job.row)


def _extracted(job: Job, name: str, doc_id: str, digest: str | None, article: Any) -> Outcome:
    """The record of a normalized article as JSON, or the error that stopped it."""
    from extract.pipeline import components as pipeline

    try:
        reference = date.fromisoformat(job.reference_date) if job.reference_date else None
        record = pipeline.extract_article(article, ner=job.ner, reference_date=reference)
        record.pipeline_version = job.version
    except InputError as e:
        return Outcome(name, doc_id, digest, error=str(e), row=job.row)
    except Exception as e:  # a bug must not stop the batch; it is logged with its trace
        trace = traceback.format_exc(limit=4)
        return Outcome(
            name, doc_id, digest, error=f"{type(e).__name__}: {e}\n{trace}", error_kind="internal", row=job.row
        )
    counts = {field: len(getattr(record, field)) for field in LIST_FIELDS}
    counts["event"] = int(record.event is not None)
    pretty = record.model_dump_json(indent=1) + "\n"
    line = record.model_dump_json()  # (what records.jsonl made of the file: json.dumps, "," and ":")
    if job.out is not None:  # a local worker writes its record itself: the parent's writing is no bottleneck
        with contextlib.suppress(OSError):  # (if it cannot, the parent tries and says why)
            write_atomic(Path(job.out) / f"{doc_id}.json", pretty)
            return Outcome(name, doc_id, digest, None, counts, row=job.row, written=True, line=line)
    return Outcome(name, doc_id, digest, pretty, counts, row=job.row, line=line)


def died(job: Job, how: str) -> Outcome:
    """The outcome of an article whose worker did not come back."""
    return Outcome(
        shown(job.path), job.doc_id or stem_of(job.path), None, error=how, error_kind="internal", row=job.row
    )


def _init_worker(ner: bool) -> None:
    from extract.pipeline import components as pipeline
    pipeline.warm_up(ner)  # paid once per process: in the parent, before the workers fork


# ---------------------------------------------------------------- executors


Executor = Callable[[Iterable[Job]], Iterator[Outcome]]  # jobs come lazily (a collection's rows)


def serial_executor(jobs: Iterable[Job]) -> Iterator[Outcome]:
    for job in jobs:
        yield process_job(job)


def pool_executor(workers: int) -> Executor:
    def run(jobs: Iterable[Job]) -> Iterator[Outcome]:
        it = iter(jobs)
        head = list(itertools.islice(it, SERIAL_BELOW))
        if workers <= 1 or len(head) < SERIAL_BELOW:
            yield from serial_executor(itertools.chain(head, it))
            return
        yield from _run_workers(itertools.chain(head, it), workers)

    return run


def _worker_main(conn: Any, ner: bool) -> None:
    """A worker: loads the pipeline, then answers each job sent with its outcome until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _init_worker(ner)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if job is None:
            return
        conn.send(process_job(job))


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            how = f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"killed by signal {-exitcode}"
    else:
        how = f"exit status {exitcode}"
    return f"the worker process reading it died ({how}; out of memory?); the batch went on without it"


QUEUED = 2  # jobs sent ahead to each worker


def _run_workers(jobs: Iterator[Job], workers: int) -> Iterator[Outcome]:
    """Jobs over ``workers`` processes, outcomes yielded in input order.

    Jobs are taken from the iterator only as workers free up (at most ``8 × workers`` ahead of
    the outcomes yielded), so a collection of millions of rows is never held in memory.  Each
    worker has ``QUEUED`` jobs sent ahead on its own pipe (the next one waits while it works), and
    answers in the order it got them, so the job a dead worker was on is known: it gets an error
    outcome, the ones it had not begun go to the next free worker, and a new worker is started.
    Workers ignore SIGINT (Ctrl-C stops the parent, which stops them); at the end, or on any
    interruption, all are stopped."""
    import multiprocessing as mp
    import selectors

    ctx = mp.get_context("fork")
    first = next(jobs, None)
    if first is None:
        return
    jobs = itertools.chain([first], jobs)
    ner = first.ner
    # the pipeline, its rules and jieba's dictionary loaded once here: the workers fork with them
    # (and share their pages) instead of each loading its own, and a restarted worker is ready at once
    _init_worker(ner)
    # what the pipeline loaded stays out of the collector's sight: a forked worker's collections
    # would otherwise write to (and so copy) every page of it that the workers share
    gc.freeze()

    def start() -> tuple[Any, Any]:
        parent_end, child_end = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, args=(child_end, ner), daemon=True)
        # SIGINT ignored from the fork on: no worker tracebacks on Ctrl-C (only the main thread may set it)
        main = threading.current_thread() is threading.main_thread()
        old = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
        try:
            proc.start()
        finally:
            if main:
                signal.signal(signal.SIGINT, old)
        child_end.close()
        return proc, parent_end

    slots: list[list[Any]] = [[*start(), deque()] for _ in range(workers)]  # process, pipe, job indices sent
    # one selector for the run (not one made at every wait): each worker's pipe and its sentinel
    # (readable once it is dead), registered with the worker's slot
    selector = selectors.DefaultSelector()

    def watch(k: int) -> None:
        selector.register(slots[k][1], selectors.EVENT_READ, k)
        selector.register(slots[k][0].sentinel, selectors.EVENT_READ, k)

    def replace(k: int) -> None:  # a worker that died: a new one in its place
        proc, conn, _ = slots[k]
        selector.unregister(conn)
        selector.unregister(proc.sentinel)
        conn.close()
        slots[k] = [*start(), deque()]
        watch(k)

    for k in range(workers):
        watch(k)
    ahead = workers * 8  # outcomes held for reordering at most
    done: dict[int, Outcome] = {}
    sent: dict[int, Job] = {}  # the jobs out with a worker, by index
    again: deque[int] = deque()  # jobs a dead worker had queued but not begun: sent again first
    todo, next_out, exhausted = 0, 0, False
    try:
        while True:
            for slot in slots:
                # each worker has its next job waiting in its pipe while it works on one: it never
                # idles while the parent writes the last outcome
                while len(slot[2]) < QUEUED:
                    if again:
                        i = again.popleft()
                    elif not exhausted and todo < next_out + ahead:
                        job = next(jobs, None)
                        if job is None:
                            exhausted = True
                            break
                        i, sent[todo] = todo, job
                        todo += 1
                    else:
                        break
                    slot[2].append(i)
                    with contextlib.suppress(OSError):  # a worker already dead: found so below
                        slot[1].send(sent[i])
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if exhausted and not again and next_out >= todo:
                return
            if not any(slot[2] for slot in slots):
                continue
            events = selector.select()
            readable = {key.data for key, _ in events if key.fileobj is slots[key.data][1]}
            for k in sorted({key.data for key, _ in events}):
                proc, conn, queue = slots[k]
                if k in readable and queue:  # an outcome (one a wake: the selector says if more wait)
                    try:
                        done[queue[0]] = conn.recv()  # (taken off the queue only once received)
                        del sent[queue.popleft()]
                        continue
                    except (EOFError, OSError):  # its pipe closed: it died
                        pass
                elif proc.is_alive():  # (the end of a pipe whose process is still exiting)
                    continue
                proc.join()
                if queue:
                    i = queue.popleft()  # the job it was on when it died
                    done[i] = died(sent.pop(i), _death(proc.exitcode))
                    again.extend(queue)  # the ones it had not begun
                replace(k)  # (an idle worker that died: nothing of it lost)
    finally:
        selector.close()
        for proc, conn, _ in slots:
            proc.terminate()
            conn.close()
        for proc, _, _ in slots:
            proc.join(timeout=5)


# ---------------------------------------------------------------- the run


@dataclass
class Summary:
    articles: int = 0
    skipped: int = 0
    errors: int = 0
    items: Counter[str] = field(default_factory=Counter)
    error_list: list[dict[str, Any]] = field(default_factory=list)

    def fail(
        self, path: str | Path, reason: str, kind: str = "input", doc_id: str | None = None, row: int | None = None
    ) -> None:
        self.errors += 1
        # doc_id too: a reader of the folder's JSONL files then sees an empty record, not a crash
        name = path if isinstance(path, str) else shown(path)
        self.error_list.append(error_row(doc_id or stem_of(name), name, reason, kind, row))


def pipeline_fingerprint(ner: bool) -> str:
    from extract.pipeline.version import model_version, pipeline_version

    return f"{pipeline_version()}+ner{model_version()}" if ner else pipeline_version()


class Manifest(Mapping[str, dict[str, Any]]):
    """doc_id → entry of a folder's manifest (the last line of each doc_id; a manifest may end in a
    half-written line).  The lines are kept as they are and parsed when looked at: a re-run over an
    archive of millions of records holds strings, not dictionaries."""

    def __init__(self, out: Path) -> None:
        self._lines: dict[str, str] = {}
        for line, obj in _jsonl_lines(out / MANIFEST):
            if isinstance(obj.get("doc_id"), str):
                self._lines[obj["doc_id"]] = line

    def __getitem__(self, doc_id: str) -> dict[str, Any]:
        entry: dict[str, Any] = json.loads(self._lines[doc_id])
        return entry

    def __contains__(self, doc_id: object) -> bool:  # (without parsing the line)
        return doc_id in self._lines

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)

    def line(self, doc_id: str) -> str:
        return self._lines[doc_id]


def read_manifest(out: Path) -> Manifest:
    return Manifest(out)


def _jsonl_lines(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """The lines of a JSONL file (each ending in a newline) that hold objects, read one at a time;
    lines cut by an interruption (or otherwise not objects) left out."""
    if not path.exists():
        return
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by an interruption: that article is simply redone
            if isinstance(obj, dict):
                yield (line if line.endswith("\n") else line + "\n"), obj


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSONL file."""
    return [obj for _, obj in _jsonl_lines(path)]


def _digest(path: Path, max_bytes: int) -> str | None:
    try:
        return hashlib.sha256(read_input(path, max_bytes=max_bytes)).hexdigest()
    except InputError:
        return None


def _record_of(path: Path) -> dict[str, Any] | None:
    """The record a ``<doc_id>.json`` holds, or None when it is missing or not a whole record."""
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return obj if isinstance(obj, dict) and obj.get("doc_id") == path.stem else None


def _same_file(entry: dict[str, Any], real: str) -> bool:
    file = entry.get("file")
    return isinstance(file, str) and (file == shown(real) or shown(os.path.realpath(file)) == shown(real))


def assign_doc_id(
    path: Path,
    digest: str | None,
    manifest: Mapping[str, dict[str, Any]],
    taken: dict[str, str],
    out: Path,
    real: str | None = None,
) -> str:
    """The doc_id of an input: its stem, unless that belongs to another article — an earlier input
    of this run (``taken``), or a recorded one of another file and other content — then the stem
    with 8 hex digits of the SHA-256 of the file's resolved path ``real`` (the same file, the same id)."""
    return _free_id(stem_of(path), real or os.path.realpath(path), digest, manifest, taken, out)


def _free_id(
    stem: str, real: str, digest: str | None, manifest: Mapping[str, dict[str, Any]], taken: dict[str, str], out: Path
) -> str:
    """``stem``, or ``stem~<8 hex digits of the SHA-256 of real>`` when ``stem`` is another article's
    (``real``: the resolved file, or ``file#id`` for a collection's row)."""
    entry = manifest.get(stem)
    free = stem not in taken and (
        entry is None
        or _same_file(entry, real)
        or (digest is not None and entry.get("sha256") == digest)
        or not (out / f"{stem}.json").exists()
    )
    if free:
        return stem
    return f"{stem}~{hashlib.sha256(os.fsencode(real)).hexdigest()[:8]}"


def row_doc_id(
    collection: str, row: Row, digest: str, manifest: Mapping[str, dict[str, Any]], taken: dict[str, str], out: Path
) -> tuple[str, str]:
    """The doc_id of a collection's row and what the manifest records as its file (``file#id``):
    its id field made file-safe, else a hash of its text and URL; on a collision, as for files
    (a second row of the same id or text gets its line in the key too)."""
    key = row.id if row.id is not None else text_id(row.text or "", row.meta.url if row.meta else None)
    real = f"{collection}#{key}"
    doc_id = _free_id(safe_id(key) if row.id is not None else key, real, digest, manifest, taken, out)
    if doc_id in taken:  # the same id (or text) twice in the run: the row's place tells them apart
        real = f"{real}#{row.number}"
        doc_id = f"{doc_id.split('~')[0]}~{hashlib.sha256(os.fsencode(real)).hexdigest()[:8]}"
    return doc_id, real


def check_fields(inputs: Iterable[Path], names: FieldNames) -> None:
    """Every collection among the inputs has the fields named (``--text-field``…); else
    ``BatchError``: the option, the file and the fields it has."""
    if not names.given():
        return
    from extract.io.collections import resolve_columns

    for path, problem in iter_inputs(inputs):
        if problem or not is_collection(path):
            continue
        try:
            resolve_columns(columns_of(path), names)
        except CollectionError as e:
            raise BatchError(f"{shown(path)}: {e}") from None


def count_articles(inputs: Iterable[Path]) -> int:
    """How many articles the inputs hold (a collection's rows each), for a progress bar."""
    return sum(count_rows(p) if not problem and is_collection(p) else 1 for p, problem in iter_inputs(inputs))


def _prepare(out: Path) -> None:
    where = shown(out)
    if out.exists() and not out.is_dir():
        raise BatchError(f"the output folder {where} is a file; give --out a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BatchError(f"cannot create the output folder {where}: {e.strerror or e}") from e
    if not os.access(out, os.W_OK | os.X_OK):
        raise BatchError(f"cannot write to the output folder {where}: permission denied")


@contextlib.contextmanager
def writer_lock(out: Path) -> Iterator[None]:
    """Hold ``OUT/.extract.lock`` for a run; a second run into the same folder stops with a sentence."""
    path = out / LOCK
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise BatchError(f"cannot write to the output folder {shown(out)}: {e.strerror or e}") from e
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            raise BatchError(
                f"another extract run is writing to {shown(out)} (it holds {shown(path)}); "
                "wait for it to finish or give another --out"
            ) from e
        yield
    finally:
        os.close(fd)


def _remove_leftovers(out: Path, keep: Path | None = None) -> None:
    """Temporary files of a run that was killed, or of its workers stopped in the middle of a write
    (this run holds the lock: nobody else writes them); ``keep``: this run's own, still in use."""
    with os.scandir(out) as it:
        for entry in it:
            if keep is not None and entry.name == keep.name:
                continue
            if _LEFTOVER.match(entry.name) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)


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
    fields: FieldNames | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> Summary:
    """Process every input article (files, and the rows of collections) into ``out``; returns what was done.

    An article that takes longer than ``time_limit`` seconds (0: no limit) gets an error line
    (``internal``) and the batch goes on.

    ``fields`` names the columns of the collections (``io.collections``); a name that a
    collection lacks stops the run before it starts.  Raises ``BatchError`` (one sentence) when
    ``out`` cannot be written, another run holds it or a field named is missing."""
    names = fields or FieldNames()
    check_fields(inputs, names)
    _prepare(out)
    with writer_lock(out):
        _remove_leftovers(out)
        summary = Summary()
        given: set[str] = set()  # the resolved inputs of this run: their old error lines are replaced
        # local workers write their records themselves; an executor's (a cluster's) send them back
        local = executor is None
        run = _Run(out, summary, given, ner, max_bytes, force, on_progress, reference_date, names, local, time_limit)
        try:
            run.go(inputs, executor or pool_executor(workers))
        finally:
            # a worker stopped in the middle of writing a record (Ctrl-C) leaves its temporary file
            _remove_leftovers(out, keep=run.staged.path)
            _rebuild(out, summary, given, run.staged)
            run.staged.close()
    return summary


class _Staged:
    """The records.jsonl lines of the records written in this run, by doc_id, in a temporary SQLite
    table of the output folder (memory stays flat however long the run; a killed run's table is a
    leftover the next run removes): the rebuild copies them instead of reading and parsing each
    record file again."""

    def __init__(self, out: Path) -> None:
        fd, name = tempfile.mkstemp(dir=out, prefix=".records.staged.", suffix=".tmp")
        os.close(fd)
        self.path = Path(name)
        self._db = sqlite3.connect(name, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE staged (doc_id TEXT PRIMARY KEY, line TEXT NOT NULL)")
        self._db.execute("BEGIN")  # one transaction: nothing of it needs to outlive the run

    def add(self, doc_id: str, line: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO staged VALUES (?, ?)", (doc_id, line))

    def get(self, doc_id: str) -> str | None:
        row = self._db.execute("SELECT line FROM staged WHERE doc_id = ?", (doc_id,)).fetchone()
        return None if row is None else str(row[0])

    def close(self) -> None:
        self._db.close()
        self.path.unlink(missing_ok=True)


@dataclass
class _Run:
    """One run's jobs, made lazily from the inputs (a collection's rows as they are read), and
    its outcomes written as they come."""

    out: Path
    summary: Summary
    given: set[str]
    ner: bool
    max_bytes: int
    force: bool
    on_progress: Callable[[str], None] | None
    reference_date: date | None
    names: FieldNames
    local: bool = False  # the workers share this machine's file system: they write the records
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds an article may take (Job.time_limit)
    taken: dict[str, str] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # doc_id → its file (file#id for a row), until written

    def __post_init__(self) -> None:
        self.staged = _Staged(self.out)
        self.writes = str(self.out) if self.local else None
        self.reference = self.reference_date.isoformat() if self.reference_date else None
        self.version = pipeline_fingerprint(self.ner) + (f"+ref{self.reference}" if self.reference else "")
        self.manifest = read_manifest(self.out)

    def progress(self, name: str) -> None:
        if self.on_progress:
            self.on_progress(name)

    def unchanged(self, doc_id: str, digest: str | None) -> bool:
        """Skip it: done before with the same content and version, its record whole."""
        entry = self.manifest.get(doc_id)
        if (
            self.force
            or digest is None
            or not entry
            or entry.get("version") != self.version
            or entry.get("sha256") != digest
            or _record_of(self.out / f"{doc_id}.json") is None
        ):
            return False
        self.summary.skipped += 1
        self.summary.items.update(entry.get("counts", {}))
        return True

    def jobs(self, inputs: list[Path]) -> Iterator[Job]:
        for path, real, problem in _resolved_inputs(inputs):
            self.given.add(shown(real))
            if problem:
                self.summary.fail(path, problem)
                self.progress(shown(path.name))
            elif is_collection(path):
                yield from self.row_jobs(path, real)
            else:
                # the content's digest is needed here only to compare with a recorded article (the
                # worker reading the file makes it for the manifest): a first run reads each file once
                digest = _digest(path, self.max_bytes) if stem_of(path) in self.manifest else None
                doc_id = assign_doc_id(path, digest, self.manifest, self.taken, self.out, real)
                if digest is None and doc_id in self.manifest:
                    digest = _digest(path, self.max_bytes)
                self.taken[doc_id] = str(path)
                if self.unchanged(doc_id, digest):
                    self.progress(shown(path.name))
                    continue
                self.files[doc_id] = shown(real)
                yield Job(str(path), self.ner, self.max_bytes, self.version, self.reference, doc_id, out=self.writes,
                          time_limit=self.time_limit)  # fmt: skip

    def row_jobs(self, path: Path, real: str) -> Iterator[Job]:
        name = shown(path.name)
        try:
            for row in read_collection(path, self.names, max_bytes=self.max_bytes):
                if row.error is not None:
                    self.summary.fail(path, row.error, doc_id=f"{stem_of(path)}#{row.number}", row=row.number)
                    self.progress(f"{name}:{row.number}")
                    continue
                digest = row.digest()
                doc_id, key = row_doc_id(real, row, digest, self.manifest, self.taken, self.out)
                self.taken[doc_id] = key
                if self.unchanged(doc_id, digest):
                    self.progress(f"{name}:{row.number}")
                    continue
                self.files[doc_id] = shown(key)
                yield Job(str(path), self.ner, self.max_bytes, self.version, self.reference, doc_id,
                          row.text, row.meta, row.number, digest, self.writes, self.time_limit)  # fmt: skip
        except CollectionError as e:
            self.summary.fail(path, str(e))
            self.progress(name)

    def go(self, inputs: list[Path], executor: Executor) -> None:
        flushed = time.monotonic()
        with (self.out / MANIFEST).open("a", encoding="utf-8", errors="backslashreplace") as log:
            for outcome in executor(self.jobs(inputs)):
                file = self.files.pop(outcome.doc_id, outcome.path)
                if not outcome.ok:
                    self.summary.fail(
                        outcome.path, outcome.error or "unknown error", outcome.error_kind, outcome.doc_id, outcome.row
                    )
                    (self.out / f"{outcome.doc_id}.json").unlink(missing_ok=True)  # no stale record of this input
                else:
                    if outcome.record_json is not None:
                        write_atomic(self.out / f"{outcome.doc_id}.json", outcome.record_json)
                    if outcome.line is not None:
                        self.staged.add(outcome.doc_id, outcome.line)
                    entry = {"doc_id": outcome.doc_id, "file": file, "sha256": outcome.sha256,
                             "version": self.version, "counts": outcome.counts}  # fmt: skip
                    log.write(_dumps(entry) + "\n")
                    # on disk within a second (a killed run's next run skips what it finished), not
                    # a write per article; a line cut by the kill is left out when the manifest is read
                    if time.monotonic() - flushed >= 1.0:
                        log.flush()
                        flushed = time.monotonic()
                    self.summary.articles += 1
                    self.summary.items.update(outcome.counts)
                name = Path(outcome.path).name
                self.progress(f"{name}:{outcome.row}" if outcome.row is not None else name)


def _rebuild(out: Path, summary: Summary, given: set[str], staged: _Staged | None = None) -> None:
    """``records.jsonl`` from every record of the folder (those written in this run from their
    ``staged`` lines), ``errors.jsonl`` from this run's errors and the earlier ones of inputs not
    given this time, the manifest compacted to the records there."""
    manifest = read_manifest(out)
    ids: set[str] = set()

    def lines() -> Iterator[str]:  # one record at a time: an archive's records are never all in memory
        with os.scandir(out) as it:  # names only: an archive's folder holds millions
            names = sorted(e.name for e in it if e.name.endswith(".json"))
        for name in names:
            f = out / name
            line = staged.get(f.stem) if staged is not None else None
            if line is not None:
                ids.add(f.stem)
                yield line + "\n"
                continue
            record = _record_of(f)
            if record is None:
                if f.stem in manifest:  # one of ours, cut short (a disk full, a copy interrupted)
                    summary.fail(f, "unreadable record in the output folder; run its article again", "output", f.stem)
                continue
            ids.add(f.stem)
            yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"

    write_atomic(out / "records.jsonl", lines())
    write_atomic(out / MANIFEST, (manifest.line(k) for k in manifest if k in ids))
    earlier = [
        e
        for e in _read_jsonl(out / "errors.jsonl")
        if isinstance(e.get("file"), str)
        and e.get("error") != "output"
        and shown(os.path.realpath(e["file"])) not in given
    ]
    errors = earlier + summary.error_list
    errors_path = out / "errors.jsonl"
    if errors:
        write_atomic(errors_path, "".join(_dumps(e) + "\n" for e in errors))
    else:
        errors_path.unlink(missing_ok=True)
