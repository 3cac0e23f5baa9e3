"""Folders of records as ``extract run`` leaves them: one reader, and the one shape of an error row.

``extract eval`` (as the reference scorer does: every ``*.json``, then every ``*.jsonl``), the
tables of ``extract.to_frames``/``extract export``, ``extract people`` and ``extract network``
all read folders through ``iter_record_dicts``; ``errors.jsonl`` rows, written by the batch and
returned by ``extract_many`` as ``InputErrorInfo``, are made by ``error_row`` and recognized by
``is_error_row``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ERROR_KEYS = ("doc_id", "file", "error", "reason")


def error_row(doc_id: str, file: str, reason: str, kind: str = "input", row: int | None = None) -> dict[str, Any]:
    """A line of ``errors.jsonl``: ``kind`` is ``input`` (an unreadable input) or ``internal`` (a bug);
    ``row``: a collection's row (its line in a JSONL or CSV file, its number in a Parquet file)."""
    out: dict[str, Any] = {"doc_id": doc_id, "file": file, "error": kind, "reason": reason}
    if row is not None:
        out["row"] = row
    return out


def is_error_row(obj: dict[str, Any]) -> bool:
    """An ``errors.jsonl`` row, not a record (a record has a ``script``; an error row its ``reason``)."""
    return "reason" in obj and "error" in obj and "script" not in obj


def iter_record_dicts(folder: str | Path, *, every_file: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(where, dict)`` for each record of a folder or of one ``.json``/``.jsonl`` file.

    A folder is read from its ``records.jsonl`` when it has one, else from its ``*.json``
    files; with ``every_file``, from every ``*.json`` and then every ``*.jsonl`` (what the
    reference scorer reads: a later record of a ``doc_id`` wins, and an error row counts as an
    empty record, as it does there).  ``where`` is the file (and line); otherwise error rows are
    left out; a ``.json`` file without a ``doc_id`` gives its stem.
    """
    keep = (
        (lambda obj: isinstance(obj, dict))
        if every_file
        else (lambda obj: isinstance(obj, dict) and not is_error_row(obj))
    )
    p = Path(folder)
    if p.is_file():
        files = [p]
    elif p.is_dir():
        if every_file:
            files = sorted(p.glob("*.json")) + sorted(p.glob("*.jsonl"))
        else:
            files = [p / "records.jsonl"] if (p / "records.jsonl").is_file() else sorted(p.glob("*.json"))
    else:
        raise FileNotFoundError(f"no such file or folder: {p}")
    for f in files:
        text = f.read_text(encoding="utf-8")
        if f.suffix == ".jsonl":
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    obj = json.loads(line)
                    if keep(obj):
                        yield f"{f}:{n}", obj
        else:
            data = json.loads(text)
            for obj in data if isinstance(data, list) else [data]:
                if keep(obj):
                    obj.setdefault("doc_id", f.stem)
                    yield str(f), obj
