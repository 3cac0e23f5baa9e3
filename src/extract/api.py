"""The library interface: text or file in, ``Record`` out."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from extract import pipeline
from extract.models import Record
from extract.normalize import DEFAULT_MAX_BYTES, normalize_bytes, normalize_text


def load(ner: bool = True) -> Language:
    """The configured spaCy pipeline; ``nlp(text)`` gives a ``Doc`` with the span groups set."""
    return pipeline.load(ner)


def extract_text(text: str, *, doc_id: str = "text", ner: bool = True) -> Record:
    """Extract one article given as a string."""
    article = normalize_text(text, doc_id=doc_id)
    return pipeline.assemble(pipeline.process(article, ner=ner))


def extract_file(path: str | Path, *, ner: bool = True, max_bytes: int = DEFAULT_MAX_BYTES) -> Record:
    """Extract one article file; raises ``InputError`` with the reason when it cannot be read as text."""
    p = Path(path)
    article = normalize_bytes(p.read_bytes(), doc_id=p.stem, max_bytes=max_bytes)
    return pipeline.assemble(pipeline.process(article, ner=ner))
