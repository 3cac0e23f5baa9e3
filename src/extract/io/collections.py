"""Collections of scraped articles: JSONL (``.jsonl``, ``.ndjson``, gzipped too), CSV/TSV and
Parquet files, one article a row.

Each row gives the article's text and any of its id, URL, title, publish date, source and crawl
time.  The columns are named by the caller (``FieldNames``: ``extract run --text-field content
--id-field url``) or recognized from the names crawlers use (``rules/input_fields.tsv``: text,
content, body …; url, link; title, headline; publish_date, pubdate, date …).  Files are read
lazily — JSONL and CSV line by line, Parquet by record batches (``pyarrow`` ``iter_batches``) —
so memory stays flat however many rows a file has.

A row that cannot be an article (invalid JSON, no text, an empty or non-text text field,
undecodable bytes) is a ``Row`` with its ``error``: the batch writes it to ``errors.jsonl`` with the
file and the row's line (JSONL, CSV: the line it starts on) or number (Parquet, from 1), and goes
on.  A publish or crawl date that is no date costs no article: it is left unused and said in the
row's ``meta.notes`` (the record's ``input_notes``).  A problem with the whole file (a field name given that the file
does not have, an unreadable file) raises ``CollectionError``, one sentence.

doc_id: the id field made safe as a file name (``safe_id``), else a stable hash of the row's text
and URL (``text_id``); the batch resolves collisions as it does for files.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import IO, Any, cast

from extract.rules import read_groups
from extract.text.origin import InputMeta, as_day

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".tsv", ".csv.gz", ".tsv.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
COLLECTION_SUFFIXES = JSONL_SUFFIXES + CSV_SUFFIXES + PARQUET_SUFFIXES
BATCH_ROWS = 512  # Parquet rows read at a time
ID_BYTES = 150  # longest doc_id from an id field (a file name is at most 255 bytes, temporary names included)


class CollectionError(Exception):
    """A collection that cannot be read at all (a field given that it lacks, unreadable): one sentence."""


def is_collection(path: str | Path) -> bool:
    return Path(path).name.lower().endswith(COLLECTION_SUFFIXES)


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return "csv"


@dataclass(frozen=True)
class FieldNames:
    """The columns holding each part of an article; ``None``: recognized (``rules/input_fields.tsv``)."""

    text: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    crawl: str | None = None

    def given(self) -> dict[str, str]:
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name))}


PARTS = tuple(f.name for f in fields(FieldNames))


def option_of(part: str) -> str:
    """The command-line option that names a part's column (``--text-field``, ``--crawl-field``)."""
    return f"--{part}-field"


@cache
def known_names() -> dict[str, tuple[str, ...]]:
    """part → the column names that give it when none is named, in order (rules/input_fields.tsv)."""
    return {part: tuple(n.lower() for n in names) for part, names in read_groups("input_fields.tsv").items()}


def _with_text(columns: list[str], cols: dict[str, str | None]) -> dict[str, str | None]:
    """``cols``, when a text column was found: a CSV or Parquet file without one has no article."""
    if cols["text"] is None:
        found = ", ".join(columns[:30]) or "none"
        raise CollectionError(f"no text field recognized (fields found: {found}); name it with --text-field")
    return cols


def resolve_columns(columns: list[str], names: FieldNames) -> dict[str, str | None]:
    """part → the column of ``columns`` that gives it.  A column named in ``names`` that is not
    there raises ``CollectionError`` listing the columns found; the others are recognized."""
    lower = {c.lower(): c for c in reversed(columns)}
    out: dict[str, str | None] = {}
    for part in PARTS:
        wanted = getattr(names, part)
        if wanted:
            if wanted not in columns and wanted.lower() not in lower:
                found = ", ".join(columns[:30]) or "none"
                raise CollectionError(f"{option_of(part)} {wanted}: no such field (fields found: {found})")
            out[part] = wanted if wanted in columns else lower[wanted.lower()]
        else:
            out[part] = next((lower[n] for n in known_names().get(part, ()) if n in lower), None)
    return out


