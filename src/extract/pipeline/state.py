"""The typed state of one article: what each component reads and writes.

``ArticleState`` holds the items in offsets of the normalized body; ``doc._.meta``,
``doc._.dates``… expose its parts so the components can declare what they assign and require
(``nlp.analyze_pipes()``).  ``assemble`` turns it into a ``Record``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc

from extract.extractors import agreements as agreements_mod
from extract.extractors import dates as dates_mod
from extract.extractors import event as event_mod
from extract.models import (
    Official,
    Region,
    StaffMember,
)
from extract.text.normalize import Article, normalize_text


@dataclass
class ArticleState:
    """What the components know of one article: typed items in offsets of the normalized body
    (``Article.body``; ``assemble`` maps them to the original text and makes the record).

    Each component fills its part; ``doc._.meta``, ``doc._.dates``… (below) expose the parts
    so that the components can declare what they assign and require (``nlp.analyze_pipes()``).
    """

    title: tuple[str, OffsetSpan] | None = None
    source: tuple[str, OffsetSpan | None] | None = None  # no span: given with the input, or the page's markup
    publish_date: tuple[date, OffsetSpan | None] | None = None  # no span: given, the page's markup, the URL
    # where each came from (``extractors.meta.frame``): page, html, input, url
    title_from: str | None = None
    source_from: str | None = None
    publish_date_from: str | None = None
    reference: date | None = None  # the day relative days and open years count from, when no publish date
    latest: date | None = None  # no date after it (the crawl time)
    first_printed: date | None = None  # a reposted page's note of the day it first appeared, before its own date
    date_mentions: list[dates_mod.FoundDate] = field(default_factory=list)  # every one: the event's day
    dates: list[dates_mod.FoundDate] = field(default_factory=list)  # one per distinct value
    agreements: list[agreements_mod.DocumentMention] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    staff: list[StaffMember] = field(default_factory=list)
    masked_body: str | None = None  # the body with people's names blanked (吴江 the person is no 吴江区)
    regions: list[Region] = field(default_factory=list)
    region_candidates: list[OffsetSpan] = field(default_factory=list)  # short names the NER may confirm
    ner: list[tuple[int, int, str]] = field(default_factory=list)
    event: event_mod.EventMention | None = None
    event_location: str | None = None
    event_parties: list[Region] = field(default_factory=list)
    parties_evidence: str | None = None
    agreement_parties: list[list[Region]] = field(default_factory=list)  # one list per agreement

    @property
    def source_name(self) -> str | None:
        return self.source[0] if self.source else None


OffsetSpan = tuple[int, int]

for _name, _default in (("article", None), ("state", None), ("reference_date", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
# the parts of the state that components assign and require, by name (for analyze_pipes):
# doc._.meta is (title, source, publish_date), doc._.people (officials, staff)…
STATE_PARTS: dict[str, tuple[str, ...]] = {
    "meta": ("title", "source", "publish_date", "title_from", "source_from", "publish_date_from"),
    "dates": ("date_mentions", "dates", "first_printed"),
    "agreements": ("agreements",),
    "people": ("officials", "staff"),
    "regions": ("regions", "region_candidates"),
    "ner": ("ner",),
    "event": ("event", "event_location", "event_parties", "parties_evidence", "agreement_parties"),
}


def _state_part(fields: tuple[str, ...]) -> Callable[[Doc], tuple[Any, ...]]:
    return lambda doc: tuple(getattr(state_of(doc), f) for f in fields)


for _name, _fields in STATE_PARTS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=_state_part(_fields))


def article_year(doc: Doc) -> int | None:
    """The year the article was written, where the evidence says it (places are named as they were
    then: 那曲地区 in 2014): the day a reposted page's note says it first appeared (原载1990.10.28《大众日报》
    on a blog of 2009), else the page's date, else its first date whose year the text pins down,
    else the user's reference date; None when nothing does (today's units are used)."""
    st = state_of(doc)
    if st.first_printed:
        return st.first_printed.year
    if st.publish_date:
        return st.publish_date[0].year
    certain = next((d for d in st.date_mentions if d["year_certain"]), None)
    if certain:
        return int(certain["start"][:4])
    reference = reference_date_of(doc)
    return reference.year if reference else None


# where spaCy keeps a Doc's extension values (``doc._.x`` is ``doc.user_data[("._.", "x", None, None)]``):
# read there directly, as each component reads them a dozen times an article and ``doc._`` makes an
# accessor object at every read (tests/test_pipeline_contract.py checks that both agree)
_STATE_KEY = ("._.", "state", None, None)
_ARTICLE_KEY = ("._.", "article", None, None)
_REFERENCE_KEY = ("._.", "reference_date", None, None)


def reference_date_of(doc: Doc) -> date | None:
    """``doc._.reference_date``, read where spaCy keeps it."""
    store: dict[Any, Any] = doc.user_data
    reference: date | None = store.get(_REFERENCE_KEY)
    return reference


def set_article(doc: Doc, article: Article, reference_date: date | None = None) -> None:
    """``doc._.article = article`` and ``doc._.reference_date = reference_date``, written where spaCy
    keeps them (a write through ``doc._`` makes an accessor object and checks the name: a tenth of
    the cost of the empty ``Doc`` of a record-only run)."""
    store: dict[Any, Any] = doc.user_data
    store[_ARTICLE_KEY] = article
    store[_REFERENCE_KEY] = reference_date


def state_of(doc: Doc) -> ArticleState:
    store: dict[Any, Any] = doc.user_data  # (typed dict[str, Any] by spaCy: its keys are tuples)
    st: ArticleState | None = store.get(_STATE_KEY)
    if st is None:
        st = store[_STATE_KEY] = ArticleState()
    return st


def article_of(doc: Doc) -> Article:
    store: dict[Any, Any] = doc.user_data
    art = store.get(_ARTICLE_KEY)
    if art is None:  # a Doc made without the normalizing tokenizer: normalize its text now
        art = normalize_text(doc.text)
        doc._.article = art
    assert isinstance(art, Article)
    return art


def add_spans(doc: Doc, group: str, spans: Iterable[tuple[int, int, str]]) -> None:
    """The items' spans as ``doc.spans[group]`` (none on the empty ``Doc`` of a record-only run:
    ``pipeline.tokenizer.state_doc``)."""
    if not len(doc):
        return
    out = list(doc.spans.get(group, []))
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    doc.spans[group] = out


