"""Tokenizer and small pipeline components of the trained NER pipeline.

The tokenizer cuts text into one token per character (like ``spacy.blank("zh")``'s
default ``char`` segmenter), so token ``i`` is character ``i`` and entity offsets are
character offsets. It also writes features that the tok2vec layers read:

* ``ORTH``  the character itself;
* ``NORM``  the character bigram (normalised char + next char);
* ``LEMMA`` the jieba word that contains the character (or the previous bigram
  when jieba features are off);
* ``TAG``   the character's place in that word (B/M/E/S) plus the character.

These are written as hash values only (nothing is added to the StringStore), so the
saved vocabulary does not grow with the training data.

Importing this module registers the tokenizer and the components with spaCy; the
saved pipeline needs it imported before ``spacy.load`` (``load_ner`` does that).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import LEMMA, NORM, TAG
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.scorer import Scorer
from spacy.strings import hash_string  # type: ignore[attr-defined]  # (missing from spaCy's stubs)
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import registry
from spacy.vocab import Vocab

TOKENIZER_NAME = "extract.char_feature_tokenizer.v1"
TAGGER_FACTORY = "extract_bioes_ner"
SCORER_NAME = "extract.spans_scorer.v1"
INIT_CALLBACK = "extract.init_tok2vec_from.v1"

# full-width ASCII -> half-width, upper -> lower, digits -> "0": only for the features
_FULL = "".join(chr(c) for c in range(0xFF01, 0xFF5F))
_HALF = "".join(chr(c) for c in range(0x21, 0x7F))
_NORM_TABLE = str.maketrans(
    _FULL + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\u3000",
    _HALF.lower() + "abcdefghijklmnopqrstuvwxyz0000000000 ",
)
_NORM_TABLE.update(str.maketrans("０１２３４５６７８９", "0000000000"))


def _features(text: str, use_jieba: bool) -> numpy.ndarray:
    norm = text.translate(_NORM_TABLE)
    if len(norm) != len(text):  # translate is 1:1, but be safe
        norm = text
    n = len(text)
    nxt = norm[1:] + "\x03"
    prv = "\x02" + norm[:-1]
    out = numpy.empty((n, 3), dtype="uint64")
    out[:, 0] = [hash_string(a + b) for a, b in zip(norm, nxt, strict=True)]
    if use_jieba:
        import jieba

        lemmas: list[int] = []
        tags: list[int] = []
        pos = 0
        for word in jieba.cut(norm):
            w = len(word)
            h = hash_string("w:" + word)
            lemmas.extend([h] * w)
            if w == 1:
                tags.append(hash_string("S" + word))
            else:
                tags.append(hash_string("B" + word[0]))
                tags.extend(hash_string("M" + c) for c in word[1:-1])
                tags.append(hash_string("E" + word[-1]))
            pos += w
        out[:, 1] = lemmas
        out[:, 2] = tags
    else:
        out[:, 1] = [hash_string(a + b) for a, b in zip(prv, norm, strict=True)]
        out[:, 2] = [hash_string(p + a + b) for p, a, b in zip(prv, norm, nxt, strict=True)]
    return out


class CharFeatureTokenizer:
    """One token per character, with bigram / word features for tok2vec."""

    def __init__(self, vocab: Vocab, use_jieba: bool = True) -> None:
        self.vocab = vocab
        self.use_jieba = use_jieba

    def __call__(self, text: str) -> Doc:
        chars = list(text)
        doc = Doc(self.vocab, words=chars, spaces=[False] * len(chars))
        if chars:
            doc.from_array([NORM, LEMMA, TAG], _features(text, self.use_jieba))  # type: ignore[arg-type]
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # nothing to save: the tokenizer has no data of its own
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> CharFeatureTokenizer:
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, **kwargs: Any) -> CharFeatureTokenizer:
        return self


@registry.tokenizers(TOKENIZER_NAME)
def create_char_feature_tokenizer(use_jieba: bool = True) -> Any:
    def make(nlp: Language) -> CharFeatureTokenizer:
        return CharFeatureTokenizer(nlp.vocab, use_jieba=use_jieba)

    return make


# ---------------------------------------------------------------- BIOES tagging NER
def _transitions(labels: list[str]) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Allowed BIOES moves as additive masks (0 allowed, -inf not): start, pair, end."""
    n = len(labels)
    parts = [(lab.partition("-")[0], lab.partition("-")[2]) for lab in labels]
    neg = -numpy.inf
    start = numpy.full(n, neg, dtype="f")
    end = numpy.full(n, neg, dtype="f")
    pair = numpy.full((n, n), neg, dtype="f")
    for j, (pj, lj) in enumerate(parts):
        if pj in ("O", "B", "S"):
            start[j] = 0.0
        if pj in ("O", "E", "S"):
            end[j] = 0.0
        for i, (pi, li) in enumerate(parts):
            if pi in ("O", "E", "S"):
                ok = pj in ("O", "B", "S")
            else:  # B, I
                ok = pj in ("I", "E") and lj == li
            if ok:
                pair[i, j] = 0.0
    return start, pair, end


