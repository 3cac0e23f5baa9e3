"""Batch runs over folders of articles: one JSON per article, a JSONL of all, an error log.

Outputs are written atomically (temporary file + rename), so an interrupted
run never leaves half-written JSON behind.  A bad input becomes a line of
``errors.jsonl`` with the reason; the batch goes on.
"""

from __future__ import annotations

import json
import os
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.models import Record
from extract.normalize import DEFAULT_MAX_BYTES, InputError

INPUT_SUFFIXES = (".txt",)
LIST_FIELDS = ("dates", "officials", "staff", "regions", "agreements")


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
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def record_json(record: Record) -> str:
    return record.model_dump_json(indent=1) + "\n"


@dataclass
class Summary:
    articles: int = 0
    errors: int = 0
    items: Counter[str] = field(default_factory=Counter)
    error_list: list[dict[str, str]] = field(default_factory=list)

    def add(self, record: Record) -> None:
        self.articles += 1
        for name in LIST_FIELDS:
            self.items[name] += len(getattr(record, name))
        self.items["event"] += record.event is not None

    def fail(self, path: Path, reason: str, kind: str = "input") -> None:
        self.errors += 1
        self.error_list.append({"file": str(path), "error": kind, "reason": reason})


def run_batch(
    inputs: list[Path],
    out: Path,
    *,
    ner: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_progress: Callable[[Path], None] | None = None,
) -> Summary:
    """Process every input article into ``out``; returns what was done."""
    from extract.api import extract_file

    out.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    records: list[str] = []
    seen: dict[str, Path] = {}
    for path, problem in iter_inputs(inputs):
        try:
            if problem:
                summary.fail(path, problem)
                continue
            if path.stem in seen:
                summary.fail(path, f"doc_id {path.stem!r} already taken by {seen[path.stem]}")
                continue
            seen[path.stem] = path
            try:
                record = extract_file(path, ner=ner, max_bytes=max_bytes)
            except InputError as e:
                summary.fail(path, str(e))
                continue
            except OSError as e:
                summary.fail(path, f"cannot read: {e.strerror or e}")
                continue
            except Exception as e:  # a bug must not stop the batch; it is logged with its trace
                summary.fail(path, f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=3)}", "internal")
                continue
            text = record_json(record)
            write_atomic(out / f"{record.doc_id}.json", text)
            records.append(record.model_dump_json())
            summary.add(record)
        finally:
            if on_progress:
                on_progress(path)
    write_atomic(out / "records.jsonl", "".join(r + "\n" for r in records))
    errors_path = out / "errors.jsonl"
    if summary.error_list:
        write_atomic(errors_path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in summary.error_list))
    else:
        errors_path.unlink(missing_ok=True)
    return summary
