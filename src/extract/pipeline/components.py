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
from collections.abc import Callable
from datetime import date
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extract.extractors import agreements as agreements_mod
from extract.extractors import dates as dates_mod
from extract.extractors import event as event_mod
from extract.extractors import meta as meta_mod
from extract.extractors import parties as parties_mod
from extract.models import (
    OffsetSpan,
    Record,
)
from extract.pipeline.assemble import assemble, overlaps
from extract.pipeline.state import (
    STATE_PARTS,
    ArticleState,
    add_spans,
    article_of,
    article_year,
    reference_date_of,
    set_article,
    state_of,
)
from extract.pipeline.tokenizer import (
    TOKENIZER,
    NormalizingTokenizer,
    body_doc,
    create_normalizing_tokenizer,
    state_doc,
)
from extract.text.normalize import Article, to_simplified

__all__ = [
    "STATE_PARTS",
    "ArticleState",
    "NormalizingTokenizer",
    "assemble",
    "build",
    "create_normalizing_tokenizer",
    "extract_article",
    "load",
    "process",
]


Component = Callable[[Doc], Doc]


@Language.factory("extract_meta", assigns=["doc._.meta", "doc.spans"])
def make_meta(nlp: Language, name: str) -> Component:
    """Headline, source and publish date (extract.extractors.meta)."""

    def meta(doc: Doc) -> Doc:
        art, st = article_of(doc), state_of(doc)
        frame = meta_mod.frame(art.body, art.text, art.origin, reference_date_of(doc))
        st.title, st.source, st.publish_date = frame.title, frame.source, frame.publish_date
        st.title_from, st.source_from = frame.title_from, frame.source_from
        st.publish_date_from = frame.publish_date_from
        st.reference, st.latest = frame.reference, frame.latest
        found = {"title": st.title, "source": st.source, "publish_date": st.publish_date}
        add_spans(doc, "meta", ((v[1][0], v[1][1], k) for k, v in found.items() if v and v[1]))
        return doc

    return meta


@Language.factory("extract_dates", assigns=["doc._.dates", "doc.spans"], requires=["doc._.meta"])
def make_dates(nlp: Language, name: str) -> Component:
    """Day and month expressions, years resolved from the evidence (extract.extractors.dates)."""

    def dates(doc: Doc) -> Doc:
        art, st = article_of(doc), state_of(doc)
        pub = st.publish_date[0] if st.publish_date else None
        reference = st.reference or reference_date_of(doc)
        # (a page reposting an article of an earlier day, 本文原载《邯郸日报》1995年4月21日: its days are the
        # article's, read from the day it first appeared)
        note = meta_mod.reprint_note(art.body) if pub else None
        first = note[0] if note else None
        st.first_printed = first if first is not None and pub is not None and first < pub else None
        anchor = st.first_printed or pub
        st.date_mentions = dates_mod.date_mentions(art.body, anchor, reference, st.latest)
        if note and st.first_printed and (own := meta_mod.editors_note(art.body, note[1])):
            # (the reposting page's own note above the reprint, 编者按：…今天，我们…找出当年的报道: its days the page's)
            a, b = own
            st.date_mentions = sorted(
                [m for m in st.date_mentions if not a <= m["span"][0] < b]
                + [m for m in dates_mod.date_mentions(art.body, pub, reference, st.latest) if a <= m["span"][0] < b],
                key=lambda m: m["span"],
            )
        page_span = st.publish_date[1] if st.publish_date else None
        if pub and page_span and not any(overlaps(m["span"], page_span) for m in st.date_mentions):
            # the page's date is a date of the article even where its line is page furniture
            # (an e-paper's 当前报章2012年06月30日) or written as dd.mm.yyyy
            st.date_mentions = sorted(
                [*st.date_mentions, dates_mod.page_date_item(art.text, pub, page_span)], key=lambda m: m["span"]
            )
        st.dates = dates_mod.distinct(st.date_mentions)
        add_spans(doc, "dates", ((*it["span"], "DATE") for it in st.dates))
        return doc

    return dates


@Language.factory("extract_agreements", assigns=["doc._.agreements", "doc.spans"])
def make_agreements(nlp: Language, name: str) -> Component:
    """Documents in 《》 with kind and action (extract.extractors.agreements)."""

    def agreements(doc: Doc) -> Doc:
        st = state_of(doc)
        # the days still to come when the page was written (an act announced for them is mentioned)
        pub = st.publish_date[0].isoformat() if st.publish_date else None
        later = [m["span"] for m in st.date_mentions if pub and m["start"] > pub]
        st.agreements = agreements_mod.extract_agreements(article_of(doc).body, later)
        add_spans(doc, "agreements", ((s, e, it.kind) for it in st.agreements for s, e in it.spans))
        return doc

    return agreements


