"""The library interface: text or file in, ``Record`` out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language

from extract import pipeline
from extract.models import Record
from extract.normalize import DEFAULT_MAX_BYTES, InputError, normalize_bytes, normalize_text


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
    know) resolves relative days and open years where the text and its page date do not."""
    article = normalize_text(text, doc_id=doc_id)
    return pipeline.assemble(pipeline.process(article, ner=ner, reference_date=as_date(reference_date)))


def extract_file(
    path: str | Path,
    *,
    ner: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reference_date: date | str | None = None,
) -> Record:
    """Extract one article file; raises ``InputError`` with the reason when it cannot be read as text."""
    p = Path(path)
    article = normalize_bytes(p.read_bytes(), doc_id=p.stem, max_bytes=max_bytes)
    return pipeline.assemble(pipeline.process(article, ner=ner, reference_date=as_date(reference_date)))


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
        return {"doc_id": Path(self.file).stem, "file": self.file, "error": self.error, "reason": self.reason}


def iter_article_files(paths: str | Path | Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Files to read in a stable order (folders searched recursively for ``*.txt``); a missing path gives its reason."""
    from extract.batch import iter_inputs

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

    An input that cannot be read as an article (missing, empty, binary, undecodable, too
    large) gives an ``InputErrorInfo`` in its place and the iteration goes on; an error in the
    extraction itself is raised.  ``extract run`` is the batch job with files written out.
    """
    reference = as_date(reference_date)
    for path, problem in iter_article_files(paths):
        if problem:
            yield InputErrorInfo(str(path), problem)
            continue
        try:
            data = path.read_bytes()
            article = normalize_bytes(data, doc_id=path.stem, max_bytes=max_bytes)
        except InputError as e:
            yield InputErrorInfo(str(path), str(e))
            continue
        except OSError as e:
            yield InputErrorInfo(str(path), f"cannot read: {e.strerror or e}")
            continue
        yield pipeline.assemble(pipeline.process(article, ner=ner, reference_date=reference))
