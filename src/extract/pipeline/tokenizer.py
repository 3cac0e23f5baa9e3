"""The registered tokenizer: a ``Doc`` of characters over the normalized body."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

from extract.pipeline.state import set_article
from extract.text.normalize import Article, normalize_text


class NormalizingTokenizer(DummyTokenizer):
    """The tokenizer of the pipeline: ``nlp(raw_text)`` normalizes the text before it is cut into tokens.

    The components find their items in the normalized body (OpenCC t2s, pinyin artifacts and
    HTML removed, page furniture blanked), whose length can differ from the raw text.  So that
    ``doc = nlp(raw_text)`` has span groups that are right, the ``Doc`` is made over the
    normalized body (``doc.text == doc._.article.body``) and carries the ``Article``
    (``doc._.article.raw`` is the text given, ``doc._.article.to_original(s, e)`` maps back).
    ``process()`` already has the ``Article`` and uses ``doc_of`` directly.  Registered as
    ``extract.NormalizingTokenizer.v1`` (spaCy's ``DummyTokenizer`` pattern): it has no state
    of its own to save, and a saved pipeline loads back with it.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return self.doc_of(normalize_text(text))

    def doc_of(self, article: Article) -> Doc:
        doc = char_doc(self.vocab, article.body)
        doc._.article = article
        return doc


TOKENIZER = "extract.NormalizingTokenizer.v1"


@registry.tokenizers(TOKENIZER)
def create_normalizing_tokenizer() -> Callable[[Language], NormalizingTokenizer]:
    def make(nlp: Language) -> NormalizingTokenizer:
        return NormalizingTokenizer(nlp.vocab)

    return make


_SPACE_RUN = re.compile(r"(\s{2,})")


def char_doc(vocab: Any, text: str) -> Doc:
    """One token per character, a run of white space (blanked furniture) one token: what
    spaCy's Chinese ``char`` segmenter gives, without its word/space bookkeeping (a third of
    the pipeline's time when measured).  ``doc.text`` is ``text`` exactly.  The words are the
    characters between runs of two or more spaces (``re.split`` keeps the runs at odd places):
    2.5 times as fast as one ``findall`` of ``\\s+|.`` that gives the same list."""
    words: list[str] = []
    for k, part in enumerate(_SPACE_RUN.split(text)):
        if k % 2:
            words.append(part)
        else:
            words.extend(part)
    return Doc(vocab, words=words, spaces=[False] * len(words))


def body_doc(nlp: Language, article: Article) -> Doc:
    """A ``Doc`` over the normalized body of ``article`` (not normalized again), carrying the article."""
    tok = nlp.tokenizer
    if isinstance(tok, NormalizingTokenizer):
        return tok.doc_of(article)
    doc = nlp.make_doc(article.body)
    doc._.article = article
    return doc


def state_doc(nlp: Language, article: Article) -> Doc:
    """An empty ``Doc`` carrying ``article``: enough for the components, which read the normalized
    body from ``doc._.article`` and put their items on ``doc._.state``, when only the record is
    wanted (``extract_article``).  It has no tokens, so no span groups are made (``add_spans``
    skips it): the character Doc and its spans cost a sixth of the rules path and no record
    reads them."""
    doc = Doc(nlp.vocab, words=[])
    set_article(doc, article)
    return doc
