"""The library interface: text or file in, ``Record`` out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language

from extract.models import Record
from extract.pipeline import components as pipeline
from extract.text.decode import DEFAULT_MAX_BYTES, InputError, read_input
from extract.text.normalize import normalize_bytes, normalize_text


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
    text: str, *, doc_id: str = "text", ner: bool = True, reference_date: date | str | None = None
) -> Record:
    """Extract one article given as a string.

    ``reference_date`` (a date or ISO string: when the article was written, as far as you
    know) resolves relative days and open years where the text and its page date do not.
    Raises ``TypeError`` for anything but a ``str`` (bytes: use ``extract_file``, which finds the
    encoding) and ``InputError`` for a text the command line would refuse too (empty, only white
    space, nothing left after cleaning)."""
    if not isinstance(text, str):
        hint = "; extract_file reads bytes and finds their encoding" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"extract_text takes the article as a str, not {type(text).__name__}{hint}")
    if not text.strip():
        raise InputError("empty text" if not text else "text holds only white space")
    # lone surrogates (bytes decoded with surrogateescape) cannot be written as UTF-8 JSON: one
    # U+FFFD each in the text (offsets unchanged), \xff-style escapes in the doc_id
    from extract.io.batch import writable

    article = normalize_text(_SURROGATE.sub("\ufffd", text), doc_id=writable(doc_id))
    if not article.text.strip():
        raise InputError("no text left after cleaning")
    return pipeline.extract_article(article, ner=ner, reference_date=as_date(reference_date))


_SURROGATE = re.compile("[\ud800-\udfff]")



def extract_file(
    path: str | Path,
    *,
    ner: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reference_date: date | str | None = None,
) -> Record:
    """Extract one article file; raises ``InputError`` with the reason when it cannot be read as text
    (missing, not a regular file, too large — checked before reading —, empty, binary, undecodable)."""
    from extract.io.batch import stem_of

    article = normalize_bytes(read_input(path, max_bytes=max_bytes), doc_id=stem_of(path), max_bytes=max_bytes)
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
    """An input ``extract_many`` could not read as an article: the same fields as a line of ``errors.jsonl``."""

    file: str
    reason: str
    error: str = "input"

    def to_dict(self) -> dict[str, str]:
        from extract.io.batch import stem_of
        from extract.io.records import error_row

        return error_row(stem_of(self.file), self.file, self.reason, self.error)


def iter_article_files(paths: str | Path | Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to read in a stable order (folders searched recursively for ``*.txt``); a missing path gives its reason."""
    from extract.io.batch import iter_inputs

    items = [paths] if isinstance(paths, str | Path) else list(paths)
    return iter_inputs(Path(item) for item in items)


def extract_many(
    paths: str | Path | Iterable[str | Path],
    *,
    ner: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reference_date: date | str | None = None,
) -> Iterator[Record | InputErrorInfo]:
    """Extract every article of some files and folders, lazily, in a stable order.

    An input that cannot be read as an article (missing, not a regular file, empty, binary,
    undecodable, too large) gives an ``InputErrorInfo`` in its place and the iteration goes on; an error in the
    extraction itself is raised.  ``extract run`` is the batch job with files written out.
    """
    from extract.io.batch import shown, stem_of

    reference = as_date(reference_date)
    for path, problem in iter_article_files(paths):
        if problem:
            yield InputErrorInfo(shown(path), problem)
            continue
        try:
            article = normalize_bytes(read_input(path, max_bytes=max_bytes), doc_id=stem_of(path), max_bytes=max_bytes)
        except InputError as e:
            yield InputErrorInfo(shown(path), str(e))
            continue
        yield pipeline.extract_article(article, ner=ner, reference_date=reference)