@Language.factory("extract_people", assigns=["doc._.people", "doc.spans"])
def make_people(nlp: Language, name: str) -> Component:
    """Officials with their titles, media staff (extract.extractors.people, extract.extractors.staff)."""
    from extract.extractors import people as people_mod
    def people(doc: Doc) -> Doc:
        st = state_of(doc)
        st.officials, st.staff = people_mod.extract_people(article_of(doc).body)
        add_spans(doc, "officials", ((s, e, "OFFICIAL") for o in st.officials for s, e in o.spans))
        add_spans(doc, "staff", ((s, e, "STAFF") for p in st.staff for s, e in p.spans))
        return doc

    return people


def people_masked(text: str, st: ArticleState) -> str:
    """``text`` with the names of the people found blanked: a person called 吴江 is no 吴江区."""
    from extract.extractors.namelex import mask_spans

    return mask_spans(text, people_spans(st))


def people_spans(st: ArticleState) -> list[OffsetSpan]:
    """Where the officials and staff the rules found are named."""
    return [sp for o in st.officials for sp in o.spans] + [sp for p in st.staff for sp in p.spans]


# a line that opens with a site's name alone, before its buttons or nothing: no place of the article
_SITE_LINE = re.compile(
    r"(?m)^[ \t\u3000]*[\u4e00-\u9fff]{2,8}(?:在线|新闻网站|新闻网|门户网站|网站|频道|客户端)"
    r"(?=[ \t\u3000]*(?:[【\[]|$))"
)


@Language.factory(
    "extract_regions", assigns=["doc._.regions", "doc.spans"], requires=["doc._.meta", "doc._.dates", "doc._.people"]
)
def make_regions(nlp: Language, name: str) -> Component:
    """Places with canonical names and levels, read past people's names (extract.extractors.regions)."""
    from extract.extractors import regions as regions_mod
    def regions(doc: Doc) -> Doc:
        art, st = article_of(doc), state_of(doc)
        st.masked_body = people_masked(art.body, st)  # the NER link reads places in it too
        if st.source and st.source[1]:  # the outlet's name (来源：皖西日报) names no place of the article
            s, e = st.source[1]
            st.masked_body = st.masked_body[:s] + " " * (e - s) + st.masked_body[e:]
        # (a site's name on a line of its own, as a repost carries it: 浙江在线新闻网站　【我要评论】)
        st.masked_body = _SITE_LINE.sub(lambda m: " " * len(m[0]), st.masked_body)
        st.region_candidates = []
        st.regions = regions_mod.find_regions(
            st.masked_body,
            source=st.source_name,
            unsupported=st.region_candidates,
            year=article_year(doc),
            script=art.script,
        )
        add_spans(doc, "regions", ((s, e, r.level) for r in st.regions for s, e in r.spans))
        return doc

    return regions


@Language.factory("extract_ner", assigns=["doc._.ner", "doc.spans"], requires=["doc._.regions"])
def make_ner(nlp: Language, name: str) -> Component:
    """The trained NER model (extract.ner) over windows of the body: ``doc.spans["ner"]``."""
    from extract.ner import link as entities_mod
    def ner(doc: Doc) -> Doc:
        st = state_of(doc)
        body = article_of(doc).body
        year = article_year(doc)
        places = entities_mod.addable_places(st.masked_body or body, st.region_candidates, st.regions, year)
        st.ner = entities_mod.window_entities(body, places, people_spans(st))
        add_spans(doc, "ner", st.ner)
        return doc

    return ner


@Language.factory(
    "extract_ner_link",
    assigns=["doc._.people", "doc._.regions", "doc.spans"],
    requires=["doc._.ner", "doc._.people", "doc._.regions"],
)
def make_ner_link(nlp: Language, name: str) -> Component:
    """Officials and regions that the NER entities add to what the rules found (extract.ner.link)."""
    from extract.ner import link as entities_mod
    def link(doc: Doc) -> Doc:
        st = state_of(doc)
        text = article_of(doc).body
        officials = entities_mod.ner_officials(text, st.ner, st.officials, st.staff)
        regions = entities_mod.ner_regions(st.ner, st.masked_body or text, st.regions, article_year(doc))
        st.officials = [*st.officials, *officials]
        st.regions = [*st.regions, *regions]
        add_spans(doc, "officials", ((s, e, "OFFICIAL") for o in officials for s, e in o.spans))
        add_spans(doc, "regions", ((s, e, r.level) for r in regions for s, e in r.spans))
        return doc

    return link


