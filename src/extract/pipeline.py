"""The spaCy pipeline: one ``Doc`` over the normalized body, components that add what they find.

Each extractor is a registered spaCy component (``@Language.factory``), so a
user can ``nlp.remove_pipe``/``nlp.disable_pipes`` it or add their own.  A
component puts its items on ``doc._.found[field]`` (structured, with offsets
into the normalized text) and the matching spans in ``doc.spans[field]`` (so
displaCy can show them); ``assemble`` turns a processed ``Doc`` into a
``Record``.

The ``Doc`` is made of characters (spaCy's Chinese ``char`` segmenter): cheap,
and every character offset is a token boundary.  jieba is not run over whole
bodies; see README (throughput).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, TypeVar, cast

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

from extract import agreements as agreements_mod
from extract import dates as dates_mod
from extract import event as event_mod
from extract import meta as meta_mod
from extract import parties as parties_mod
from extract.models import (
    Action,
    Agreement,
    DateItem,
    Event,
    Granularity,
    Kind,
    Official,
    Party,
    Record,
    Region,
    StaffMember,
)
from extract.normalize import Article, normalize_text


@cache
def pipeline_version() -> str:
    """Package version plus a digest of the extractors and the rules (``extract.version``): a change
    to either changes it; the CLI, the I/O, the viewers and the docs do not."""
    from extract import __version__
    from extract.version import content_digest

    return f"{__version__}+{content_digest()}"


@cache
def model_version() -> str:
    """A digest of the shipped NER model's files: a retrained model redoes the articles of a run."""
    import hashlib

    from extract.ner import MODEL_DIR

    h = hashlib.sha256()
    for f in sorted(MODEL_DIR.rglob("*")):
        if f.is_file():
            h.update(f.relative_to(MODEL_DIR).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:10]


@dataclass
class ArticleState:
    """What the components know of one article: typed items in offsets of the normalized body
    (``Article.body``; ``assemble`` maps them to the original text and makes the record).

    Each component fills its part; ``doc._.meta``, ``doc._.dates``… (below) expose the parts
    so that the components can declare what they assign and require (``nlp.analyze_pipes()``).
    """

    title: tuple[str, OffsetSpan] | None = None
    source: tuple[str, OffsetSpan] | None = None
    publish_date: tuple[date, OffsetSpan] | None = None
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
    "meta": ("title", "source", "publish_date"),
    "dates": ("date_mentions", "dates"),
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
    then: 那曲地区 in 2014): the page's date, else its first date whose year the text pins down,
    else the user's reference date; None when nothing does (today's units are used)."""
    st = state_of(doc)
    if st.publish_date:
        return st.publish_date[0].year
    certain = next((d for d in st.date_mentions if d["year_certain"]), None)
    if certain:
        return int(certain["start"][:4])
    reference = doc._.reference_date
    return reference.year if reference else None


def state_of(doc: Doc) -> ArticleState:
    if doc._.state is None:
        doc._.state = ArticleState()
    st: ArticleState = doc._.state
    return st


def article_of(doc: Doc) -> Article:
    art = doc._.article
    if art is None:  # a Doc made without the normalizing tokenizer: normalize its text now
        art = normalize_text(doc.text)
        doc._.article = art
    assert isinstance(art, Article)
    return art


def add_spans(doc: Doc, group: str, spans: Iterable[tuple[int, int, str]]) -> None:
    out = list(doc.spans.get(group, []))
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    doc.spans[group] = out


Component = Callable[[Doc], Doc]


@Language.factory("extract_meta", assigns=["doc._.meta", "doc.spans"])
def make_meta(nlp: Language, name: str) -> Component:
    """Headline, source and publish date (extract.meta)."""

    def meta(doc: Doc) -> Doc:
        art, st = article_of(doc), state_of(doc)
        st.title = meta_mod.find_title(art.body)
        st.source = meta_mod.find_source(art.text)
        st.publish_date = meta_mod.find_publish_date(art.text)
        found = {"title": st.title, "source": st.source, "publish_date": st.publish_date}
        add_spans(doc, "meta", [(v[1][0], v[1][1], k) for k, v in found.items() if v])
        return doc

    return meta


@Language.factory("extract_dates", assigns=["doc._.dates", "doc.spans"], requires=["doc._.meta"])
def make_dates(nlp: Language, name: str) -> Component:
    """Day and month expressions, years resolved from the evidence (extract.dates)."""

    def dates(doc: Doc) -> Doc:
        art, st = article_of(doc), state_of(doc)
        pub = st.publish_date[0] if st.publish_date else None
        st.date_mentions = dates_mod.date_mentions(art.body, pub, doc._.reference_date)
        if st.publish_date and not any(_overlaps(m["span"], st.publish_date[1]) for m in st.date_mentions):
            # the page's date is a date of the article even where its line is page furniture
            # (an e-paper's 当前报章2012年06月30日) or written as dd.mm.yyyy
            st.date_mentions = sorted(
                [*st.date_mentions, dates_mod.page_date_item(art.text, *st.publish_date)], key=lambda m: m["span"]
            )
        st.dates = dates_mod.distinct(st.date_mentions)
        add_spans(doc, "dates", [(*it["span"], "DATE") for it in st.dates])
        return doc

    return dates


@Language.factory("extract_agreements", assigns=["doc._.agreements", "doc.spans"])
def make_agreements(nlp: Language, name: str) -> Component:
    """Documents in 《》 with kind and action (extract.agreements)."""

    def agreements(doc: Doc) -> Doc:
        st = state_of(doc)
        st.agreements = agreements_mod.extract_agreements(article_of(doc).body)
        add_spans(doc, "agreements", [(s, e, it.kind) for it in st.agreements for s, e in it.spans])
        return doc

    return agreements


@Language.factory("extract_people", assigns=["doc._.people", "doc.spans"])
def make_people(nlp: Language, name: str) -> Component:
    """Officials with their titles, media staff (extract.people, extract.staff)."""
    from extract import people as people_mod

    def people(doc: Doc) -> Doc:
        st = state_of(doc)
        st.officials, st.staff = people_mod.extract_people(article_of(doc).body)
        add_spans(doc, "officials", [(s, e, "OFFICIAL") for o in st.officials for s, e in o.spans])
        add_spans(doc, "staff", [(s, e, "STAFF") for p in st.staff for s, e in p.spans])
        return doc

    return people


def people_masked(text: str, st: ArticleState) -> str:
    """``text`` with the names of the people found blanked: a person called 吴江 is no 吴江区."""
    from extract.namelex import mask_spans

    return mask_spans(text, [sp for o in st.officials for sp in o.spans] + [sp for p in st.staff for sp in p.spans])


@Language.factory(
    "extract_regions", assigns=["doc._.regions", "doc.spans"], requires=["doc._.meta", "doc._.dates", "doc._.people"]
)
def make_regions(nlp: Language, name: str) -> Component:
    """Places with canonical names and levels, read past people's names (extract.regions)."""
    from extract import regions as regions_mod

    def regions(doc: Doc) -> Doc:
        art, st = article_of(doc), state_of(doc)
        st.masked_body = people_masked(art.body, st)  # the NER link reads places in it too
        st.region_candidates = []
        st.regions = regions_mod.find_regions(
            st.masked_body, source=st.source_name, unsupported=st.region_candidates, year=article_year(doc)
        )
        add_spans(doc, "regions", [(s, e, r.level) for r in st.regions for s, e in r.spans])
        return doc

    return regions


