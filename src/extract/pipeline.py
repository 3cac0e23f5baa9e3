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
from datetime import date
from functools import cache
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from extract import agreements as agreements_mod
from extract import dates as dates_mod
from extract import event as event_mod
from extract import meta as meta_mod
from extract import parties as parties_mod
from extract.models import Agreement, DateItem, Event, Official, Party, Record, Region, StaffMember
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


if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)
if not Doc.has_extension("found"):
    Doc.set_extension("found", default=None)
if not Doc.has_extension("reference_date"):  # the user's reference date (--reference-date), if any
    Doc.set_extension("reference_date", default=None)


def found(doc: Doc) -> dict[str, Any]:
    if doc._.found is None:
        doc._.found = {}
    out: dict[str, Any] = doc._.found
    return out


def article_of(doc: Doc) -> Article:
    art = doc._.article
    if art is None:  # a Doc made by nlp(text) directly: normalize its text now
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


@Language.factory("extract_meta")
def make_meta(nlp: Language, name: str) -> Component:
    def meta(doc: Doc) -> Doc:
        art = article_of(doc)
        f = found(doc)
        f["title"] = meta_mod.find_title(art.body)
        f["source"] = meta_mod.find_source(art.text)
        f["publish_date"] = meta_mod.find_publish_date(art.text)
        add_spans(doc, "meta", [(f[k][1][0], f[k][1][1], k) for k in ("title", "source", "publish_date") if f[k]])
        return doc

    return meta


@Language.factory("extract_dates")
def make_dates(nlp: Language, name: str) -> Component:
    def dates(doc: Doc) -> Doc:
        art = article_of(doc)
        f = found(doc)
        pub = f.get("publish_date")
        mentions = dates_mod.date_mentions(art.body, pub[0] if pub else None, doc._.reference_date)
        f["date_mentions"] = mentions  # all of them: the event's date is read from its own sentence
        f["dates"] = items = dates_mod.distinct(mentions)
        add_spans(doc, "dates", [(*it["span"], "DATE") for it in items])
        return doc

    return dates


@Language.factory("extract_agreements")
def make_agreements(nlp: Language, name: str) -> Component:
    def agreements(doc: Doc) -> Doc:
        items = agreements_mod.extract_agreements(article_of(doc).body)
        found(doc)["agreements"] = items
        add_spans(doc, "agreements", [(s, e, it.kind) for it in items for s, e in it.spans])
        return doc

    return agreements


@Language.factory("extract_people")
def make_people(nlp: Language, name: str) -> Component:
    from extract import people as people_mod

    def people(doc: Doc) -> Doc:
        officials, staff = people_mod.extract_people(article_of(doc).body)
        f = found(doc)
        f["officials"], f["staff"] = officials, staff
        add_spans(doc, "officials", [(s, e, "OFFICIAL") for o in officials for s, e in o.spans])
        add_spans(doc, "staff", [(s, e, "STAFF") for p in staff for s, e in p.spans])
        return doc

    return people


def source_of(f: dict[str, Any]) -> str | None:
    """The outlet the meta component found, if any."""
    source = f.get("source")
    return str(source[0]) if source else None


def people_masked(text: str, f: dict[str, Any]) -> str:
    """``text`` with the names of the people found blanked: a person called 吴江 is no 吴江区."""
    spans = [sp for group in ("officials", "staff") for item in f.get(group, []) for sp in item.spans]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@Language.factory("extract_regions")
def make_regions(nlp: Language, name: str) -> Component:
    from extract import regions as regions_mod

    def regions(doc: Doc) -> Doc:
        art = article_of(doc)
        f = found(doc)
        unsupported: list[tuple[int, int]] = []
        f["masked_body"] = masked = people_masked(art.body, f)  # the NER link reads places in it too
        items = regions_mod.find_regions(masked, source=source_of(f), unsupported=unsupported)
        f["regions"] = items
        f["region_candidates"] = unsupported  # short names the rules left out: the NER may confirm them
        add_spans(doc, "regions", [(s, e, r.level) for r in items for s, e in r.spans])
        return doc

    return regions


@Language.factory("extract_ner")
def make_ner(nlp: Language, name: str) -> Component:
    """The trained NER model (extract.ner) over the body: ``doc.spans["ner"]`` and ``found["ner"]``."""
    from extract import entities as entities_mod

    def ner(doc: Doc) -> Doc:
        f = found(doc)
        entities = entities_mod.window_entities(article_of(doc).body, f.get("region_candidates", []))
        f["ner"] = entities
        add_spans(doc, "ner", entities)
        return doc

    return ner