def viterbi_spans(scores: numpy.ndarray, labels: list[str], trans: Any) -> list[tuple[int, int, str]]:
    """Best valid BIOES sequence under the tagger's probabilities, as token spans."""
    n = scores.shape[0]
    if n == 0:
        return []
    start, pair, end = trans
    # fast path: argmax is already a valid sequence (the argmax of the probabilities is that of
    # their logarithms: the logarithms are taken only when the path must be searched)
    best = scores.argmax(axis=1)
    outside = labels.index("O") if "O" in labels else -1
    path: Any
    if start[best[0]] == 0.0 and end[best[-1]] == 0.0 and bool(numpy.all(pair[best[:-1], best[1:]] == 0.0)):
        path = best
    else:
        logp = numpy.log(numpy.clip(scores, 1e-9, 1.0)).astype("f")
        score = logp[0] + start
        back = numpy.empty((n, len(labels)), dtype="i")
        for t in range(1, n):
            cand = score[:, None] + pair
            back[t] = cand.argmax(axis=0)
            score = cand.max(axis=0) + logp[t]
        score = score + end
        j = int(score.argmax())
        path = [j]
        for t in range(n - 1, 0, -1):
            j = int(back[t, j])
            path.append(j)
        path.reverse()
    # the tags other than O, in order (entities are sparse): an O between two of them ends any span begun
    spans: list[tuple[int, int, str]] = []
    begin = last = -1
    for t in numpy.flatnonzero(numpy.asarray(path) != outside).tolist() if outside >= 0 else range(len(path)):
        prefix, _, lab = labels[path[t]].partition("-")
        if t != last + 1:
            begin = -1
        last = t
        if prefix == "S":
            spans.append((t, t + 1, lab))
        elif prefix == "B":
            begin = t
        elif prefix == "E" and begin >= 0:
            spans.append((begin, t + 1, lab))
            begin = -1
        elif prefix == "O":
            begin = -1
    return spans


class BioesNER(Tagger):
    """Per-character BIOES tagger decoded (constrained Viterbi) into entity spans.

    Gold tags are read from the reference docs' ``TAG`` (written by the training
    recipe); predictions go to ``doc.spans[key]`` and, if ``write_ents``, ``doc.ents``.
    It never writes ``token.tag`` (the tokenizer keeps a feature there).
    """

    def __init__(self, vocab: Vocab, model: Any, name: str, *, key: str, write_ents: bool, scorer: Any) -> None:
        super().__init__(vocab, model, name, overwrite=False, scorer=scorer)
        self.key = key
        self.write_ents = write_ents
        self._trans: Any = None
        self._trans_labels: tuple[str, ...] = ()

    def labels_as_spans(self) -> list[str]:
        """The entity labels (tag labels less their B/I/E/S- prefix)."""
        return sorted({lab.partition("-")[2] for lab in self.labels if lab != "O"})

    def predict(self, docs: list[Doc]) -> list[numpy.ndarray]:
        n_labels = len(self.labels)
        if not any(len(doc) for doc in docs):
            return [numpy.zeros((0, n_labels), dtype="f") for _ in docs]
        out = []
        for s in self.model.predict(docs):
            s = self.model.ops.to_numpy(s)
            if len(s) and (s.min() < 0.0 or abs(float(s[0].sum()) - 1.0) > 1e-3):  # logits
                s = numpy.exp(s - s.max(axis=1, keepdims=True))
                s /= s.sum(axis=1, keepdims=True)
            out.append(s)
        return out

    def _decoder(self) -> tuple[list[str], Any]:
        labels = list(self.labels)
        if self._trans is None or self._trans_labels != tuple(labels):
            self._trans = _transitions(labels)
            self._trans_labels = tuple(labels)
        return labels, self._trans

    def spans_of(self, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
        """Each doc's entities as ``(start, end, label)`` token offsets, the docs left as they are
        (what ``__call__`` would write to ``doc.spans[key]``, without making the spans)."""
        labels, trans = self._decoder()
        return [viterbi_spans(scores, labels, trans) for scores in self.predict(docs)]

    def set_annotations(self, docs: Iterable[Doc], batch_scores: list[numpy.ndarray]) -> None:
        if isinstance(docs, Doc):
            docs = [docs]
        labels, trans = self._decoder()
        for doc, scores in zip(docs, batch_scores, strict=True):
            spans = [Span(doc, s, e, label=lab) for s, e, lab in viterbi_spans(scores, labels, trans)]
            doc.spans[self.key] = spans
            if self.write_ents:
                doc.ents = spans


def score_spans_or_ents(examples: Iterable[Example], key: str, **kwargs: Any) -> dict[str, Any]:
    """ents_p/r/f scores of the predicted ``doc.spans[key]`` against the reference ents."""

    def getter(doc: Doc, attr: str) -> Any:
        return doc.spans[key] if key in doc.spans else doc.ents

    return Scorer.score_spans(examples, "ents", getter=getter, has_annotation=None, **kwargs)


@registry.scorers(SCORER_NAME)
def make_spans_scorer() -> Any:
    return score_spans_or_ents


@Language.factory(
    TAGGER_FACTORY,
    default_config={"key": "ents", "write_ents": False, "scorer": {"@scorers": SCORER_NAME}},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_bioes_ner(nlp: Language, name: str, model: Any, key: str, write_ents: bool, scorer: Any) -> BioesNER:
    def bound_scorer(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        return dict(scorer(examples, key=key, **kwargs))

    return BioesNER(nlp.vocab, model, name, key=key, write_ents=write_ents, scorer=bound_scorer)


@registry.callbacks(INIT_CALLBACK)
def make_init_tok2vec_from(path: str = "", component: str = "ner") -> Any:
    """``[initialize] after_init`` callback: start a component's tok2vec from saved weights.

    The recipe uses it to start the CLUENER head from the MSRA head's tok2vec.
    """

    def after_init(nlp: Language) -> Language:
        if path:
            model = nlp.get_pipe(component).model  # type: ignore[attr-defined]
            model.get_ref("tok2vec").from_bytes(Path(path).read_bytes())
        return nlp

    return after_init