@Language.factory("extract_ner", assigns=["doc._.ner", "doc.spans"], requires=["doc._.regions"])
def make_ner(nlp: Language, name: str) -> Component:
    """The trained NER model (extract.ner) over windows of the body: ``doc.spans["ner"]``."""
    from extract import entities as entities_mod

    def ner(doc: Doc) -> Doc:
        st = state_of(doc)
        st.ner = entities_mod.window_entities(article_of(doc).body, st.region_candidates)
        add_spans(doc, "ner", st.ner)
        return doc

    return ner


@Language.factory(
    "extract_ner_link",
    assigns=["doc._.people", "doc._.regions", "doc.spans"],
    requires=["doc._.ner", "doc._.people", "doc._.regions"],
)
def make_ner_link(nlp: Language, name: str) -> Component:
    """Officials and regions that the NER entities add to what the rules found (extract.entities)."""
    from extract import entities as entities_mod

    def link(doc: Doc) -> Doc:
        st = state_of(doc)
        text = article_of(doc).body
        officials = entities_mod.ner_officials(text, st.ner, st.officials, st.staff)
        regions = entities_mod.ner_regions(st.ner, st.masked_body or text, st.regions)
        st.officials = [*st.officials, *officials]
        st.regions = [*st.regions, *regions]
        add_spans(doc, "officials", [(s, e, "OFFICIAL") for o in officials for s, e in o.spans])
        add_spans(doc, "regions", [(s, e, r.level) for r in regions for s, e in r.spans])
        return doc

    return link


