"""Trained Chinese NER for extract: a spaCy pipeline shipped as package data.

The pipeline (``model/`` beside this file) has two heads over per-character tokens:

* ``ner``      CLUENER2020 fine labels: name, position, government, organization,
  company, address, book, game, movie, scene -> ``doc.ents`` and ``doc.spans["cluener"]``;
* ``ner_msra`` MSRA labels PER, LOC, ORG -> ``doc.spans["msra"]``.

Nothing is loaded at import: :func:`load_ner` loads the pipeline once per process on
first use.  Input should be simplified Chinese (the training data is).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parent / "model"
CLUENER_KEY = "cluener"
MSRA_KEY = "msra"

__all__ = ["MODEL_DIR", "load_ner", "ner_entities"]


@functools.cache
def _load(path: str, exclude: tuple[str, ...] = ()) -> Language:
    import spacy

    import extract.ner.components  # noqa: F401  (registers the tokenizer and components)

    return spacy.load(path, exclude=list(exclude))


def load_ner(path: str | Path | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """The trained pipeline (cached per path); ``path`` defaults to the packaged model.
    ``exclude`` leaves heads unloaded (extraction reads the CLUENER head only: ``("ner_msra",)``)."""
    p = Path(path) if path is not None else MODEL_DIR
    if not (p / "config.cfg").exists():
        raise FileNotFoundError(f"no trained NER pipeline in {p} (run `extract ner train`)")
    return _load(str(p.resolve()), exclude)


def ner_entities(
    text: str, heads: tuple[str, ...] = (CLUENER_KEY, MSRA_KEY), path: str | Path | None = None
) -> list[tuple[int, int, str]]:
    """Entities of ``text`` as ``(start, end_exclusive, label)`` character offsets.

    ``heads`` selects the label sets: ``"cluener"`` (name, position, government, ...)
    and/or ``"msra"`` (PER, LOC, ORG).  Spans of different heads may overlap.
    """
    if not text:
        return []
    nlp = load_ner(path)
    disable = []
    if MSRA_KEY not in heads and "ner_msra" in nlp.pipe_names:
        disable.append("ner_msra")
    if CLUENER_KEY not in heads and "ner" in nlp.pipe_names:
        disable.append("ner")
    doc = nlp(text, disable=disable)
    out: list[tuple[int, int, str]] = []
    for key in heads:
        if key in doc.spans:
            out.extend((s.start_char, s.end_char, s.label_) for s in doc.spans[key])
    return sorted(set(out))