@Language.factory("extract_ner_link")
def make_ner_link(nlp: Language, name: str) -> Component:
    """Officials and regions that the NER entities add to what the rules found (extract.entities)."""
    from extract import entities as entities_mod

    def link(doc: Doc) -> Doc:
        f = found(doc)
        entities = f.get("ner", [])
        text = article_of(doc).body
        officials = entities_mod.ner_officials(text, entities, f.get("officials", []), f.get("staff", []))
        regions = entities_mod.ner_regions(entities, f.get("masked_body", text), f.get("regions", []))
        f["officials"] = [*f.get("officials", []), *officials]
        f["regions"] = [*f.get("regions", []), *regions]
        add_spans(doc, "officials", [(s, e, "OFFICIAL") for o in officials for s, e in o.spans])
        add_spans(doc, "regions", [(s, e, r.level) for r in regions for s, e in r.spans])
        return doc

    return link


@Language.factory("extract_event")
def make_event(nlp: Language, name: str) -> Component:
    from extract import regions as regions_mod

    def event(doc: Doc) -> Doc:
        art = article_of(doc)
        f = found(doc)
        ev = event_mod.find_event(art.body, f.get("title"))
        f["event"] = ev
        if ev:
            add_spans(doc, "event", [(*ev.span, "EVENT")])
            # where it was held: the place written with it, else the host a delegation went to,
            # else the article's home city (我市)
            location = None
            for phrase in (ev.place, *ev.hosts):
                if phrase and not location:
                    location = regions_mod.resolve_location(
                        phrase, art.body, source=source_of(f), regions=f.get("regions")
                    )
            home = regions_mod.resolve_location("我市", art.body, source=source_of(f), regions=f.get("regions"))
            if location is None and not ev.hosts:  # no place, or a venue (在府新大厦举行): at home
                location = home
            f["event_location"] = location
            regions = f.get("regions", [])
            sides, f["parties_evidence"] = parties_mod.event_parties(
                art.body, f.get("title"), ev, regions, location, home
            )
            f["regions"] = [*regions, *(r for r in sides if r not in regions)]  # every party is a region
            f["event_parties"] = sides
        regions, sides = f.get("regions", []), f.get("event_parties", [])
        f["agreement_parties"] = [
            parties_mod.agreement_parties(art.body, a.spans[0], a.action, regions, sides) if a.spans else []
            for a in f.get("agreements", [])
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


@cache
def load(ner: bool = True) -> Language:
    """The configured pipeline (cached per process)."""
    import spacy

    nlp = spacy.blank("zh")
    nlp.tokenizer = NormalizingTokenizer(nlp.tokenizer)  # nlp(raw_text) normalizes first; see below
    for component in DEFAULT_COMPONENTS:
        nlp.add_pipe(component)
    if ner:
        for component in NER_COMPONENTS:
            nlp.add_pipe(component, before="extract_event")
    return nlp


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


class NormalizingTokenizer:
    """The tokenizer of ``load()``: ``nlp(raw_text)`` normalizes the text before it is cut into tokens.

    The components find their items in the normalized body (OpenCC t2s, pinyin artifacts and
    HTML removed, page furniture blanked), whose length can differ from the raw text.  So that
    ``doc = nlp(raw_text)`` has span groups that are right, the ``Doc`` is made over the
    normalized body (``doc.text == doc._.article.body``) and carries the ``Article``
    (``doc._.article.raw`` is the text given, ``doc._.article.to_original(s, e)`` maps back).
    ``process()`` already has the ``Article`` and uses ``doc_of`` directly.
    """

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        return self.doc_of(normalize_text(text))

    def doc_of(self, article: Article) -> Doc:
        doc = char_doc(self.inner.vocab, article.body)  # type: ignore[attr-defined]
        doc._.article = article
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # serialization is the wrapped tokenizer's
    def to_bytes(self, **kwargs: Any) -> bytes:
        return bytes(getattr(self.inner, "to_bytes", lambda **_: b"")(**kwargs))

    def from_bytes(self, data: bytes, **kwargs: Any) -> NormalizingTokenizer:
        if hasattr(self.inner, "from_bytes"):
            self.inner.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        if hasattr(self.inner, "to_disk"):
            self.inner.to_disk(path, **kwargs)

    def from_disk(self, path: Any, **kwargs: Any) -> NormalizingTokenizer:
        if hasattr(self.inner, "from_disk"):
            self.inner.from_disk(path, **kwargs)
        return self


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


_VAGUE_DAY = re.compile(r"近日|日前|近期|前不久|不久前|此前")
_DATELINE_AFTER = re.compile(r"\s*(?:电|讯|消息|报道)")


def _report_day(body: str, item: dates_mod.FoundDate) -> bool:
    """A dateline's day (新华社北京6月10日电, 大众网日照9月28日讯): the report's, not the event's."""
    return bool(_DATELINE_AFTER.match(body, item["span"][1]))


def event_dates(
    body: str,
    ev: event_mod.EventMention,
    items: list[dates_mod.FoundDate],
    publish_span: tuple[int, int] | None = None,
) -> tuple[str | None, str | None, bool | None]:
    """Days of the event and whether their year is certain, in this order of evidence: a day
    written inside the mention (`于7月28日召开`, `(十二)日在…举行`); the date nearest before its
    name in its sentence; the nearest after it in the sentence; the first day of the sentences
    that follow it in its paragraph.  A dateline's day is the report's, never the event's."""
    items = [it for it in items if not _report_day(body, it) and tuple(it["span"]) != publish_span]
    if not items:
        return None, None, None
    chosen = None
    if ev.when:
        inside = [it for it in items if ev.when[0] <= it["span"][0] < ev.when[1]]
        chosen = inside[0] if inside else None
    for span in ev.mentions or (ev.span,):
        if chosen is not None:
            break
        lo, hi = event_mod.sentence_bounds(body, span[0])
        in_sentence = [it for it in items if lo <= it["span"][0] < hi]
        before = [it for it in in_sentence if it["span"][0] < span[0]]
        after = [it for it in in_sentence if it["span"][0] >= span[0]]
        chosen = before[-1] if before else after[0] if after else None
    if chosen is None:
        lo, hi = event_mod.sentence_bounds(body, ev.span[0])
        if _VAGUE_DAY.search(body, lo, ev.span[0]):
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
    art = article_of(doc)
    f = found(doc)
    orig = lambda s, e: art.to_original(s, e)  # noqa: E731
    dates = [
        DateItem(
            text=it["text"],
            start=it["start"],
            end=it["end"],
            granularity=it["granularity"],
            year_certain=it["year_certain"],
            year_source=it["year_source"],
            spans=[orig(*it["span"])],
        )
        for it in f.get("dates", [])
    ]
    sides = f.get("agreement_parties") or [[] for _ in f.get("agreements", [])]
    agreements = [
        Agreement(
            title=a.title,
            kind=a.kind,
            action=a.action,
            parties=[Party(name=r.name, level=r.level) for r in p],
            spans=[orig(s, e) for s, e in a.spans],
        )
        for a, p in zip(f.get("agreements", []), sides, strict=True)
    ]
    ev = f.get("event")
    pub: tuple[date, Any] | None = f.get("publish_date")
    event = None
    if ev is not None:
        start, end, certain = event_dates(art.body, ev, f.get("date_mentions", []), pub[1] if pub else None)
        event = Event(
            name=ev.name,
            start=start,
            end=end,
            location=f.get("event_location"),
            parties=[Party(name=r.name, level=r.level) for r in f.get("event_parties", [])],
            year_certain=certain,
            parties_evidence=f.get("parties_evidence"),
            spans=[orig(*ev.span)],
        )
    title = f.get("title")
    source = f.get("source")
    return Record(
        doc_id=art.doc_id,
        script=art.script,  # type: ignore[arg-type]
        title=title[0] if title else None,
        publish_date=pub[0].isoformat() if pub else None,
        source=source[0] if source else None,
        event=event,
        dates=dates,
        officials=[_to_original(art, o) for o in f.get("officials", [])],
        staff=[_to_original(art, p) for p in f.get("staff", [])],
        regions=[_to_original(art, r) for r in f.get("regions", [])],
        agreements=agreements,
        encoding=art.encoding,
        furniture_uncertain=art.furniture_uncertain,
        pipeline_version=pipeline_version(),
    )
