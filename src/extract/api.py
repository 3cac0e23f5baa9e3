"""The library interface: text or file in, ``Record`` out."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from spacy.language import Language

from extract.models import Record
from extract.pipeline import components as pipeline
from extract.text.decode import DEFAULT_MAX_BYTES, InputError, read_input
from extract.text.normalize import normalize_bytes, normalize_text
from extract.text.origin import InputMeta, as_day


def load(ner: bool = True, rules_dir: str | Path | None = None) -> Language:
    """A spaCy pipeline of your own (a new one each call: removing or adding components changes
    nothing else, ``extract_text`` included); ``nlp(text)`` gives a ``Doc`` with the span groups set.

    ``rules_dir``: a folder of rules files that extend the packaged ones (README "Extending the
    rules"); like ``EXTRACT_RULES_DIR`` it holds for the whole process, ``extract_text`` included.

    Its tokenizer normalizes first (``pipeline.NormalizingTokenizer``): ``doc.text`` is the normalized
    body (Simplified, artifacts removed), the span groups are offsets into it, and ``doc._.article``
    keeps the text given (``.raw``) and the map back to it (``.to_original(s, e)``).
    """
    if rules_dir is not None:
        from extract.rules import use_user_rules

        use_user_rules(rules_dir)
    return pipeline.build(ner)


def extract_text(
    text: str,
    *,
    doc_id: str = "text",
    ner: bool = True,
    reference_date: date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    publish_date: date | str | None = None,
    source: str | None = None,
    crawl_time: date | datetime | str | None = None,
    meta: InputMeta | None = None,
) -> Record:
    """Extract one article given as a string (plain text, or an HTML page: README "Inputs").

    ``reference_date`` (a date or ISO string: when the article was written, as far as you
    know) resolves relative days and open years where the text and its page date do not.
    ``url``, ``title``, ``publish_date``, ``source`` and ``crawl_time`` (or ``meta``, an
    ``InputMeta`` of them) are what a crawler knows of the article: evidence for its frame, in
    the order README "Inputs" gives (the record says which was used: ``title_from``,
    ``source_from``, ``publish_date_from``).
    Raises ``TypeError`` for anything but a ``str`` (bytes: use ``extract_file``, which finds the
    encoding) and ``InputError`` for a text the command line would refuse too (empty, only white
    space, nothing left after cleaning); ``ValueError`` for a date that is no date."""
    if not isinstance(text, str):
        hint = "; extract_file reads bytes and finds their encoding" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"extract_text takes the article as a str, not {type(text).__name__}{hint}")
    if not text.strip():
        raise InputError("empty text" if not text else "text holds only white space")
    given = meta or InputMeta(
        url=url,
        title=title,
        publish_date=as_day(publish_date, "publish_date"),
        source=source,
        crawl_time=as_day(crawl_time, "crawl_time"),
    )
    # lone surrogates (bytes decoded with surrogateescape) cannot be written as UTF-8 JSON: one
    # U+FFFD each in the text (offsets unchanged), \xff-style escapes in the doc_id
    from extract.io.batch import writable

    article = normalize_text(without_surrogates(text), doc_id=writable(doc_id), meta=given)
    if not article.text.strip():
        raise InputError("no text left after cleaning")
    return pipeline.extract_article(article, ner=ner, reference_date=as_date(reference_date))


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with one U+FFFD for each lone surrogate.  Most texts hold none: UTF-16's encoder,
    which refuses them, tells in a fifth of the time of a regex pass, and the text is then kept."""
    try:
        text.encode("utf-16")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text



def extract_file(
    path: str | Path,
    *,
    ner: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reference_date: date | str | None = None,
    meta: InputMeta | None = None,
) -> Record:
    """Extract one article file (``.txt``, or an HTML page: ``.html``/``.htm``, or HTML saved as
    ``.txt``); raises ``InputError`` with the reason when it cannot be read as text (missing, not
    a regular file, too large — checked before reading —, empty, binary, undecodable)."""
    from extract.io.batch import HTML_SUFFIXES, stem_of

    html = True if Path(path).suffix.lower() in HTML_SUFFIXES else None
    data = read_input(path, max_bytes=max_bytes)
    article = normalize_bytes(data, doc_id=stem_of(path), max_bytes=max_bytes, meta=meta, html=html)
    return pipeline.extract_article(article, ner=ner, reference_date=as_date(reference_date))


def as_date(value: date | str | None) -> date | None:
    """A reference date from a ``date`` or an ISO string (``2013-06-01``); ValueError names a bad one."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"not a date (want YYYY-MM-DD): {value!r}") from None


# ---------------------------------------------------------------- many files


@dataclass(frozen=True)
class InputErrorInfo:
    """An input ``extract_many`` could not read as an article: the same fields as a line of ``errors.jsonl``
    (``row``: a collection's row, its line or number)."""

    file: str
    reason: str
    error: str = "input"
    row: int | None = None

    def to_dict(self) -> dict[str, Any]:
        from extract.io.batch import stem_of
        from extract.io.records import error_row

        doc_id = stem_of(self.file) if self.row is None else f"{stem_of(self.file)}#{self.row}"
        return error_row(doc_id, self.file, self.reason, self.error, self.row)


def iter_article_files(paths: str | Path | Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Inputs to read in a stable order (folders searched recursively for article files and
    collections); a missing path gives its reason."""
    from extract.io.batch import iter_inputs

    items = [paths] if isinstance(paths, str | Path) else list(paths)
    return iter_inputs(Path(item) for item in items)


def extract_many(
    paths: str | Path | Iterable[str | Path],
    *,
    ner: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reference_date: date | str | None = None,
    text_field: str | None = None,
    id_field: str | None = None,
    url_field: str | None = None,
    title_field: str | None = None,
    date_field: str | None = None,
    source_field: str | None = None,
    crawl_field: str | None = None,
) -> Iterator[Record | InputErrorInfo]:
    """Extract every article of some files, folders and collections, lazily, in a stable order.

    Files: ``.txt`` and HTML pages; collections: JSONL, CSV/TSV and Parquet files of scraped
    articles, one record a row, their columns named by the ``*_field`` arguments or recognized
    (README "Inputs").  An input or row that cannot be read as an article (missing, not a regular
    file, empty, binary, undecodable, too large, a bad row) gives an ``InputErrorInfo`` in its
    place and the iteration goes on; an error in the extraction itself is raised.  ``extract run``
    is the batch job with files written out."""
    from extract.io.batch import HTML_SUFFIXES, row_doc_id, shown, stem_of
    from extract.io.collections import CollectionError, FieldNames, is_collection, read_collection

    names = FieldNames(text_field, id_field, url_field, title_field, date_field, source_field, crawl_field)
    reference = as_date(reference_date)
    taken: dict[str, str] = {}
    for path, problem in iter_article_files(paths):
        if problem:
            yield InputErrorInfo(shown(path), problem)
            continue
        if is_collection(path):
            real = os.path.realpath(path)
            try:
                for row in read_collection(path, names, max_bytes=max_bytes):
                    if row.error is not None:
                        yield InputErrorInfo(shown(path), row.error, row=row.number)
                        continue
                    doc_id, key = row_doc_id(real, row, row.digest(), {}, taken, Path(real).parent)
                    taken[doc_id] = key
                    try:
                        article = normalize_text(row.text or "", doc_id=doc_id, meta=row.meta)
                        if not article.text.strip():
                            raise InputError("no text left after cleaning")
                    except InputError as e:
                        yield InputErrorInfo(shown(path), str(e), row=row.number)
                        continue
                    yield pipeline.extract_article(article, ner=ner, reference_date=reference)
            except CollectionError as e:
                yield InputErrorInfo(shown(path), str(e))
            continue
        html = True if path.suffix.lower() in HTML_SUFFIXES else None
        try:
            data = read_input(path, max_bytes=max_bytes)
            article = normalize_bytes(data, doc_id=stem_of(path), max_bytes=max_bytes, html=html)
        except InputError as e:
            yield InputErrorInfo(shown(path), str(e))
            continue
        yield pipeline.extract_article(article, ner=ner, reference_date=reference)
