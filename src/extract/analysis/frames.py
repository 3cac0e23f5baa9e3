"""Records as pandas tables, one per kind of item, all keyed by ``doc_id``.

    >>> import extract
    >>> frames = extract.to_frames(extract.extract_many("data/raw"))
    >>> frames.officials.groupby("name").doc_id.nunique()

``to_frames`` takes ``Record`` objects, dicts in the record shape (validated into
``Record``), the ``InputErrorInfo`` items of ``extract_many`` (skipped), or a folder of
records as ``extract run`` writes it.  The tables:

=============  ============================================================================
``articles``   one row per article: title, source (and the source given), publish date, script,
               encoding, the event (name, start, end, location) and how many items of each kind it has
``dates``      one row per date expression: text, start, end, granularity, year_certain, …
``officials``  one row per (person, title): name, title, org, post, how many titles
``staff``      one row per (person, role)
``regions``    one row per region: name, level, adcode, parents (nearest first), parent,
               province
``agreements`` one row per document: title, kind, action
=============  ============================================================================

Item tables carry ``span_start``/``span_end`` (the first mention, ``[start, end)`` in the
original decoded text) and ``mentions`` (how many spans).  Date columns (``publish_date``,
``event_start``, ``start``, ``end``…) are pandas datetimes.  pandas (and pyarrow for
Parquet) are the optional extra ``analysis``: ``pip install 'extract[analysis]'``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from extract.io.records import is_error_row, iter_record_dicts
from extract.models import Record

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "TABLES", "Frames", "MissingExtraError", "as_records", "read_records", "to_frames", "write_frames", "write_tables",
]  # fmt: skip

TABLES = ("articles", "dates", "officials", "staff", "regions", "agreements")
_INSTALL = "pip install 'extract[analysis]'"

_COLUMNS: dict[str, list[str]] = {
    "articles": [
        "doc_id", "title", "publish_date", "source", "source_given", "script", "encoding",
        "event_name", "event_start", "event_end", "event_location",
        "n_dates", "n_officials", "n_staff", "n_regions", "n_agreements", "pipeline_version",
    ],
    "dates": [
        "doc_id", "text", "start", "end", "granularity", "year_certain", "year_source",
        "span_start", "span_end", "mentions",
    ],
    "officials": ["doc_id", "name", "title", "org", "post", "n_titles", "span_start", "span_end", "mentions"],
    "staff": ["doc_id", "name", "role", "span_start", "span_end", "mentions"],
    "regions": [
        "doc_id", "name", "level", "adcode", "parents", "parent", "province", "current", "current_adcode",
        "span_start", "span_end", "mentions",
    ],
    "agreements": ["doc_id", "title", "kind", "action", "span_start", "span_end", "mentions"],
}  # fmt: skip
_DATE_COLUMNS = {"articles": ("publish_date", "event_start", "event_end"), "dates": ("start", "end")}
_INT_COLUMNS = ("span_start", "span_end", "mentions", "n_titles")
_LIST_COLUMNS = {"regions": ("parents",)}


class MissingExtraError(ImportError):
    """pandas or pyarrow is not installed."""


def require(*modules: str) -> None:
    """Import ``modules`` or raise ``MissingExtraError`` saying how to install them."""
    import importlib

    missing = []
    for m in modules:
        try:
            importlib.import_module(m)
        except ImportError:
            missing.append(m)
    if missing:
        raise MissingExtraError(
            f"this needs {' and '.join(missing)}, which are not installed; install the analysis extra: {_INSTALL}"
        )


@dataclass
class Frames:
    """The tables of some records; iterate with ``items()``, index with ``frames["officials"]``."""

    articles: pd.DataFrame
    dates: pd.DataFrame
    officials: pd.DataFrame
    staff: pd.DataFrame
    regions: pd.DataFrame
    agreements: pd.DataFrame

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        frame: pd.DataFrame = getattr(self, name)
        return frame

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        for f in fields(self):
            yield f.name, getattr(self, f.name)

    def __repr__(self) -> str:
        return "Frames(" + ", ".join(f"{name}: {len(df)} rows" for name, df in self.items()) + ")"


# ---------------------------------------------------------------- reading records


def read_records(folder: str | Path) -> list[Record]:
    """Records of a folder as ``extract run`` writes it, or of one ``.json``/``.jsonl`` file.

    A folder is read from its ``records.jsonl`` when it has one, else from its ``*.json`` files
    (one record, or a list of records, each).  Every record is validated into ``Record``; a
    ``ValueError`` names the file (and line) of the first one that is not a record.  A
    ``doc_id`` found twice is kept once, the last read.
    """
    from pydantic import ValidationError

    out: dict[str, Record] = {}
    for source, obj in iter_record_dicts(folder):
        try:
            rec = Record.model_validate(obj)
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise ValueError(f"{source}: not a record ({e.error_count()} problem(s); {where}: {first['msg']})") from e
        out[rec.doc_id] = rec
    return list(out.values())


def as_records(records: Iterable[Any] | str | Path) -> list[Record]:
    """``Record``s of: records, record-shaped dicts (validated), ``InputErrorInfo`` (left out), or a folder."""
    if isinstance(records, str | Path):
        return read_records(records)
    out = []
    for r in records:
        if isinstance(r, Record):
            out.append(r)
        elif isinstance(r, dict):
            if not is_error_row(r):
                out.append(Record.model_validate(r))
        elif hasattr(r, "reason") and hasattr(r, "file"):  # InputErrorInfo from extract_many
            continue
        else:
            raise TypeError(f"not a record: {type(r).__name__}")
    return out


# ---------------------------------------------------------------- rows


def _first(spans: list[tuple[int, int]]) -> dict[str, Any]:
    s, e = spans[0] if spans else (None, None)
    return {"span_start": s, "span_end": e, "mentions": len(spans)}


def _rows(records: list[Record]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for rec in records:
        d = rec.doc_id
        ev = rec.event
        rows["articles"].append(
            {
                "doc_id": d,
                "title": rec.title,
                "publish_date": rec.publish_date,
                "source": rec.source,
                "source_given": rec.source_given,
                "script": rec.script,
                "encoding": rec.encoding,
                "event_name": ev.name if ev else None,
                "event_start": ev.start if ev else None,
                "event_end": ev.end if ev else None,
                "event_location": ev.location if ev else None,
                "n_dates": len(rec.dates),
                "n_officials": len(rec.officials),
                "n_staff": len(rec.staff),
                "n_regions": len(rec.regions),
                "n_agreements": len(rec.agreements),
                "pipeline_version": rec.pipeline_version,
            }
        )
        for dt in rec.dates:
            rows["dates"].append(
                {
                    "doc_id": d,
                    "text": dt.text,
                    "start": dt.start,
                    "end": dt.end,
                    "granularity": dt.granularity,
                    "year_certain": dt.year_certain,
                    "year_source": dt.year_source,
                    **_first(dt.spans),
                }
            )
        for o in rec.officials:
            parses = {tp.title: tp for tp in o.title_parses}
            titles: list[str | None] = [*o.titles] or [None]
            for title in titles:
                tp = parses.get(title) if title else None
                rows["officials"].append(
                    {
                        "doc_id": d,
                        "name": o.name,
                        "title": title,
                        "org": tp.org if tp else None,
                        "post": tp.post if tp else None,
                        "n_titles": len(o.titles),
                        **_first(o.spans),
                    }
                )
        for s in rec.staff:
            roles: list[str | None] = [*s.roles] or [None]
            for role in roles:
                rows["staff"].append({"doc_id": d, "name": s.name, "role": role, **_first(s.spans)})
        for r in rec.regions:
            if r.level == "province":
                province: str | None = r.name
            else:
                province = r.parents[-1] if r.parents else None
            rows["regions"].append(
                {
                    "doc_id": d,
                    "name": r.name,
                    "level": r.level,
                    "adcode": r.adcode,
                    "parents": list(r.parents),
                    "parent": r.parents[0] if r.parents else None,
                    "province": province,
                    # today's unit of one renamed since (那曲地区 → 那曲市): join on it across years
                    "current": r.current.name if r.current else None,
                    "current_adcode": r.current.adcode if r.current else None,
                    **_first(r.spans),
                }
            )
        for a in rec.agreements:
            rows["agreements"].append(
                {"doc_id": d, "title": a.title, "kind": a.kind, "action": a.action, **_first(a.spans)}
            )
    return rows


def to_frames(records: Iterable[Any] | str | Path) -> Frames:
    """pandas tables of some records (see the module doc); raises ``MissingExtraError`` without pandas."""
    require("pandas")
    import pandas as pd

    rows = _rows(as_records(records))
    frames: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        df = pd.DataFrame(rows[name], columns=_COLUMNS[name])
        for col in _DATE_COLUMNS.get(name, ()):
            df[col] = pd.to_datetime(df[col], format="%Y-%m-%d", errors="coerce")
        for col in _INT_COLUMNS:
            if col in df.columns:
                df[col] = df[col].astype("Int64")
        if name == "dates":
            df["year_certain"] = df["year_certain"].astype("boolean")
        frames[name] = df
    return Frames(**frames)


# ---------------------------------------------------------------- writing


def write_frames(frames: Frames, out: str | Path, fmt: Literal["parquet", "csv"] = "parquet") -> list[Path]:
    """Write each table to ``out/<table>.parquet`` (or ``.csv``, UTF-8 with BOM for spreadsheet programs).

    In CSV, list columns (``parents``) are written as JSON arrays.
    """
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown format {fmt!r}: parquet or csv")
    return write_tables(frames.items(), out, fmt, lambda name: _LIST_COLUMNS.get(name, ()))


def write_tables(
    tables: Iterable[tuple[str, pd.DataFrame]],
    out: str | Path,
    fmt: Literal["parquet", "csv"],
    list_columns: Callable[[str], Iterable[str]] = lambda name: (),
) -> list[Path]:
    """Write each ``(name, table)`` to ``out/<name>.<fmt>`` atomically; in CSV the ``list_columns(name)`` as JSON."""
    if fmt == "parquet":
        require("pandas", "pyarrow")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, df in tables:
        path = out / f"{name}.{fmt}"
        tmp = path.with_name(f".{path.name}.tmp")
        if fmt == "parquet":
            df.to_parquet(tmp, index=False, engine="pyarrow")
        else:
            flat = df.copy()
            for col in list_columns(name):
                flat[col] = [json.dumps(list(v), ensure_ascii=False) for v in flat[col]]
            flat.to_csv(tmp, index=False, encoding="utf-8-sig", date_format="%Y-%m-%d")
        tmp.replace(path)
        written.append(path)
    return written