@Language.factory(
    "extract_event",
    assigns=["doc._.event", "doc._.regions", "doc.spans"],
    requires=["doc._.meta", "doc._.dates", "doc._.agreements", "doc._.regions"],
)
def make_event(nlp: Language, name: str) -> Component:
    """The main meeting (extract.event), where it was held, and the parties (extract.parties)."""
    from extract import regions as regions_mod

    def event(doc: Doc) -> Doc:
        art, st = article_of(doc), state_of(doc)
        ev = st.event = event_mod.find_event(art.body, st.title)
        mentions = parties_mod.mentions_of(st.regions)  # the places' mentions, read once for all sides
        if ev:
            add_spans(doc, "event", [(*ev.span, "EVENT")])

            def where(phrase: str) -> str | None:
                return regions_mod.resolve_location(
                    phrase, art.body, source=st.source_name, regions=st.regions, year=article_year(doc)
                )

            # where it was held: the place written with it, else the host a delegation went to,
            # else the article's home city (我市)
            location = next((loc for phrase in (ev.place, *ev.hosts) if phrase and (loc := where(phrase))), None)
            home = cache(lambda: where("我市"))  # the article's home city, worked out only when asked
            if location is None and not ev.hosts:  # no place, or a venue (在府新大厦举行): at home
                location = home()
            st.event_location = location
            st.event_parties, st.parties_evidence = parties_mod.event_parties(
                art.body, st.title, ev, st.regions, st.event_location, home, mentions
            )
            # parties are regions (one named only by a letter of a run, 粤港, has no mention of its own)
            st.regions = [*st.regions, *(r for r in st.event_parties if r not in st.regions)]
        st.agreement_parties = [
            parties_mod.agreement_parties(art.body, a.spans[0], a.action, st.regions, st.event_parties, mentions)
            if a.spans
            else []
            for a in st.agreements
        ]
        return doc

    return event


DEFAULT_COMPONENTS = (
    "extract_meta",
    "extract_dates",
    "extract_agreements",
    "extract_people",
    "extract_regions",
    "extract_event",
)
NER_COMPONENTS = ("extract_ner", "extract_ner_link")  # after the rules, before the event


TOKENIZER = "extract.NormalizingTokenizer.v1"


def build(ner: bool = True) -> Language:
    """A new pipeline: the normalizing tokenizer (registered, so ``nlp.to_disk()`` and
    ``spacy.load()`` give it back) and the components in their order."""
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    for component in DEFAULT_COMPONENTS:
        nlp.add_pipe(component)
    if ner:
        for component in NER_COMPONENTS:
            nlp.add_pipe(component, before="extract_event")
    return nlp


@cache
def load(ner: bool = True) -> Language:
    """The pipeline ``extract_text`` and the batch runs use (one per process, never handed out:
    ``extract.load()`` gives a user a pipeline of their own, from ``build``)."""
    return build(ner)


def extract_article(article: Article, *, ner: bool = True, reference_date: date | None = None) -> Record:
    """The one path from a normalized article to its record (the library, the batch, ``extract show``)."""
    return assemble(process(article, ner=ner, reference_date=reference_date))


def process(article: Article, *, ner: bool = True, reference_date: date | None = None) -> Doc:
    """Run the pipeline over an article; ``reference_date`` fixes relative days and open years
    where the text itself does not (README "Years")."""
    nlp = load(ner)
    doc = body_doc(nlp, article)
    doc._.reference_date = reference_date
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


# ---------------------------------------------------------------- nlp(text) on a raw string


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


@registry.tokenizers(TOKENIZER)
def create_normalizing_tokenizer() -> Callable[[Language], NormalizingTokenizer]:
    def make(nlp: Language) -> NormalizingTokenizer:
        return NormalizingTokenizer(nlp.vocab)

    return make


_CHAR_TOKENS = re.compile(r"\s+|.", re.S)


def char_doc(vocab: Any, text: str) -> Doc:
    """One token per character, a run of white space (blanked furniture) one token: what
    spaCy's Chinese ``char`` segmenter gives, without its word/space bookkeeping (a third of
    the pipeline's time when measured).  ``doc.text`` is ``text`` exactly."""
    words = _CHAR_TOKENS.findall(text)
    return Doc(vocab, words=words, spaces=[False] * len(words))


def body_doc(nlp: Language, article: Article) -> Doc:
    """A ``Doc`` over the normalized body of ``article`` (not normalized again), carrying the article."""
    tok = nlp.tokenizer
    if isinstance(tok, NormalizingTokenizer):
        return tok.doc_of(article)
    doc = nlp.make_doc(article.body)
    doc._.article = article
    return doc


# ---------------------------------------------------------------- assemble


_DATELINE_AFTER = re.compile(r"\s*(?:电|讯|消息|报道)")


def _overlaps(span: tuple[int, int], other: tuple[int, int] | None) -> bool:
    return other is not None and span[0] < other[1] and other[0] < span[1]


def _dateline_item(body: str, item: dates_mod.FoundDate) -> bool:
    """A dateline's day (新华社北京6月10日电, 大众网日照9月28日讯): the report's, not the event's."""
    return bool(_DATELINE_AFTER.match(body, item["span"][1]))


