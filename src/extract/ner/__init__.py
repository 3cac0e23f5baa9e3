"""Trained Chinese NER for extract: a spaCy pipeline shipped as package data.

The pipeline (``model/`` beside this file) has two heads over per-character tokens:

* ``ner``      CLUENER2020 fine labels: name, position, government, organization,
  company, address, book, game, movie, scene -> ``doc.ents`` and ``doc.spans["cluener"]``;
* ``ner_msra`` MSRA labels PER, LOC, ORG -> ``doc.spans["msra"]``.

Nothing is loaded at import: :func:`load_ner` loads the pipeline once per process on
first use.  Input should be simplified Chinese (the training data is).

Inference runs the models' matrix products through numpy's BLAS (:class:`BlasOps`) rather
than thinc's default blis kernels: the same products, three times faster on one core here
(``bench/throughput.py``); :func:`one_blas_thread` keeps them on one thread while the model
reads, since a batch's parallelism is its worker processes.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

    nlp = spacy.load(path, exclude=list(exclude))
    ops = blas_ops()
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return nlp


@functools.cache
def blas_ops() -> Any:
    """thinc's numpy ops with matrix products by numpy (its BLAS) instead of blis."""
    import numpy
    from thinc.api import NumpyOps

    class BlasOps(NumpyOps):
        name = "extract_blas"

        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    return BlasOps()


@functools.cache
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> Any:
    """A context in which BLAS runs on one thread (the caller's own setting is restored after)."""
    return _blas_controller().limit(limits=1, user_api="blas")


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
    with one_blas_thread():
        doc = nlp(text, disable=disable)
    out: list[tuple[int, int, str]] = []
    for key in heads:
        if key in doc.spans:
            out.extend((s.start_char, s.end_char, s.label_) for s in doc.spans[key])
    return sorted(set(out))