@dataclass
class Row:
    """One row of a collection: the article's text and metadata, or why it is none."""

    number: int  # JSONL/CSV: its (first) line; Parquet: its row, from 1
    text: str | None = None
    meta: InputMeta | None = None
    id: str | None = None  # the id field's value as given
    error: str | None = None

    def digest(self) -> str:
        """The row's content (text and metadata), for skipping it when unchanged."""
        m = self.meta or InputMeta()
        parts = [self.text, m.url, m.title, str(m.publish_date), m.source, str(m.crawl_time)]
        return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|\s]+")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def safe_id(raw: str) -> str:
    """An id as a file name: a URL's scheme dropped, separators and controls as ``_``, no leading
    dot; a long one cut, with 8 hex digits of its SHA-256 so that cut ids stay apart."""
    s = _UNSAFE.sub("_", _SCHEME.sub("", raw.strip())).strip("._") or "row"
    if len(s.encode("utf-8", "surrogatepass")) > ID_BYTES:
        cut = s.encode("utf-8", "surrogatepass")[: ID_BYTES - 9].decode("utf-8", "ignore")
        s = f"{cut}~{hashlib.sha256(raw.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    return s


def text_id(text: str, url: str | None) -> str:
    """The doc_id of a row without an id: 16 hex digits of the SHA-256 of its text (and URL)."""
    return hashlib.sha256(f"{text}\n{url or ''}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


# ---------------------------------------------------------------- reading


def _open_binary(path: Path) -> IO[bytes]:
    try:
        if path.name.lower().endswith(".gz"):
            return cast(IO[bytes], gzip.open(path, "rb"))
        return open(path, "rb")
    except OSError as e:
        raise CollectionError(f"cannot read: {e.strerror or e}") from e


def columns_of(path: str | Path) -> list[str]:
    """The columns a collection has: its header (CSV), schema (Parquet) or the keys of its first
    JSON object (JSONL)."""
    path = Path(path)
    try:
        kind = _kind(path)
        if kind == "parquet":
            import pyarrow.parquet as pq

            return list(pq.ParquetFile(path).schema_arrow.names)
        if kind == "csv":
            with _open_text(path) as fh:
                return next(csv.reader(fh, dialect=_dialect(path)), [])
        with _open_binary(path) as fh:
            for line in fh:
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if isinstance(obj, dict):
                    return [str(k) for k in obj]
    except (OSError, EOFError, gzip.BadGzipFile, ValueError) as e:
        raise CollectionError(f"cannot read: {getattr(e, 'strerror', None) or e}") from e
    return []


def count_rows(path: str | Path) -> int:
    """How many rows a collection has (for a progress bar): Parquet's metadata, else its lines."""
    path = Path(path)
    try:
        if _kind(path) == "parquet":
            import pyarrow.parquet as pq

            return int(pq.ParquetFile(path).metadata.num_rows)
        if _kind(path) == "csv":
            with _open_text(path) as fh:
                return max(0, sum(1 for _ in csv.reader(fh, dialect=_dialect(path))) - 1)
        with _open_binary(path) as fh:
            return sum(1 for line in fh if line.strip())
    except Exception:  # a file that cannot be counted is read (and its error reported) later
        return 1


def read_collection(
    path: str | Path, names: FieldNames | None = None, *, max_bytes: int | None = None
) -> Iterator[Row]:
    """The rows of a collection, lazily, in file order (module docstring)."""
    path = Path(path)
    names = names or FieldNames()
    kind = _kind(path)
    try:
        if kind == "jsonl":
            yield from _jsonl_rows(path, names, max_bytes)
        elif kind == "csv":
            yield from _csv_rows(path, names, max_bytes)
        else:
            yield from _parquet_rows(path, names, max_bytes)
    except CollectionError:
        raise
    except (OSError, EOFError, gzip.BadGzipFile, csv.Error) as e:
        raise CollectionError(f"cannot read: {getattr(e, 'strerror', None) or e}") from e
    except Exception as e:  # pyarrow's errors on a file that is no Parquet, and the like
        raise CollectionError(f"cannot read as {kind}: {type(e).__name__}: {e}") from e


def _row(number: int, obj: dict[str, Any], cols: dict[str, str | None], max_bytes: int | None) -> Row:
    """A row from its fields; what is wrong with it in ``error``."""
    text_col = cols["text"]
    if text_col is None or text_col not in obj:
        found = ", ".join(list(obj)[:20]) or "none"
        what = f"no field {text_col!r}" if text_col else "no text field"
        return Row(number, error=f"{what} (fields: {found}; name it with --text-field)")
    text = obj[text_col]
    if isinstance(text, list) and text and all(isinstance(s, str) for s in text):
        text = "\n".join(text)  # the article as a list of its paragraphs, as some crawlers store it
    if text is None or (isinstance(text, str) and not text.strip()):
        return Row(number, error=f"empty text field {text_col!r}")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as e:
            return Row(number, error=f"undecodable text field {text_col!r}: {e.reason}")
    if not isinstance(text, str):
        return Row(number, error=f"text field {text_col!r} is not text ({type(text).__name__})")
    if max_bytes is not None and len(text) > max_bytes:
        return Row(number, error=f"text too large: {len(text):,} characters (limit {max_bytes:,}; see --max-bytes)")
    values: dict[str, Any] = {}
    for part, key in (("url", "url"), ("title", "title"), ("source", "source"), ("date", "publish_date"),
                      ("crawl", "crawl_time")):  # fmt: skip
        col = cols[part]
        value = obj.get(col) if col else None
        if isinstance(value, int | float) and part in ("url", "title", "source"):
            value = str(value)
        values[key] = value if value not in ("",) else None
    notes: list[str] = []
    for key, part in (("publish_date", "date"), ("crawl_time", "crawl")):
        try:
            values[key] = as_day(values[key], key)  # (a day: InputMeta takes it as it is)
        except ValueError:  # 刚刚, 06-12 10:30: a crawler's date that is no day; the article is still one
            notes.append(f"{cols[part]} {values[key]!r} is no date: not used")
            values[key] = None
    try:
        meta = InputMeta(**values, notes=tuple(notes))
    except ValueError as e:
        return Row(number, error=f"bad field: {e}")
    raw_id = obj.get(cols["id"]) if cols["id"] else None
    if raw_id is not None and not isinstance(raw_id, str | int):
        return Row(number, error=f"id field {cols['id']!r} is not text ({type(raw_id).__name__})")
    ident = str(raw_id).strip() if raw_id is not None and str(raw_id).strip() else None
    return Row(number, text, meta, ident)


def _jsonl_rows(path: Path, names: FieldNames, max_bytes: int | None) -> Iterator[Row]:
    cache_cols: dict[tuple[str, ...], dict[str, str | None]] = {}
    with _open_binary(path) as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as e:
                yield Row(number, error=f"undecodable line: not UTF-8 (byte {e.start}: {e.reason})")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield Row(number, error=f"invalid JSON: {e.msg} (column {e.colno})")
                continue
            if not isinstance(obj, dict):
                yield Row(number, error=f"not a JSON object ({type(obj).__name__})")
                continue
            keys = tuple(str(k) for k in obj)
            cols = cache_cols.get(keys)
            if cols is None:
                try:
                    cols = resolve_columns(list(keys), names)
                except CollectionError:
                    if not cache_cols:  # a field named that the first object lacks: the name is wrong
                        raise
                    cols = {p: getattr(names, p) for p in PARTS}  # this row lacks a field named: said below
                cache_cols[keys] = cols
            yield _row(number, obj, cols, max_bytes)


def _dialect(path: Path) -> type[csv.Dialect]:
    return csv.excel_tab if path.name.lower().endswith((".tsv", ".tsv.gz")) else csv.excel


def _open_text(path: Path) -> IO[str]:
    """A CSV as text: UTF-8 (a BOM skipped), undecodable bytes kept as surrogates for the row to report."""
    binary = _open_binary(path)
    return io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")


_SURROGATE = re.compile("[\udc80-\udcff]")


def _csv_rows(path: Path, names: FieldNames, max_bytes: int | None) -> Iterator[Row]:
    csv.field_size_limit(max(csv.field_size_limit(), (max_bytes or 0) + 1, 2**27))
    with _open_text(path) as fh:
        reader = csv.reader(fh, dialect=_dialect(path))
        header = next(reader, None)
        if header is None:
            return
        cols = _with_text(header, resolve_columns(header, names))
        start = reader.line_num + 1
        for values in reader:
            number, start = start, reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                yield Row(number, error=f"{len(values)} fields where the header has {len(header)}")
                continue
            if any(_SURROGATE.search(v) for v in values):
                yield Row(number, error="undecodable bytes: not UTF-8")
                continue
            yield _row(number, dict(zip(header, values, strict=True)), cols, max_bytes)


def _parquet_rows(path: Path, names: FieldNames, max_bytes: int | None) -> Iterator[Row]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    cols = _with_text(list(pf.schema_arrow.names), resolve_columns(list(pf.schema_arrow.names), names))
    wanted = sorted({c for c in cols.values() if c})
    number = 0
    for batch in pf.iter_batches(batch_size=BATCH_ROWS, columns=wanted):
        for obj in batch.to_pylist():
            number += 1
            yield _row(number, obj, cols, max_bytes)