@Language.factory(
    "extract_event",
    assigns=["doc._.event", "doc._.regions", "doc.spans"],
    requires=["doc._.meta", "doc._.dates", "doc._.agreements", "doc._.regions"],
)
def make_event(nlp: Language, name: str) -> Component:
    """The main meeting (extract.extractors.event), where it was held, and the parties (extract.extractors.parties)."""
    from extract.extractors import regions as regions_mod
    def event(doc: Doc) -> Doc:
        art, st = article_of(doc), state_of(doc)
        # (the page's date, or the day the article first appeared: what its clauses' months are after)
        published = st.first_printed or (st.publish_date[0] if st.publish_date else None)
        ev = st.event = event_mod.find_event(art.body, st.title, published)
        # the places' mentions, read once for all sides (a place's bracketed note narrowing it: 清远（英德）, 英德市)
        mentions = parties_mod.narrowed_by_notes(art.body, parties_mod.mentions_of(st.regions))
        if ev:
            add_spans(doc, "event", [(*ev.span, "EVENT")])

            # (the home of 我市: the source, else the outlet of a masthead no source line repeats, else
            # the publishing office as the body writes it with its place: 桃园县政府农业发展局; the first
            # of them that names a place — 来源：县政府办 names none, the masthead 萧县人民政府网 does)
            # (read one by one, the later ones only where the earlier name no unit)
            # (and last the site's owner its footer names: 主办单位：彭泽县人民政府办公室)
            # (then the site's name its <title> gives beside the headline: 廊坊日报数字报-…, …_娄底市人民政府门户网站;
            # in the script the article is read in: 屏東縣政府全球資訊網 names 屏东县)
            # (each read once: the home county reads them again, after the outlet's loop)
            readers = tuple(map(cache, (lambda: st.source_name, lambda: meta_mod.masthead_outlet(art.text),
                       lambda: to_simplified(art.origin.site or "") or None,
                       lambda: meta_mod.publisher_in_body(art.text),
                       lambda: meta_mod.site_owner(art.text))))  # fmt: skip
            outlet = first = None
            for read in readers:
                o = read()
                if o and regions_mod.names_a_unit(o):
                    outlet = o
                    break
                first = first or o
            outlet = outlet or first

            def where(phrase: str) -> str | None:
                found = regions_mod.resolve_location(
                    phrase, art.body, source=outlet, regions=st.regions, year=article_year(doc)
                )
                if found is None and (named := event_mod.venue_named_before(art.body, phrase, ev.span[0])):
                    # (在会展中心会议室 after 博览会在南宁国际会展中心开幕: the venue the text placed before)
                    found = regions_mod.resolve_location(
                        named, art.body, source=outlet, regions=st.regions, year=article_year(doc)
                    )
                return found

            # where it was held: the place written with it, else the one a later sentence gives it by its
            # head noun (座谈会于五月二十一日在拉萨举行), else the host a delegation went to, else the
            # article's home city (我市)
            # (or the place in brackets in its name: 2012威海（澳门）经贸旅游推介会 in a tower's hall — 澳门 — before
            # the host a delegation went to or the home; not one that narrows provinces' letters before it,
            # 湘澳（怀化）经贸合作座谈会: the side of 湘 that came)
            held = [p for *_, p in event_mod.held_later(art.body, ev)]
            in_name = event_mod.place_in_name(ev.name)
            bracketed = in_name[1] if in_name and not parties_mod.ends_with_letters(in_name[0]) else None
            location = next(
                (
                    loc
                    for phrase in (
                        ev.place, *held, *ev.other_places, bracketed,
                        event_mod.signed_at_before(art.body, ev), event_mod.sentence_place(art.body, ev), *ev.hosts,
                    )
                    if phrase and (loc := where(phrase))
                ),
                None,
            )
            home = cache(lambda: where("我市"))  # the article's home city, worked out only when asked

            @cache
            def home_county() -> str | None:
                # (the county-level unit the first of the page's outlets that names one strictly names: 北京市怀柔区
                # 人民政府 in its masthead where the source, 怀柔报, names it only short)
                for read in readers:
                    o = read()
                    if o and (county := regions_mod.outlet_county(o)):
                        return county
                return None
            # (a host phrase that names no place at all, 到会指导's 会, is no delegation's host)
            places = [h for h in ev.hosts if regions_mod.find_regions(h)] if location is None else ev.hosts
            if location is None and not places:  # the one government that calls it (连江县政府昨日召开…)
                conveners = event_mod.conveners(art.body, ev, [(r.name, r.spans) for r in st.regions])
                location = where(conveners[0]) if len(conveners) == 1 else None
            if location is None and ev.place and (occasion := event_mod.occasion_place(art.body, ev)):
                # (a venue that names no place during a fair a clause of time places: 时值…洽谈会在鹭岛开幕)
                location = where(occasion)
            if location is None and not places and (filed := event_mod.dateline_place(art.body)):
                # (or where the report was filed from, its dateline's place: 香港文汇报讯（记者 邝雅婷 佛山报道）…
                # 在北江芦苞河段举行 — 佛山, not the outlet's home)
                location = where(filed)
            if location is None and not places:  # no place, or a venue (在府新大厦举行): at home
                location = home()
            st.event_location = location
            # (each official with the place the first of their titles opens with: 花莲县副县长 → 花莲县)
            people = [(o.name, p) for o in st.officials
                      if (p := next((r.name for t in o.titles[:1] for r in st.regions if t.startswith(r.name)), None))]
            st.event_parties, st.parties_evidence = parties_mod.event_parties(
                art.body, st.title, ev, st.regions, st.event_location, home, mentions,
                home_province=lambda: regions_mod.outlet_province(outlet) if outlet else None,
                home_county=home_county,
                people=people,
            )  # fmt: skip
            # parties are regions (one named only by a letter of a run, 粤港, has no mention of its own)
            st.regions = [*st.regions, *(r for r in st.event_parties if r not in st.regions)]
            for a in st.agreements:
                if a.action in ("mentioned", "discussed") and agreements_mod.signed_at(ev.name, a.title):
                    a.action = "signed"  # 云林县与南投县观光产业合作备忘录签署仪式 … 依照《…观光产业合作备忘录》
        if st.title and event_mod.is_notice(st.title[0]):
            for a in st.agreements:  # (a notice's agenda: 审议《…》, 签署《…》 at a meeting still to come)
                if not (a.action != "mentioned" and a.spans and agreements_mod.done_before(art.body, a.spans[0][0])):
                    a.action = "mentioned"  # (not one it says was signed before: 2012年5月签署的《…》)
        st.agreement_parties = [
            parties_mod.without_letters_abroad(  # (新粤…备忘录 beside 新加坡: no 新疆)
                art.body,
                st.regions,
                parties_mod.agreement_parties(
                    art.body, a.spans[0], a.action, st.regions, st.event_parties, mentions, a.agent,
                    towns=st.parties_evidence == "towns",
                    home=home if ev else None,
                ),
            )
            if a.spans
            else []
            for a in st.agreements
        ]
        if ev and not st.event_parties and event_mod.is_signing(ev.name):
            # a signing ceremony no place names (食品安全合作协议签署仪式): the sides of the first document signed
            # there (民政总署与广州市番禺区人民政府…签署《…协议》: 澳门, 番禺区), one place where a ministry, a central
            # enterprise or a SAR's government signs with it (农业部与黑龙江省人民政府在京签署《…》: 黑龙江省)
            signed = [p for a, p in zip(st.agreements, st.agreement_parties, strict=True) if a.action == "signed"]
            if signed and signed[0]:
                st.event_parties, st.parties_evidence = list(signed[0]), "document"
                st.regions = [*st.regions, *(r for r in st.event_parties if r not in st.regions)]
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