def event_dates(
    body: str,
    ev: event_mod.EventMention,
    items: list[dates_mod.FoundDate],
    publish_span: tuple[int, int] | None = None,
) -> tuple[str | None, str | None, bool | None]:
    """Days of the event and whether their year is certain, in this order of evidence: a day
    written inside its kept mention (`于7月28日召开`, `(十二)日在…举行`); then, mention by mention
    (body first), a day written inside that mention, else the day nearest before its name in its
    sentence, else the nearest after it (a day beats a month: `本月中旬`); none where the event's
    sentence says 近日/日前; else the first day from the event's sentence on.  A dateline's day
    (`X月X日电`) is the report's and the page's date the page's, never the event's."""
    items = [it for it in items if not _dateline_item(body, it) and not _overlaps(it["span"], publish_span)]
    if not items:
        return None, None, None
    chosen = None
    if ev.when:
        inside = [it for it in items if ev.when[0] <= it["span"][0] < ev.when[1]]
        chosen = inside[0] if inside else None
    month_only = None  # a month (本月中旬) counts only when no mention's sentence tells the day
    for span, when in zip(ev.mentions or (ev.span,), ev.whens or (ev.when,), strict=False):
        if chosen is not None:
            break
        if when:  # 第五届…大会将于本月九至十一日在遵义举行: the day written in this mention
            chosen = next((it for it in items if when[0] <= it["span"][0] < when[1]), None)
            if chosen is not None:
                break
        lo, hi = event_mod.sentence_bounds(body, span[0])
        in_sentence = [it for it in items if lo <= it["span"][0] < hi]
        before = [it for it in in_sentence if it["span"][0] < span[0]]
        after = [it for it in in_sentence if it["span"][0] >= span[0]]
        nearest = [*reversed(before), *after]
        chosen = next((it for it in nearest if it["granularity"] == "day"), None)
        month_only = month_only or (nearest[0] if nearest else None)
    chosen = chosen or month_only
    if chosen is None:
        lo, hi = event_mod.sentence_bounds(body, ev.span[0])
        if dates_mod.vague_day().search(body, lo, ev.span[0]):
            return None, None, None  # 近日/日前…召开: the text does not say the day
        # the first day of the article after the start of the event's sentence, else of all
        # (a WeChat post's date line above its headline)
        days = [it for it in items if it["granularity"] == "day"]
        later = [it for it in days if it["span"][0] >= lo]
        chosen = (later or days)[0] if days else None
    if chosen is None:
        return None, None, None
    return str(chosen["start"]), str(chosen["end"]), bool(chosen["year_certain"])


SpannedItem = TypeVar("SpannedItem", Official, StaffMember, Region)


def _to_original(art: Article, item: SpannedItem) -> SpannedItem:
    """The item with its spans moved from the normalized text to the original."""
    return item.model_copy(update={"spans": [art.to_original(s, e) for s, e in item.spans]})


def assemble(doc: Doc) -> Record:
    """The record of a processed ``Doc``: offsets mapped to the original text, pydantic models made."""
    art, st = article_of(doc), state_of(doc)
    orig = art.to_original
    dates = [
        DateItem(
            text=it["text"],
            start=it["start"],
            end=it["end"],
            granularity=cast(Granularity, it["granularity"]),
            year_certain=it["year_certain"],
            year_source=it["year_source"],
            spans=[orig(*it["span"])],
        )
        for it in st.dates
    ]
    sides = st.agreement_parties or [[] for _ in st.agreements]
    agreements = [
        Agreement(
            title=a.title,
            kind=cast(Kind, a.kind),
            action=cast(Action, a.action),
            parties=[Party(name=r.name, level=r.level) for r in p],
            spans=[orig(s, e) for s, e in a.spans],
        )
        for a, p in zip(st.agreements, sides, strict=True)
    ]
    ev = st.event
    event = None
    if ev is not None:
        start, end, certain = event_dates(
            art.body, ev, st.date_mentions, st.publish_date[1] if st.publish_date else None
        )
        event = Event(
            name=ev.name,
            start=start,
            end=end,
            location=st.event_location,
            parties=[Party(name=r.name, level=r.level) for r in st.event_parties],
            year_certain=certain,
            parties_evidence=st.parties_evidence,
            spans=[orig(*ev.span)],
        )
    return Record(
        doc_id=art.doc_id,
        script=art.script,  # type: ignore[arg-type]
        title=st.title[0] if st.title else None,
        publish_date=st.publish_date[0].isoformat() if st.publish_date else None,
        source=st.source_name,
        event=event,
        dates=dates,
        officials=[_to_original(art, o) for o in st.officials],
        staff=[_to_original(art, p) for p in st.staff],
        regions=[_to_original(art, r) for r in st.regions],
        agreements=agreements,
        encoding=art.encoding,
        furniture_uncertain=art.furniture_uncertain,
        decode_errors=art.decode_errors,
        pipeline_version=pipeline_version(),
    )