_WARM_UP = "2024年3月5日电 江苏省南京市市长张三出席长三角合作会议，签署《合作框架协议》。（记者 李四）"


def warm_up(ner: bool = True) -> None:
    """Load what the pipeline loads on first use (the pipeline, the rules' tables, jieba's
    dictionary), so that worker processes forked afterwards start with it."""
    import jieba

    from extract.text.normalize import normalize_text

    jieba.dt.check_initialized()  # the officials' frequent-word check reads its dictionary
    extract_article(normalize_text(_WARM_UP), ner=ner)
    if ner:  # the model reads only where the rules left a name open: the warm-up text may not load it
        from extract.extractors.namelex import single_character_verbs
        from extract.ner import link

        link.window_entities(_WARM_UP, taken=())
        single_character_verbs()  # (jieba's verbs, which the model's candidates are checked against)


def extract_article(article: Article, *, ner: bool = True, reference_date: date | None = None) -> Record:
    """The one path from a normalized article to its record (the library, the batch, ``extract show``)."""
    return assemble(process(article, ner=ner, reference_date=reference_date, spans=False))


def process(
    article: Article, *, ner: bool = True, reference_date: date | None = None, spans: bool = True
) -> Doc:
    """Run the pipeline over an article; ``reference_date`` fixes relative days and open years
    where the text itself does not (README "Years").  ``spans=False``: the record's items only,
    on an empty ``Doc`` without span groups (``tokenizer.state_doc``; what ``extract_article`` uses)."""
    nlp = load(ner)
    doc = body_doc(nlp, article) if spans else state_doc(nlp, article)
    set_article(doc, article, reference_date)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


